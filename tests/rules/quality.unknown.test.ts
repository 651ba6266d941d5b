import rule from "../../src/rules/quality.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "No Issues and Issues",
      categorisation: [{ quality: "No Issues" }, { quality: "Issues", qualityRationale: "late" }],
    },
    { name: "a singular alias", categorisation: [{ quality: "No issue" }] },
  ],
  invalid: [
    { name: "a rating is not a quality", categorisation: [{ quality: "Good" }], findings: [{ cell: "Q2" }] },
    {
      name: 'saying there are no issues another way suggests "No Issues", for review',
      categorisation: [{ quality: "None" }, { quality: "nil" }, { quality: "No issues identified" }],
      findings: [
        {
          cell: "Q2",
          message: /^"None" is not a known quality, but it is what "No Issues" means/,
          suggestion: "No Issues",
          fix: { applicability: "review", edits: [{ cell: "Q2", value: "No Issues" }] },
        },
        {
          cell: "Q3",
          suggestion: "No Issues",
          fix: { applicability: "review", edits: [{ cell: "Q3", value: "No Issues" }] },
        },
        {
          cell: "Q4",
          suggestion: "No Issues",
          fix: { applicability: "review", edits: [{ cell: "Q4", value: "No Issues" }] },
        },
      ],
    },
  ],
});
