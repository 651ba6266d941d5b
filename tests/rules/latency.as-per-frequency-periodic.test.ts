import rule from "../../src/rules/latency.as-per-frequency-periodic";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "On demand data", categorisation: [{ minimumFrequency: "On demand", latency: "As per frequency" }] },
    {
      name: "a periodic frequency with a period latency",
      categorisation: [{ minimumFrequency: "Hourly", latency: "5 minutes" }],
    },
  ],
  invalid: [
    {
      name: "As per frequency with 30 minute data",
      categorisation: [{ minimumFrequency: "30 minutes", latency: "As per frequency" }],
      findings: [{ cell: "O2" }],
    },
  ],
});
