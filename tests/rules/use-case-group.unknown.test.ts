import rule from "../../src/rules/use-case-group.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "a code", categorisation: [{ useCaseGroup: "OTE" }] },
    { name: "a short name", categorisation: [{ useCaseGroup: "Planning and Oversight" }] },
    {
      name: "the framework's long name",
      categorisation: [
        { useCaseGroup: "Operate and Trade in the wholesale market and non-market services (normal conditions)" },
      ],
    },
    { name: "a lower-case code", categorisation: [{ useCaseGroup: "ci" }] },
  ],
  invalid: [
    {
      name: "an unknown code",
      categorisation: [{ useCaseGroup: "OTX" }],
      findings: [{ cell: "A2", message: /not a known use case group/ }],
    },
    {
      name: "a near miss of a name",
      categorisation: [{ useCaseGroup: "Planing and Oversight" }],
      findings: [
        {
          cell: "A2",
          fix: { applicability: "review", edits: [{ cell: "A2", value: "Planning and Oversight" }] },
          suggestion: "Planning and Oversight",
        },
      ],
    },
  ],
});
