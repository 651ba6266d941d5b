import rule from "../../src/rules/coverage.gap-without-option";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "every gap addressed", gaps: [{ gapId: "G01" }, { gapId: "G02" }], options: [{ gapIds: "G01\nG02" }] },
    { name: "no options tab yet", gaps: [{}] },
  ],
  invalid: [{ name: "a gap no option lists", gaps: [{ gapId: "G01" }, { gapId: "G02" }], options: [{ gapIds: "G01" }], findings: [{ sheet: "Distinct Gap Analysis", cell: "A3" }] }],
});
