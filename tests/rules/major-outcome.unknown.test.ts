import rule from "../../src/rules/major-outcome.unknown";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    {
      name: "the full sentence without its full stop",
      gaps: [
        {
          majorOutcome: "CER plays a central role in system security and emergency management frameworks and processes",
        },
      ],
    },
    { name: "a documented short form", gaps: [{ majorOutcome: "Orchestration" }] },
    { name: "an unambiguous part of one outcome", gaps: [{ majorOutcome: "deliver value for consumers" }] },
  ],
  invalid: [
    {
      name: "an outcome the framework does not name",
      gaps: [{ majorOutcome: "Lower bills" }],
      findings: [{ cell: "K2", message: /not a known major outcome/ }],
    },
    {
      name: "a part common to two outcomes is ambiguous",
      gaps: [{ majorOutcome: "power system" }],
      findings: [{ cell: "K2" }],
    },
  ],
});
