import rule from "../../src/rules/spelling.non-canonical";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "canonical spellings and Use Case Group codes", categorisation: [{}] },
    { name: "role abbreviations are left alone", categorisation: [{ initiator: "DNSP" }] },
    { name: "unknown values are other rules' business", categorisation: [{ sensitivity: "Confidential" }] },
    {
      name: "a capability with the framework's own curly apostrophe",
      categorisation: [{ capability: "Monitor participants’ performance and conformance" }],
    },
    {
      name: "roles listed with the column's separator",
      categorisation: [{ initiator: "Aggregator", receiver: "DNSP; Retailer" }],
    },
    {
      name: 'a role whose own name holds "and" is not split',
      categorisation: [{ initiator: "Generator and Retailer" }],
      roles: ["Generator and Retailer", "Retailer"],
    },
    {
      name: "joined names that are not all roles are role.unknown's business",
      categorisation: [{ initiator: "Aggregator & Bank" }],
    },
  ],
  invalid: [
    {
      name: '"public" can be "Public"',
      categorisation: [{ sensitivity: "public" }],
      findings: [
        { cell: "P2", fix: { applicability: "safe", edits: [{ cell: "P2", value: "Public" }] }, suggestion: "Public" },
      ],
    },
    {
      name: "a trailing space",
      categorisation: [{ interface: "System to System " }],
      findings: [
        {
          cell: "M2",
          fix: { applicability: "safe", edits: [{ cell: "M2", value: "System to System" }] },
          suggestion: "System to System",
        },
      ],
    },
    {
      name: "an alias",
      gaps: [{ priority: "Med" }],
      findings: [
        { cell: "N2", fix: { applicability: "safe", edits: [{ cell: "N2", value: "Medium" }] }, suggestion: "Medium" },
      ],
    },
    {
      name: "an en dash in an alias, non-breaking spaces and a zero-width space: read as the value, written canonically",
      categorisation: [
        {
          useCaseGroup: "Operate and Trade – Normal",
          interface: "System\u00a0to\u00a0System",
          sensitivity: "Pub\u200blic",
        },
      ],
      findings: [
        {
          cell: "A2",
          fix: { applicability: "safe", edits: [{ cell: "A2", value: "Operate and Trade (normal conditions)" }] },
          suggestion: "Operate and Trade (normal conditions)",
        },
        {
          cell: "M2",
          fix: { applicability: "safe", edits: [{ cell: "M2", value: "System to System" }] },
          suggestion: "System to System",
        },
        { cell: "P2", fix: { applicability: "safe", edits: [{ cell: "P2", value: "Public" }] }, suggestion: "Public" },
      ],
    },
    {
      name: "a straight apostrophe where the framework prints a curly one, and a non-breaking hyphen",
      categorisation: [{ capability: "Monitor participants' performance and conformance" }],
      findings: [
        {
          cell: "D2",
          fix: {
            applicability: "safe",
            edits: [{ cell: "D2", value: "Monitor participants’ performance and conformance" }],
          },
          suggestion: "Monitor participants’ performance and conformance",
        },
      ],
    },
    {
      name: 'roles joined with &, + or "and" are listed with the separator the row uses, else ";"',
      categorisation: [
        { initiator: "Aggregator & Customer", receiver: "DNSP, Retailer" },
        { initiator: "DNSP", receiver: "AEMO + Retailer" },
        { initiator: "DNSP", receiver: "AEMO and Retailer\nAggregator" },
      ],
      findings: [
        {
          cell: "K2",
          fix: { applicability: "safe", edits: [{ cell: "K2", value: "Aggregator, Customer" }] },
          suggestion: "Aggregator, Customer",
          message: /names 2 roles/,
        },
        {
          cell: "L3",
          fix: { applicability: "safe", edits: [{ cell: "L3", value: "AEMO; Retailer" }] },
          suggestion: "AEMO; Retailer",
        },
        {
          cell: "L4",
          fix: { applicability: "safe", edits: [{ cell: "L4", value: "AEMO\nRetailer\nAggregator" }] },
          suggestion: "AEMO\nRetailer\nAggregator",
        },
      ],
    },
    {
      name: "a role written with an en dash for its hyphen",
      categorisation: [{ initiator: "Retailer – Tier 1", receiver: "AEMO; Retailer – Tier 1" }],
      roles: ["Retailer - Tier 1", "AEMO"],
      findings: [
        {
          cell: "K2",
          fix: { applicability: "safe", edits: [{ cell: "K2", value: "Retailer - Tier 1" }] },
          suggestion: "Retailer - Tier 1",
        },
        {
          cell: "L2",
          fix: { applicability: "safe", edits: [{ cell: "L2", value: "AEMO; Retailer - Tier 1" }] },
          suggestion: "AEMO; Retailer - Tier 1",
        },
      ],
    },
  ],
});
