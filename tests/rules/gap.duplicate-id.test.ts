import rule from "../../src/rules/gap.duplicate-id";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [{ name: "distinct ids", gaps: [{ gapId: "G01" }, { gapId: "G02" }] }],
  invalid: [
    {
      name: "G01 twice (case aside)",
      gaps: [{ gapId: "G01" }, { gapId: "g01" }],
      findings: [{ cell: "A2" }, { cell: "A3" }],
    },
  ],
});
