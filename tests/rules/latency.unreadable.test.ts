import rule from "../../src/rules/latency.unreadable";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [{ name: "periods and As per frequency", categorisation: [{ latency: "within 5 minutes" }, { latency: "1 day" }, { latency: "as per Frequency" }] }],
  invalid: [
    { name: "ASAP is not a period", categorisation: [{ latency: "ASAP" }], findings: [{ cell: "O2" }] },
    { name: "On demand is a frequency", categorisation: [{ latency: "On demand" }], findings: [{ cell: "O2", suggestion: "As per frequency" }] },
  ],
});
