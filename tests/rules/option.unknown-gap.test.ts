import rule from "../../src/rules/option.unknown-gap";
import { testRule } from "../support/rule-tester";

const fourGaps = [{ gapId: "G01" }, { gapId: "G02" }, { gapId: "G03" }, { gapId: "G04" }];

testRule(rule, {
  valid: [
    {
      name: "several known gaps in one cell",
      gaps: [{ gapId: "G01" }, { gapId: "G02" }],
      options: [{ gapIds: "G01; g02" }],
    },
    { name: "no gap tab to check against", options: [{ gapIds: "G09" }] },
    {
      name: "gaps separated by a slash",
      gaps: fourGaps,
      options: [{ gapIds: "G02/G04" }, { gapIds: "G01 / G03; G04" }],
    },
    {
      name: "a range of one id pattern",
      gaps: fourGaps,
      options: [{ gapIds: "G02-G04" }, { gapIds: "G01 – G02" }, { gapIds: "g01 to g03" }, { gapIds: "G02-04" }],
    },
    {
      name: "unpadded ids in a range",
      gaps: [{ gapId: "GAP-8" }, { gapId: "GAP-9" }, { gapId: "GAP-10" }],
      options: [{ gapIds: "GAP-8 - GAP-10" }],
    },
    {
      name: 'gaps joined by "&", "and", "+" or spaces, as analysts type them',
      gaps: fourGaps,
      options: [{ gapIds: "G01 & G02" }, { gapIds: "G03 and G04" }, { gapIds: "G01+G04" }, { gapIds: "G02 G03" }],
    },
    {
      name: "a list closed by a full stop",
      gaps: fourGaps,
      options: [{ gapIds: "G01, G02." }, { gapIds: "G03." }],
    },
    {
      name: "an id that holds a slash or a dash is taken whole",
      gaps: [{ gapId: "G01/A" }, { gapId: "2025-01" }],
      options: [{ gapIds: "G01/A; 2025-01" }],
    },
  ],
  invalid: [
    {
      name: "a gap that does not exist",
      gaps: [{}],
      options: [{ gapIds: "G01, G09" }],
      findings: [{ sheet: "Options", cell: "B2", message: /"G09" is not a Gap ID/ }],
    },
    {
      name: "a loosely typed id suggests the real one",
      gaps: [{ gapId: "G01" }],
      options: [{ gapIds: "G-1" }],
      findings: [
        {
          sheet: "Options",
          cell: "B2",
          fix: { applicability: "review", edits: [{ cell: "B2", value: "G01" }] },
          suggestion: "G01",
        },
      ],
    },
    {
      name: "a range between two id patterns is not expanded",
      gaps: [{ gapId: "G02" }, { gapId: "H04" }],
      options: [{ gapIds: "G02-H04" }],
      findings: [
        {
          sheet: "Options",
          cell: "B2",
          suggestion: undefined,
          message: /"G02-H04" is not a Gap ID, nor a range between two ids of one pattern .*separated by ";"/,
        },
      ],
    },
    {
      name: "a range whose padding differs",
      gaps: fourGaps,
      options: [{ gapIds: "G02-G4" }],
      findings: [{ sheet: "Options", cell: "B2", message: /nor a range/ }],
    },
    {
      name: "a backwards range",
      gaps: fourGaps,
      options: [{ gapIds: "G04-G02" }],
      findings: [{ sheet: "Options", cell: "B2", message: /nor a range/ }],
    },
    {
      name: "each id a range names must exist",
      gaps: [{ gapId: "G02" }, { gapId: "G04" }],
      options: [{ gapIds: "G02-G04" }],
      findings: [{ sheet: "Options", cell: "B2", message: /Gap "G03" \(read from "G02-G04"\) is not a Gap ID/ }],
    },
    {
      name: "each id a slash list names must exist",
      gaps: fourGaps,
      options: [{ gapIds: "G02/G09" }],
      findings: [{ sheet: "Options", cell: "B2", message: /Gap "G09" \(read from "G02\/G09"\) is not a Gap ID/ }],
    },
    {
      name: 'each id an "and" list names must exist',
      gaps: fourGaps,
      options: [{ gapIds: "G02 and G09" }, { gapIds: "G01 G09" }],
      findings: [
        { sheet: "Options", cell: "B2", message: /Gap "G09" \(read from "G02 and G09"\) is not a Gap ID/ },
        { sheet: "Options", cell: "B3", message: /Gap "G01 G09" is not a Gap ID/ },
      ],
    },
  ],
});
