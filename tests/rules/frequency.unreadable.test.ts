import rule from "../../src/rules/frequency.unreadable";
import { testRule } from "../support/rule-tester";

const readable = ["5 minutes", "5min", "Hourly", "half-hourly", "Daily", "every 2 days", "twice daily", "Monthly", "Quarterly", "Yearly", "annually", "On demand", "ad hoc", "1-2 days", "< 1 hr"];

testRule(rule, {
  valid: [{ name: "periods and On demand as analysts type them", categorisation: readable.map((f) => ({ minimumFrequency: f, latency: "As per frequency" })) }],
  invalid: [
    { name: "real time is not a period", categorisation: [{ minimumFrequency: "Real time" }], findings: [{ cell: "N2", message: /not a frequency/ }] },
    { name: "a number without a unit", categorisation: [{ minimumFrequency: "5" }], findings: [{ cell: "N2" }] },
    { name: "As per frequency is a latency", categorisation: [{ minimumFrequency: "As per frequency" }], findings: [{ cell: "N2", message: /is a latency value/ }] },
  ],
});
