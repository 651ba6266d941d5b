import rule from "../../src/rules/category.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "a category of Table 1", categorisation: [{ informationCategory: "Telemetry (Device)" }] },
    { name: "case and spacing variants", categorisation: [{ informationCategory: "  telemetry  (device) " }] },
    { name: "an empty cell (required.missing reports it)", categorisation: [{ informationCategory: "" }] },
    { name: "a known category on the gap tab", gaps: [{ informationCategory: "DOE" }] },
  ],
  invalid: [
    {
      name: "a near miss suggests the category",
      categorisation: [{}, {}, {}, {}, {}, { informationCategory: "Telemetry (Devices)" }],
      findings: [
        {
          cell: "J7",
          fix: { applicability: "review", edits: [{ cell: "J7", value: "Telemetry (Device)" }] },
          suggestion: "Telemetry (Device)",
          message: /Did you mean "Telemetry \(Device\)"/,
        },
      ],
    },
    {
      name: "a value far from every category has no suggestion",
      categorisation: [{ informationCategory: "Weather" }],
      findings: [{ cell: "J2", message: /not a known information category/ }],
    },
    {
      name: "the gap tab is checked too",
      gaps: [{ informationCategory: "Forecasts and plans" }],
      findings: [{ cell: "F2" }],
    },
  ],
});
