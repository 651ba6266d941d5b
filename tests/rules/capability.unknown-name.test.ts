import rule from "../../src/rules/capability.unknown-name";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "a Level 3 name in another case",
      categorisation: [{ capability: "monitor network / power system", capabilityId: "4.3.2" }],
    },
    { name: "a Level 2 name", categorisation: [{ capability: "Operate electricity networks", capabilityId: "" }] },
    {
      name: "a name with a note in brackets",
      categorisation: [{ capability: "Calculate and publish physical limits (DOEs)", capabilityId: "" }],
    },
  ],
  invalid: [
    {
      name: "a near miss suggests the name",
      categorisation: [{ capability: "Monitor network/power systems" }],
      findings: [
        {
          cell: "D2",
          fix: { applicability: "review", edits: [{ cell: "D2", value: "Monitor network / power system" }] },
          suggestion: "Monitor network / power system",
        },
      ],
    },
    {
      name: "a note in brackets does not make an unknown name known",
      categorisation: [{ capability: "Run the grid (DOEs)", capabilityId: "" }],
      findings: [{ cell: "D2", message: /"Run the grid \(DOEs\)" is not a capability name/ }],
    },
    {
      name: "an invented capability",
      categorisation: [{ capability: "Run the grid" }],
      findings: [{ cell: "D2", message: /not a capability name/ }],
    },
  ],
});
