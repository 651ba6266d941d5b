import rule from "../../src/rules/capability.unknown-id";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "a Level 3 id", categorisation: [{ capabilityId: "4.3.5", capability: "" }] },
    { name: "a Level 2 id typed as a number", categorisation: [{ capabilityId: "4.3", capability: "" }] },
    { name: "an id with a trailing dot and spaces", categorisation: [{ capabilityId: " 2.2.6. ", capability: "" }] },
    {
      name: "an id with a note in brackets",
      categorisation: [{ capabilityId: "4.3.5 (primary)", capability: "" }],
    },
    {
      name: "an id kept as text by a typed apostrophe, as scripts and other applications store it",
      categorisation: [
        { capabilityId: "'4.3.5", capability: "" },
        { capabilityId: "\u20194.3", capability: "" },
      ],
    },
    {
      name: "an id followed by its name",
      categorisation: [{ capabilityId: "4.3.2 Monitor network / power system", capability: "" }],
    },
    {
      name: "an id and its name separated by a dash",
      categorisation: [{ capabilityId: "4.3.5 - Calculate and publish physical limits", capability: "" }],
    },
    {
      name: "an id and its name separated by a colon, spelt loosely",
      gaps: [{ capabilityId: "4.3.5: calculate & publish physical limit", capability: "" }],
    },
  ],
  invalid: [
    {
      name: "an id Excel turned into a date (typed where dates are written with dots) says so, and which id it was",
      categorisation: [
        { capabilityId: "2005-03-04", capability: "" },
        { capabilityId: "2005-01-01", capability: "" },
        { capabilityId: "2024-12-31", capability: "" },
      ],
      findings: [
        {
          cell: "C2",
          messageId: "dateNotId",
          message:
            '"2005-03-04" is a date: Excel read the ID 4.3.5 ("Calculate and publish physical limits") as one. Format the column as Text and type 4.3.5 again.',
          suggestion: "4.3.5",
          fix: { applicability: "review", edits: [{ cell: "C2", value: "4.3.5" }] },
        },
        {
          cell: "C3",
          messageId: "dateNotId",
          suggestion: "1.1.5",
          fix: { applicability: "review", edits: [{ cell: "C3", value: "1.1.5" }] },
        },
        {
          cell: "C4",
          messageId: "dateNotId",
          message:
            '"2024-12-31" is a date, not a capability ID: Excel turns an ID such as 4.3.5 into a date where dates are written with dots. Format the column as Text and type the ID again.',
          suggestion: undefined,
        },
      ],
    },
    {
      name: "an unknown id beside a known name suggests the name's id",
      categorisation: [{ capabilityId: "4.1.20", capability: "Share near-term operational forecasts" }],
      findings: [
        {
          cell: "C2",
          messageId: "unknownId",
          message:
            '"4.1.20" is not a capability ID in the framework\'s capability model. Capability "Share near-term operational forecasts" is 4.1.2.',
          suggestion: "4.1.2",
          fix: { applicability: "review", edits: [{ cell: "C2", value: "4.1.2" }] },
        },
      ],
    },
    {
      name: "several ids in one cell: a row names one capability",
      categorisation: [
        { capabilityId: "4.3.5, 4.3.6", capability: "" },
        { capabilityId: "4.3.5 / 4.2.8", capability: "" },
        { capabilityId: "4.3.5\n4.3.6", capability: "" },
      ],
      findings: [
        {
          cell: "C2",
          messageId: "severalIds",
          message:
            '"4.3.5, 4.3.6" names 2 capabilities (4.3.5 "Calculate and publish physical limits", 4.3.6 "Manage power system reliability"): a row is about one capability; give each its own row.',
        },
        {
          cell: "C3",
          messageId: "severalIds",
          message: /\(4\.3\.5 "Calculate and publish physical limits", 4\.2\.8 no capability of the framework\)/,
        },
        { cell: "C4", messageId: "severalIds" },
      ],
    },
    {
      name: "4.2.8 is a gap in the numbering",
      categorisation: [{ capabilityId: "4.2.8", capability: "" }],
      findings: [{ cell: "C2", messageId: "unknownId", message: /"4.2.8" is not a capability ID/ }],
    },
    {
      name: "4.3.15 is not near-matched to 4.3.5",
      categorisation: [{ capabilityId: "4.3.15", capability: "" }],
      findings: [{ cell: "C2", suggestion: undefined }],
    },
    {
      name: "an id with another capability's name names both",
      categorisation: [{ capabilityId: "4.3.5 - Monitor network / power system", capability: "" }],
      findings: [
        {
          cell: "C2",
          messageId: "startsWithId",
          suggestion: undefined,
          message:
            /starts with ID 4.3.5, which is "Calculate and publish physical limits", but "Monitor network \/ power system" is 4.3.2/,
        },
      ],
    },
    {
      name: "an id with a name that is no capability suggests the id",
      categorisation: [{ capabilityId: "4.3.5 - Calculate limits", capability: "" }],
      findings: [
        {
          cell: "C2",
          fix: { applicability: "review", edits: [{ cell: "C2", value: "4.3.5" }] },
          suggestion: "4.3.5",
          message: /which is "Calculate and publish physical limits", not "Calculate limits"/,
        },
      ],
    },
    {
      name: "an unknown id with a name is still unknown",
      categorisation: [{ capabilityId: "4.2.8 - Calculate and publish physical limits", capability: "" }],
      findings: [{ cell: "C2", message: /is not a capability ID/ }],
    },
    {
      name: "a dash with nothing after it is not an id",
      categorisation: [{ capabilityId: "4.3.5 -" }],
      findings: [{ cell: "C2", fix: { applicability: "review", edits: [{ cell: "C2", value: "4.3.5" }] } }],
    },
    {
      name: "a name in the ID column points to its id",
      gaps: [{ capabilityId: "Monitor network / power system" }],
      findings: [
        {
          cell: "G2",
          messageId: "nameNotId",
          fix: { applicability: "review", edits: [{ cell: "G2", value: "4.3.2" }] },
          suggestion: "4.3.2",
        },
      ],
    },
  ],
});
