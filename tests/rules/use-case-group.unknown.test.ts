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
    {
      name: "the code with any accepted name, joined the ways analysts join them",
      categorisation: [
        { useCaseGroup: "OTE - Operate and Trade (emergency)" },
        { useCaseGroup: "(PO) Planning and Oversight" },
        { useCaseGroup: "PO. Planning and Oversight" },
        { useCaseGroup: "CI: Connecting & Integrating CER" },
        { useCaseGroup: "Operate and Trade - emergency conditions" },
        { useCaseGroup: "OTN - Operate and Trade - Normal" },
      ],
    },
  ],
  invalid: [
    {
      name: "a code with another group's name",
      categorisation: [{ useCaseGroup: "OTE - Operate and Trade (normal)" }],
      findings: [
        {
          cell: "A2",
          message: /not a known use case group/,
          fix: { applicability: "review", edits: [{ cell: "A2", value: "Operate and Trade (normal conditions)" }] },
        },
      ],
    },
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
