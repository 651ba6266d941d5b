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
  invalid: [{ name: "a rating is not a quality", categorisation: [{ quality: "Good" }], findings: [{ cell: "Q2" }] }],
});
