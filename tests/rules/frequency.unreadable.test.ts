import rule from "../../src/rules/frequency.unreadable";
import { testRule } from "../support/rule-tester";
import { categorisationSheet } from "../support/workbook-rows";

const readable = [
  "5 minutes",
  "5min",
  "Hourly",
  "half-hourly",
  "Daily",
  "every 2 days",
  "twice daily",
  "Monthly",
  "Quarterly",
  "Yearly",
  "annually",
  "On demand",
  "ad hoc",
  "1-2 days",
  "< 1 hr",
];
// Phrases read as a period; period.idiom shows the reading.
const idioms = ["Real time", "real-time", "Realtime", "Near real-time", "Next day"];

testRule(rule, {
  valid: [
    {
      name: "periods and On demand as analysts type them",
      categorisation: readable.map((f) => ({ minimumFrequency: f, latency: "As per frequency" })),
    },
    {
      name: "phrases that stand for a period",
      categorisation: idioms.map((f) => ({ minimumFrequency: f, latency: "5 minutes" })),
    },
    {
      name: "time values as Excel shows them (h:mm, [h]:mm, h:mm:ss) and a fraction of a day under a period column",
      categorisation: ["0:05", "00:30", "26:00", "0:05:00", "0.003472222"].map((f) => ({
        minimumFrequency: f,
        latency: "0:05",
      })),
    },
    {
      name: "a bare number in a column whose header names the unit",
      sheets: {
        "Data Categorisation": categorisationSheet([{ minimumFrequency: "5" }, { minimumFrequency: "30" }], {
          minimumFrequency: "Minimum Frequency (mins)",
        }),
      },
    },
    {
      name: "a bare number under a header whose unit follows a dash",
      sheets: {
        "Data Categorisation": categorisationSheet([{ minimumFrequency: "1" }], {
          minimumFrequency: "Frequency - days",
        }),
      },
    },
  ],
  invalid: [
    {
      name: "a clock time past 59 minutes, and a short fraction, are no durations",
      categorisation: [{ minimumFrequency: "1:75" }, { minimumFrequency: "0.5" }],
      findings: [{ cell: "N2" }, { cell: "N3", message: /number/ }],
    },
    {
      name: "real alone is not a period",
      categorisation: [{ minimumFrequency: "Real" }],
      findings: [{ cell: "N2", messageId: "unreadable", message: /"Real" is not a frequency/ }],
    },
    {
      name: "unreal time is not a period",
      categorisation: [{ minimumFrequency: "Real time-ish" }],
      findings: [{ cell: "N2", message: /not a frequency/ }],
    },
    {
      name: "a number without a unit says how to give it one",
      categorisation: [{ minimumFrequency: "5" }],
      findings: [
        {
          cell: "N2",
          messageId: "bareNumber",
          suggestion: undefined,
          message: /"5" is a number without a unit: write it with its unit \("5 minutes"/,
        },
      ],
    },
    {
      name: "a bare number under a header whose note is not a unit",
      sheets: {
        "Data Categorisation": categorisationSheet([{ minimumFrequency: "5" }], {
          minimumFrequency: "Minimum Frequency (see notes)",
        }),
      },
      findings: [{ cell: "N2", message: /"Minimum Frequency \(minutes\)"/ }],
    },
    {
      name: "zero in a minutes column is no period",
      sheets: {
        "Data Categorisation": categorisationSheet([{ minimumFrequency: "0" }], {
          minimumFrequency: "Minimum Frequency (mins)",
        }),
      },
      findings: [{ cell: "N2" }],
    },
    {
      name: "As per frequency is a latency",
      categorisation: [{ minimumFrequency: "As per frequency" }],
      findings: [{ cell: "N2", messageId: "otherKeyword", fix: null, message: /is a latency value/ }],
    },
  ],
});
