import rule from "../../src/rules/capability.domain-mismatch";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "the capability's domain", categorisation: [{}], gaps: [{}] },
    {
      name: "a capability named without an id",
      categorisation: [{ capabilityId: "", capability: "Transact on-market services", domain: "Trade" }],
    },
  ],
  invalid: [
    {
      name: "Trade for an Operate capability",
      categorisation: [{ domain: "Trade" }],
      findings: [
        {
          cell: "F2",
          fix: { applicability: "review", edits: [{ cell: "F2", value: "Operate" }] },
          suggestion: "Operate",
        },
      ],
    },
    {
      name: "on the gap tab",
      gaps: [{ domain: "Plan" }],
      findings: [
        {
          cell: "I2",
          fix: { applicability: "review", edits: [{ cell: "I2", value: "Operate" }] },
          suggestion: "Operate",
        },
      ],
    },
  ],
});
