import rule from "../../src/rules/sensitivity.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: '"public" is a case variant of Public', categorisation: [{ sensitivity: "public" }] },
    { name: "Critical with a non-breaking space", categorisation: [{ sensitivity: "\u00a0Critical" }] },
  ],
  invalid: [
    { name: '"Confidential" is not in the framework', categorisation: [{ sensitivity: "Confidential" }], findings: [{ cell: "P2", message: /"Confidential" is not a known sensitivity/ }] },
    { name: "a typo", categorisation: [{ sensitivity: "Restriced" }], findings: [{ cell: "P2", suggestion: "Restricted" }] },
  ],
});
