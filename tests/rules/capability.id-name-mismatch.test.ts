import rule from "../../src/rules/capability.id-name-mismatch";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "ID and name agree",
      categorisation: [{ capabilityId: "4.3.5", capability: "Calculate and publish physical limits" }],
    },
    {
      name: "a name shared by Level 2 and Level 3 matches either id",
      categorisation: [{ capabilityId: "1.4", capability: "Update policy and regulations" }],
    },
    {
      name: "an unknown id is another rule's business",
      categorisation: [{ capabilityId: "4.2.8", capability: "Monitor network / power system" }],
    },
  ],
  invalid: [
    {
      name: "4.3.5 with the name of 4.3.2",
      categorisation: [{ capabilityId: "4.3.5", capability: "Monitor network / power system" }],
      findings: [
        {
          cell: "D2",
          fix: { applicability: "review", edits: [{ cell: "D2", value: "Calculate and publish physical limits" }] },
          suggestion: "Calculate and publish physical limits",
          message: /is 4.3.2, but Capability ID 4.3.5/,
        },
      ],
    },
  ],
});
