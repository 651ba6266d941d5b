import rule from "../../src/rules/interface.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "each of the four interfaces",
      categorisation: ["System to System", "System to Person", "Person to Person", "Person to System"].map((i) => ({
        interface: i,
      })),
    },
    { name: "a hyphenated alias", categorisation: [{ interface: "System-to-System" }] },
  ],
  invalid: [
    {
      name: "email is not an interface",
      categorisation: [{ interface: "Email" }],
      findings: [{ cell: "M2", message: /Expected one of "System to System"/ }],
    },
    {
      name: "a typo suggests the interface",
      categorisation: [{ interface: "Sytem to Person" }],
      findings: [
        {
          cell: "M2",
          fix: { applicability: "review", edits: [{ cell: "M2", value: "System to Person" }] },
          suggestion: "System to Person",
        },
      ],
    },
  ],
});
