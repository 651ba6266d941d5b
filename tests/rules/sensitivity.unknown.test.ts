import rule from "../../src/rules/sensitivity.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: '"public" is a case variant of Public', categorisation: [{ sensitivity: "public" }] },
    { name: "Critical with a non-breaking space", categorisation: [{ sensitivity: "\u00a0Critical" }] },
  ],
  invalid: [
    {
      name: '"Confidential" is not in the framework, but data not public is Restricted',
      categorisation: [{ sensitivity: "Confidential" }],
      findings: [
        {
          cell: "P2",
          fix: { applicability: "review", edits: [{ cell: "P2", value: "Restricted" }] },
          suggestion: "Restricted",
          message: /"Confidential" is not a known sensitivity, but it is what "Restricted" means/,
        },
      ],
    },
    {
      name: "commercial in confidence is what the framework's Restricted covers",
      categorisation: [
        { sensitivity: "Commercial in confidence" },
        { sensitivity: "commercial-in-confidence" },
        { sensitivity: "Restricted (CIC)" },
      ],
      findings: [
        {
          cell: "P2",
          fix: { applicability: "review", edits: [{ cell: "P2", value: "Restricted" }] },
          suggestion: "Restricted",
          message: /"information is not public at the time of its sharing or considered commercial in nature/,
        },
        {
          cell: "P3",
          fix: { applicability: "review", edits: [{ cell: "P3", value: "Restricted" }] },
          suggestion: "Restricted",
        },
        {
          cell: "P4",
          fix: { applicability: "review", edits: [{ cell: "P4", value: "Restricted" }] },
          suggestion: "Restricted",
        },
      ],
    },
    {
      name: "a value with its meaning after a dash, as after a bracket",
      categorisation: [
        { sensitivity: "Restricted - CIC" },
        { sensitivity: "CIC \u2013 Restricted", activity: "Other" },
      ],
      findings: [
        {
          cell: "P2",
          fix: { applicability: "review", edits: [{ cell: "P2", value: "Restricted" }] },
          suggestion: "Restricted",
        },
        {
          cell: "P3",
          fix: { applicability: "review", edits: [{ cell: "P3", value: "Restricted" }] },
          suggestion: "Restricted",
        },
      ],
    },
    {
      name: "halves meaning two values mean neither",
      categorisation: [{ sensitivity: "Public - Restricted" }],
      findings: [{ cell: "P2", suggestion: undefined }],
    },
    {
      name: "publicly available data is Public",
      categorisation: [{ sensitivity: "Publicly available" }],
      findings: [
        {
          cell: "P2",
          fix: { applicability: "review", edits: [{ cell: "P2", value: "Public" }] },
          suggestion: "Public",
        },
      ],
    },
    {
      name: "a near miss of a synonym is suggested nothing",
      categorisation: [{ sensitivity: "Commercial in confidential" }],
      findings: [{ cell: "P2", suggestion: undefined, message: /Expected one of/ }],
    },
    {
      name: "two sensitivities in one cell mean neither",
      categorisation: [{ sensitivity: "Public (Commercial in confidence)" }],
      findings: [{ cell: "P2", suggestion: undefined }],
    },
    {
      name: "a typo",
      categorisation: [{ sensitivity: "Restriced" }],
      findings: [
        {
          cell: "P2",
          fix: { applicability: "review", edits: [{ cell: "P2", value: "Restricted" }] },
          suggestion: "Restricted",
        },
      ],
    },
  ],
});
