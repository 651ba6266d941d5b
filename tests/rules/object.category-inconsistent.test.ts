import rule from "../../src/rules/object.category-inconsistent";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "one object, one category, case aside",
      categorisation: [{}, { informationObject: "market Forecast", informationCategory: "forecast" }],
    },
    {
      name: "rows whose object is a placeholder are not one object (required.missing reports them)",
      categorisation: [
        { informationObject: "TBC" },
        { informationObject: "tbc", informationCategory: "DOE" },
        { informationObject: "N/A" },
        { informationObject: "N/A", informationCategory: "DOE" },
      ],
    },
    {
      name: "different objects may differ",
      categorisation: [{}, { informationObject: "Outage schedule", informationCategory: "Outage Plan" }],
    },
    {
      name: "an unknown category is category.unknown's business, not an inconsistency",
      categorisation: [{}, { informationCategory: "Forecasts" }],
    },
  ],
  invalid: [
    {
      name: "each row of a split object is reported, the minority pointed to the majority",
      categorisation: [{}, {}, { informationCategory: "Market Outlook Report/Publication" }],
      findings: [
        { cell: "J2", suggestion: undefined },
        { cell: "J3", suggestion: undefined },
        {
          cell: "J4",
          fix: { applicability: "review", edits: [{ cell: "J4", value: "Forecast" }] },
          suggestion: "Forecast",
          message: /on rows 2, 3/,
        },
      ],
    },
  ],
});
