import rule from "../../src/rules/latency.unreadable";
import { testRule } from "../support/rule-tester";
import { categorisationSheet } from "../support/workbook-rows";

testRule(rule, {
  valid: [
    {
      name: "periods and As per frequency",
      categorisation: [{ latency: "within 5 minutes" }, { latency: "1 day" }, { latency: "as per Frequency" }],
    },
    {
      name: "phrases that stand for a period",
      categorisation: [
        { latency: "Near real-time" },
        { latency: "Near real time" },
        { latency: "Real time" },
        { latency: "Next day", minimumFrequency: "Daily" },
      ],
    },
    {
      name: "a bare number in a column whose header names the unit",
      sheets: {
        "Data Categorisation": categorisationSheet([{ latency: "5" }, { latency: "0.5" }], {
          latency: "Latency (minutes)",
        }),
      },
    },
  ],
  invalid: [
    { name: "ASAP is not a period", categorisation: [{ latency: "ASAP" }], findings: [{ cell: "O2" }] },
    {
      name: "near alone is not a period",
      categorisation: [{ latency: "Near" }],
      findings: [{ cell: "O2", messageId: "unreadable", message: /"Near" is not a latency/ }],
    },
    {
      name: 'a near miss of "Next day" is not read',
      categorisation: [{ latency: "Next days" }],
      findings: [{ cell: "O2" }],
    },
    {
      name: "a number without a unit",
      categorisation: [{ latency: "5" }],
      findings: [{ cell: "O2", messageId: "bareNumber", suggestion: undefined, message: /"Latency \(minutes\)"/ }],
    },
    {
      name: "On demand is a frequency",
      categorisation: [{ latency: "On demand" }],
      findings: [
        {
          cell: "O2",
          messageId: "otherKeyword",
          fix: { applicability: "review", edits: [{ cell: "O2", value: "As per frequency" }] },
          suggestion: "As per frequency",
        },
      ],
    },
  ],
});
