import rule from "../../src/rules/period.idiom";
import { testRule } from "../support/rule-tester";
import { categorisationSheet } from "../support/workbook-rows";

testRule(rule, {
  valid: [
    {
      name: "explicit periods",
      categorisation: [
        { minimumFrequency: "5 minutes", latency: "1 day" },
        { minimumFrequency: "Hourly", latency: "As per frequency" },
      ],
    },
    {
      name: "unreadable values are other rules' business",
      categorisation: [{ minimumFrequency: "Real", latency: "Near" }],
    },
    {
      name: "a bare number under a header naming its unit says what it is already",
      sheets: {
        "Data Categorisation": categorisationSheet([{ minimumFrequency: "5", latency: "5" }], {
          minimumFrequency: "Minimum Frequency (mins)",
          latency: "Latency (mins)",
        }),
      },
    },
  ],
  invalid: [
    {
      name: "real time as a frequency is read as 5 minutes",
      categorisation: [{ minimumFrequency: "Real time" }],
      findings: [
        {
          cell: "N2",
          fix: { applicability: "review", edits: [{ cell: "N2", value: "5 minutes" }] },
          suggestion: "5 minutes",
          message: /"Real time" is read as 5 minutes \(the NEM's 5-minute dispatch and settlement interval\)/,
        },
      ],
    },
    {
      name: "near real-time and next day as latencies",
      categorisation: [{ latency: "Near real-time" }, { minimumFrequency: "Daily", latency: "next-day" }],
      findings: [
        {
          cell: "O2",
          fix: { applicability: "review", edits: [{ cell: "O2", value: "5 minutes" }] },
          suggestion: "5 minutes",
        },
        {
          cell: "O3",
          fix: { applicability: "review", edits: [{ cell: "O3", value: "1 day" }] },
          suggestion: "1 day",
          message: /"next-day" is read as 1 day/,
        },
      ],
    },
  ],
});
