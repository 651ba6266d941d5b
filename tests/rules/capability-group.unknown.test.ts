import rule from "../../src/rules/capability-group.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "a Level 2 name", categorisation: [{}] },
    { name: "a Level 2 id", categorisation: [{ capabilityGroup: "4.1" }] },
    {
      name: "id and name together",
      categorisation: [{ capabilityGroup: "4.1 Conduct operational planning and forecasting" }],
    },
  ],
  invalid: [
    {
      name: "a Level 3 name is not a group",
      categorisation: [{ capabilityGroup: "Share near-term operational forecasts" }],
      findings: [{ cell: "E2" }],
    },
    {
      name: "a typo suggests the group",
      categorisation: [{ capabilityGroup: "Operate electricty networks" }],
      findings: [
        {
          cell: "E2",
          fix: { applicability: "review", edits: [{ cell: "E2", value: "Operate electricity networks" }] },
          suggestion: "Operate electricity networks",
        },
      ],
    },
  ],
});
