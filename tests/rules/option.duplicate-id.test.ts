import rule from "../../src/rules/option.duplicate-id";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [{ name: "distinct ids", options: [{ optionId: "O1" }, { optionId: "O2" }] }],
  invalid: [
    {
      name: "O1 three times",
      options: [{ optionId: "O1" }, { optionId: "O1" }, { optionId: "O1" }],
      findings: [{ cell: "A2", message: /rows 3, 4/ }, { cell: "A3" }, { cell: "A4" }],
    },
  ],
});
