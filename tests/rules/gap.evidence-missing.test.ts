import rule from "../../src/rules/gap.evidence-missing";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [{ name: "evidence given", gaps: [{}] }],
  invalid: [
    { name: "no evidence", gaps: [{ evidence: " " }], findings: [{ cell: "L2", message: /"G01" has no Evidence/ }] },
  ],
});
