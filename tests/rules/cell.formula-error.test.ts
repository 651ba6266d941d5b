import rule from "../../src/rules/cell.formula-error";
import { testRule } from "../support/rule-tester";

testRule(rule, {
  valid: [
    { name: "ordinary values", categorisation: [{}] },
    { name: "a hash sign inside text is not an error", categorisation: [{ activity: "Publish #1 forecast" }] },
    {
      name: "a row holding nothing but formula errors is a template row, not data (row.not-data lists it)",
      sheets: {
        "Data Categorisation": {
          rows: [
            ["Use Case Group", "Use Case", "Capability ID", "Capability", "Capability Group", "Activity"],
            ["", "", "", "#N/A", "#N/A"],
          ],
        },
      },
    },
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
