import rule from "../../src/rules/spelling.non-canonical";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "canonical spellings and Use Case Group codes", categorisation: [{}] },
    { name: "role abbreviations are left alone", categorisation: [{ initiator: "DNSP" }] },
    { name: "unknown values are other rules' business", categorisation: [{ sensitivity: "Confidential" }] },
  ],
  invalid: [
    { name: '"public" can be "Public"', categorisation: [{ sensitivity: "public" }], findings: [{ cell: "P2", fix: { applicability: "safe", edits: [{ cell: "P2", value: "Public" }] }, suggestion: "Public" }] },
    { name: "a trailing space", categorisation: [{ interface: "System to System " }], findings: [{ cell: "M2", fix: { applicability: "safe", edits: [{ cell: "M2", value: "System to System" }] }, suggestion: "System to System" }] },
    { name: "an alias", gaps: [{ priority: "Med" }], findings: [{ cell: "N2", fix: { applicability: "safe", edits: [{ cell: "N2", value: "Medium" }] }, suggestion: "Medium" }] },
  ],
});
