/** required.missing: a required column is empty on a data row (required columns: docs/workbook.md). */
import { isExcelError } from "../sheets/excel-errors";
import { defineRule } from "./rule";
import { reportCell, tabsWith } from "./rule-helpers";

export default defineRule({
  id: "required.missing",
  severity: "error",
  scope: "cell",
  description: "Every required column (Use Case, Activity, Information Object, Sensitivity...) needs a value on every row.",
  check({ book }, reporter) {
    for (const tab of tabsWith<string>(book, ["categorisation", "gaps", "options"])) {
      const required = tab.definition.columns.filter((c) => c.required && tab.columns[c.key] !== undefined);
      for (const row of tab.rows) {
        for (const column of required) {
          // A formula error is reported by cell.formula-error, not as an empty cell.
          if (row.text[column.key] !== "" || isExcelError(row.raw[column.key] ?? "")) continue;
          reportCell(reporter, tab, row, column.key, `${column.header} is empty; every row needs one.`);
        }
      }
    }
  },
});
