import rule from "../../src/rules/object.near-duplicate-name";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "one spelling", categorisation: [{}, {}] },
    {
      name: "placeholders spelt two ways are no object",
      categorisation: [{ informationObject: "N/A" }, { informationObject: "n/a" }, { informationObject: "TBC" }],
      gaps: [{ informationObject: "N/A" }, { gapId: "G02", informationObject: "n/a" }],
    },
    {
      name: "genuinely different objects",
      categorisation: [{ informationObject: "Market forecast" }, { informationObject: "Market notice" }],
    },
  ],
  invalid: [
    {
      name: '"Market Forecasts" next to two rows of "Market forecast"',
      categorisation: [{}, {}, { informationObject: "Market Forecasts" }],
      findings: [
        {
          cell: "H4",
          fix: { applicability: "review", edits: [{ cell: "H4", value: "Market forecast" }] },
          suggestion: "Market forecast",
        },
      ],
    },
    {
      name: "a tie reports both",
      categorisation: [{ informationObject: "DOE profile" }, { informationObject: "DOE-profiles" }],
      findings: [{ cell: "H2" }, { cell: "H3" }],
    },
  ],
});
