import rule from "../../src/rules/latency.exceeds-frequency";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "latency within the period", categorisation: [{ minimumFrequency: "Daily", latency: "1 hour" }] },
    { name: "latency equal to the period", categorisation: [{ minimumFrequency: "5 minutes", latency: "5 min" }] },
    { name: "On demand with a period latency", categorisation: [{ minimumFrequency: "On demand", latency: "5 days" }] },
    {
      name: '"On demand" with "As per frequency" is fine',
      categorisation: [{ minimumFrequency: "On demand", latency: "As per frequency" }],
    },
  ],
  invalid: [
    {
      name: '"5 minutes" frequency with "Daily" latency',
      categorisation: [{ minimumFrequency: "5 minutes", latency: "Daily" }],
      findings: [{ cell: "O2", message: /\(1 day\) is longer than the frequency "5 minutes"/ }],
    },
  ],
});
