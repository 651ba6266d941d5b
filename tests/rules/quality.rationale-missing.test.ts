import rule from "../../src/rules/quality.rationale-missing";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "Issues with a rationale",
      categorisation: [{ quality: "Issues", qualityRationale: "Data arrives a day late" }],
    },
    { name: "No Issues without one", categorisation: [{ quality: "No Issues", qualityRationale: "" }] },
  ],
  invalid: [
    {
      name: "Issues without a rationale",
      categorisation: [{ quality: "Issues" }],
      findings: [{ cell: "R2", message: /Quality Rationale is required/ }],
    },
    { name: "case variant of Issues", categorisation: [{ quality: " issues " }], findings: [{ cell: "R2" }] },
    {
      name: "a rationale still to come (TBC, ?) is no rationale",
      categorisation: [
        { quality: "Issues", qualityRationale: "TBC" },
        { quality: "Issues", qualityRationale: "?", activity: "Receive forecasts" },
      ],
      findings: [
        { cell: "R2", message: /^Quality is Issues, but the Quality Rationale "TBC" is a placeholder/ },
        { cell: "R3" },
      ],
    },
  ],
});
