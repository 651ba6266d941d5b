import rule from "../../src/rules/capability.unknown-id";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "a Level 3 id", categorisation: [{ capabilityId: "4.3.5", capability: "" }] },
    { name: "a Level 2 id typed as a number", categorisation: [{ capabilityId: "4.3", capability: "" }] },
    { name: "an id with a trailing dot and spaces", categorisation: [{ capabilityId: " 2.2.6. ", capability: "" }] },
    { name: "an id followed by its name", categorisation: [{ capabilityId: "4.3.2 Monitor network / power system", capability: "" }] },
  ],
  invalid: [
    { name: "4.2.8 is a gap in the numbering", categorisation: [{ capabilityId: "4.2.8" }], findings: [{ cell: "C2", message: /"4.2.8" is not a capability ID/ }] },
    { name: "4.3.15 is not near-matched to 4.3.5", categorisation: [{ capabilityId: "4.3.15" }], findings: [{ cell: "C2", suggestion: undefined }] },
    { name: "a name in the ID column points to its id", gaps: [{ capabilityId: "Monitor network / power system" }], findings: [{ cell: "G2", suggestion: "4.3.2" }] },
  ],
});
