import rule from "../../src/rules/gap.unknown-object";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "an object of Data Categorisation",
      categorisation: [{}],
      gaps: [{ informationObject: "MARKET FORECAST" }],
    },
  ],
  invalid: [
    {
      name: "an object nobody categorised",
      categorisation: [{}],
      gaps: [{ informationObject: "Weather feed" }],
      findings: [{ sheet: "Distinct Gap Analysis", cell: "E2" }],
    },
  ],
});
