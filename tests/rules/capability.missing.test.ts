import rule from "../../src/rules/capability.missing";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "an ID alone", categorisation: [{ capability: "" }] },
    { name: "a name alone", categorisation: [{ capabilityId: "" }] },
  ],
  invalid: [
    {
      name: "neither ID nor name",
      categorisation: [{ capabilityId: "", capability: "" }],
      findings: [{ cell: "C2", message: /both empty/ }],
    },
  ],
});
