import rule from "../../src/rules/row.duplicate";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "rows differing in one column", categorisation: [{}, { activity: "Publish market forecasts daily" }] },
  ],
  invalid: [
    {
      name: "the same row twice, spacing and case aside",
      categorisation: [{}, { sensitivity: "public ", useCase: "forecast and planning operations" }],
      findings: [
        { cell: "H2", message: /repeats row 3/ },
        { cell: "H3", message: /repeats row 2/ },
      ],
    },
  ],
});
