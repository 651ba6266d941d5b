import rule from "../../src/rules/capability-status.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "the three statuses",
      gaps: [
        { capabilityStatus: "Exists" },
        { gapId: "G2", capabilityStatus: "Requires augmentation" },
        { gapId: "G3", capabilityStatus: "Does not exist" },
      ],
    },
  ],
  invalid: [{ name: "a partial status", gaps: [{ capabilityStatus: "Partially exists" }], findings: [{ cell: "J2" }] }],
});
