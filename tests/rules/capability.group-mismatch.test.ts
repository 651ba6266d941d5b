import rule from "../../src/rules/capability.group-mismatch";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "the parent of the capability", categorisation: [{}] },
    { name: "the parent given by id", categorisation: [{ capabilityGroup: "4.1" }] },
    { name: "no capability to compare with", categorisation: [{ capabilityId: "", capability: "" }] },
  ],
  invalid: [
    {
      name: "a group the capability does not belong to",
      categorisation: [{ capabilityGroup: "Operate electricity networks" }],
      findings: [
        {
          cell: "E2",
          fix: {
            applicability: "review",
            edits: [{ cell: "E2", value: "Conduct operational planning and forecasting" }],
          },
          suggestion: "Conduct operational planning and forecasting",
          message: /belongs to 4.1/,
        },
      ],
    },
  ],
});
