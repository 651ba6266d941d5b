import rule from "../../src/rules/cell.formula-error";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "ordinary values", categorisation: [{}] },
    { name: "a hash sign inside text is not an error", categorisation: [{ activity: "Publish #1 forecast" }] },
  ],
  invalid: [
    {
      name: "#N/A from a lookup",
      categorisation: [{ capability: "#N/A" }],
      findings: [{ cell: "D2", message: /#N\/A/ }],
    },
    { name: "#REF! in a gap", gaps: [{ domain: "#REF!" }], findings: [{ cell: "I2" }] },
  ],
});
