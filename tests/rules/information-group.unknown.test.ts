import rule from "../../src/rules/information-group.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "a group of Table 1",
      categorisation: [{ informationGroup: "Power system Models", informationCategory: "Outage Plan" }],
    },
    { name: "an empty optional cell", categorisation: [{ informationGroup: "" }] },
  ],
  invalid: [
    {
      name: "a typo suggests the group",
      categorisation: [{ informationGroup: "Forcasting" }],
      findings: [
        {
          cell: "I2",
          fix: { applicability: "review", edits: [{ cell: "I2", value: "Forecasting" }] },
          suggestion: "Forecasting",
        },
      ],
    },
    {
      name: "a category in the group column is not a group",
      categorisation: [{ informationGroup: "Forecast" }],
      findings: [{ cell: "I2", suggestion: undefined }],
    },
  ],
});
