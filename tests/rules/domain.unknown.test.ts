import rule from "../../src/rules/domain.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "each domain, one with a colon",
      categorisation: [{ domain: "Operate" }, { domain: "plan:", capabilityId: "2.1.1", capability: "" }],
    },
  ],
  invalid: [
    {
      name: "a misspelt domain",
      categorisation: [{ domain: "Operates" }],
      findings: [
        {
          cell: "F2",
          fix: { applicability: "review", edits: [{ cell: "F2", value: "Operate" }] },
          suggestion: "Operate",
        },
      ],
    },
  ],
});
