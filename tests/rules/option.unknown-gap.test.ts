import rule from "../../src/rules/option.unknown-gap";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "several known gaps in one cell", gaps: [{ gapId: "G01" }, { gapId: "G02" }], options: [{ gapIds: "G01; g02" }] },
    { name: "no gap tab to check against", options: [{ gapIds: "G09" }] },
  ],
  invalid: [
    { name: "a gap that does not exist", gaps: [{}], options: [{ gapIds: "G01, G09" }], findings: [{ sheet: "Options", cell: "B2", message: /"G09" is not a Gap ID/ }] },
    { name: "a loosely typed id suggests the real one", gaps: [{ gapId: "G01" }], options: [{ gapIds: "G-1" }], findings: [{ sheet: "Options", cell: "B2", suggestion: "G01" }] },
  ],
});
