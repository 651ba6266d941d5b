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
      name: "a Level 2 id (4.1, as a number keeps it) with the name of one of its Level 3 capabilities: the id is to change",
      categorisation: [{ capabilityId: "4.1", capability: "Share near-term operational forecasts" }],
      findings: [
        {
          cell: "C2",
          message:
            'Capability ID 4.1 is the Level 2 group "Conduct operational planning and forecasting"; Capability "Share near-term operational forecasts" is 4.1.2, one of its capabilities: write 4.1.2.',
          suggestion: "4.1.2",
          fix: { applicability: "review", edits: [{ cell: "C2", value: "4.1.2" }] },
        },
      ],
    },
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
