import rule from "../../src/rules/role.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "default roles and their aliases", categorisation: [{ initiator: "DNSP", receiver: "AEMO; Retailer, Aggregator\nCustomer" }] },
    { name: "the workbook's own roles replace the defaults", categorisation: [{ initiator: "Grid Co", receiver: "Flex Co" }], roles: ["Grid Co", "Flex Co"] },
  ],
  invalid: [
    { name: "a typo suggests the role", categorisation: [{ receiver: "Retailer; Aggregater" }], findings: [{ cell: "L2", suggestion: "Aggregator", message: /"Aggregater" is not a role in the default NEM roles/ }] },
    { name: "a default role outside the workbook's Roles tab", categorisation: [{ initiator: "Grid Co", receiver: "Retailer" }], roles: ["Grid Co"], findings: [{ cell: "L2", message: /the Roles tab/ }] },
    { name: "each unknown receiver is reported", categorisation: [{ receiver: "Bank\nInsurer" }], findings: [{ cell: "L2" }, { cell: "L2" }] },
    {
      name: "roles joined by a slash are shown how to be listed",
      categorisation: [{ receiver: "DNSP / Retailer" }],
      findings: [{ cell: "L2", suggestion: "DNSP; Retailer", message: /separate them with ";"/ }],
    },
  ],
});
