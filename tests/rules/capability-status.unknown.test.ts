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
  invalid: [
    {
      name: "a partial status is no status, but it is what Requires augmentation means",
      gaps: [{ capabilityStatus: "Partially exists" }, { gapId: "G2", capabilityStatus: "Partial" }],
      findings: [
        {
          cell: "J2",
          message: /^"Partially exists" is not a known capability status, but it is what "Requires augmentation" means/,
          suggestion: "Requires augmentation",
          fix: { applicability: "review", edits: [{ cell: "J2", value: "Requires augmentation" }] },
        },
        {
          cell: "J3",
          suggestion: "Requires augmentation",
          fix: { applicability: "review", edits: [{ cell: "J3", value: "Requires augmentation" }] },
        },
      ],
    },
    {
      name: '"Exists (partially)" is not read as Exists',
      gaps: [{ capabilityStatus: "Exists (partially)" }],
      findings: [{ cell: "J2", suggestion: undefined }],
    },
  ],
});
