import rule from "../../src/rules/reference.unknown-use-case";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "use cases of Data Categorisation",
      categorisation: [{}],
      gaps: [{ useCase: "forecast and planning operations" }],
      options: [{}],
    },
    { name: "no Data Categorisation to check against", gaps: [{ useCase: "Anything" }] },
    {
      name: "a priority use case of Data Categorisation",
      categorisation: [{}],
      options: [{ priorityUseCase: "Forecast and planning operations" }],
    },
    {
      name: "a priority use case flagged rather than named",
      categorisation: [{}],
      options: [
        { priorityUseCase: "Yes" },
        { optionId: "O2", priorityUseCase: "no" },
        { optionId: "O3", priorityUseCase: "Y" },
        { optionId: "O4", priorityUseCase: "" },
        { optionId: "O5", priorityUseCase: "Yes." },
        { optionId: "O6", priorityUseCase: "\u201cNo\u201d" },
      ],
    },
  ],
  invalid: [
    {
      name: "a gap's unknown use case",
      categorisation: [{}],
      gaps: [{ useCase: "Forecast and Planing Operations" }],
      findings: [
        {
          sheet: "Distinct Gap Analysis",
          cell: "D2",
          fix: { applicability: "review", edits: [{ cell: "D2", value: "Forecast and Planning Operations" }] },
          suggestion: "Forecast and Planning Operations",
        },
      ],
    },
    {
      name: "an option's unknown use case",
      categorisation: [{}],
      options: [{ useCase: "Restart the system" }],
      findings: [{ sheet: "Options", cell: "E2" }],
    },
    {
      name: "an option's priority use case absent from Data Categorisation",
      categorisation: [{}],
      options: [{ priorityUseCase: "Forecast and Planing Operations; Restart the system" }],
      findings: [
        {
          sheet: "Options",
          cell: "D2",
          suggestion: "Forecast and Planning Operations",
          message: /Priority use case "Forecast and Planing Operations" does not appear in Data Categorisation/,
        },
        { sheet: "Options", cell: "D2", suggestion: undefined },
      ],
    },
    {
      name: "a word that is not a yes/no flag is read as a use case",
      categorisation: [{}],
      options: [{ priorityUseCase: "Yes please" }],
      findings: [{ sheet: "Options", cell: "D2" }],
    },
  ],
});
