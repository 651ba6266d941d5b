import rule from "../../src/rules/priority.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "High, Med and empty",
      gaps: [{ priority: "High" }, { gapId: "G2", priority: "Med" }, { gapId: "G3", priority: "" }],
    },
    {
      name: 'a priority with the word "priority" after it',
      gaps: [
        { priority: "High priority" },
        { gapId: "G2", priority: "Medium Priority" },
        { gapId: "G3", priority: "low priority" },
      ],
    },
  ],
  invalid: [
    {
      name: "a number is not a priority, but priority 1 is High",
      gaps: [{ priority: "1" }],
      findings: [
        { cell: "N2", fix: { applicability: "review", edits: [{ cell: "N2", value: "High" }] }, suggestion: "High" },
      ],
    },
    {
      name: "a P-number with its priority in brackets suggests the priority",
      gaps: [
        { priority: "P1 (High)" },
        { gapId: "G2", priority: "P3 (low)" },
        { gapId: "G3", priority: "Medium (P2)" },
      ],
      findings: [
        {
          cell: "N2",
          fix: { applicability: "review", edits: [{ cell: "N2", value: "High" }] },
          suggestion: "High",
          message: /"P1 \(High\)" is not a known priority, but it is what "High" means/,
        },
        { cell: "N3", fix: { applicability: "review", edits: [{ cell: "N3", value: "Low" }] }, suggestion: "Low" },
        {
          cell: "N4",
          fix: { applicability: "review", edits: [{ cell: "N4", value: "Medium" }] },
          suggestion: "Medium",
        },
      ],
    },
    {
      name: "a P-number and a priority that disagree suggest neither",
      gaps: [{ priority: "P1 (Low)" }],
      findings: [{ cell: "N2", suggestion: undefined, message: /Expected one of "High", "Medium" or "Low"/ }],
    },
    { name: "an unknown P-number", gaps: [{ priority: "P4" }], findings: [{ cell: "N2", suggestion: undefined }] },
  ],
});
