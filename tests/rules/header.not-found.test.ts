import rule from "../../src/rules/header.not-found";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "a header on row 1", categorisation: [{}] },
    {
      name: "a header below a title and a blank row",
      sheets: {
        "Data Categorisation": { rows: [["Data Categorisation"], [], ["Use Case", "Activity", "Sensitivity"]] },
      },
    },
  ],
  invalid: [
    {
      name: "a tab of notes only",
      sheets: { Options: { rows: [["Options will be added after the workshop."]] } },
      findings: [{ cell: "A1", message: /No header row found/ }],
    },
    {
      name: "a header below row 20",
      sheets: {
        Options: { rows: [...Array.from({ length: 21 }, () => []), ["Option ID", "Gap ID", "Option Description"]] },
      },
      findings: [{ cell: "A1" }],
    },
  ],
});
