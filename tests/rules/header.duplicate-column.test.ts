import rule from "../../src/rules/header.duplicate-column";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [{ name: "each column once", options: [{}] }],
  invalid: [
    {
      name: "Description and Option Description both map to one column",
      sheets: { Options: { rows: [["Option ID", "Gap ID", "Option Description", "Description"]] } },
      findings: [{ cell: "D1", message: /only the first one \(C1\) is read/ }],
    },
  ],
});
