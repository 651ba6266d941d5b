import rule from "../../src/rules/reference.unknown-use-case";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "use cases of Data Categorisation", categorisation: [{}], gaps: [{ useCase: "forecast and planning operations" }], options: [{}] },
    { name: "no Data Categorisation to check against", gaps: [{ useCase: "Anything" }] },
  ],
  invalid: [
    { name: "a gap's unknown use case", categorisation: [{}], gaps: [{ useCase: "Forecast and Planing Operations" }], findings: [{ sheet: "Distinct Gap Analysis", cell: "D2", suggestion: "Forecast and Planning Operations" }] },
    { name: "an option's unknown use case", categorisation: [{}], options: [{ useCase: "Restart the system" }], findings: [{ sheet: "Options", cell: "E2" }] },
  ],
});
