import rule from "../../src/rules/category.group-mismatch";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "the category's own group",
      categorisation: [{ informationGroup: "Measurements", informationCategory: "Telemetry (Device)" }],
    },
    {
      name: "case variants agree",
      categorisation: [{ informationGroup: "measurements", informationCategory: "telemetry (device)" }],
    },
    { name: "an empty group", categorisation: [{ informationGroup: "" }] },
  ],
  invalid: [
    {
      name: "a category stated under another group",
      categorisation: [{ informationGroup: "Operations", informationCategory: "Telemetry (Device)" }],
      findings: [
        {
          cell: "I2",
          fix: { applicability: "review", edits: [{ cell: "I2", value: "Measurements" }] },
          suggestion: "Measurements",
          message: /belongs to the group "Measurements"/,
        },
      ],
    },
  ],
});
