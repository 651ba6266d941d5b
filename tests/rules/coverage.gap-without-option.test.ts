import rule from "../../src/rules/coverage.gap-without-option";
import { testRule } from "../support/rule-tester";

const fourGaps = [{ gapId: "G01" }, { gapId: "G02" }, { gapId: "G03" }, { gapId: "G04" }];

testRule(rule, {
  valid: [
    { name: "every gap addressed", gaps: [{ gapId: "G01" }, { gapId: "G02" }], options: [{ gapIds: "G01\nG02" }] },
    { name: "no options tab yet", gaps: [{}] },
    {
      name: "gaps addressed by a range and a slash list",
      gaps: fourGaps,
      options: [{ gapIds: "G01/G02" }, { gapIds: "G02-G04" }],
    },
  ],
  invalid: [
    {
      name: "a gap left out of a cell listing several",
      gaps: [{ gapId: "G01" }, { gapId: "G02" }, { gapId: "G03" }],
      options: [{ gapIds: "G01; G03" }],
      findings: [{ sheet: "Distinct Gap Analysis", cell: "A3" }],
    },
    {
      name: "a gap no option lists",
      gaps: [{ gapId: "G01" }, { gapId: "G02" }],
      options: [{ gapIds: "G01" }],
      findings: [{ sheet: "Distinct Gap Analysis", cell: "A3" }],
    },
    {
      name: "a range between two id patterns addresses none of the gaps between",
      gaps: [{ gapId: "G02" }, { gapId: "G03" }, { gapId: "H04" }],
      options: [{ gapIds: "G02-H04" }],
      findings: [
        { sheet: "Distinct Gap Analysis", cell: "A2" },
        { sheet: "Distinct Gap Analysis", cell: "A3" },
        { sheet: "Distinct Gap Analysis", cell: "A4" },
      ],
    },
  ],
});
