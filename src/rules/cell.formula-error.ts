/** cell.formula-error: a cell shows an Excel error value (#N/A, #REF!...) instead of data. */
import { isExcelError } from "../sheets/excel-errors";
import { rowsWithExcelError } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "cell.formula-error",
  title: "Excel error value in a cell",
  severity: "error",
  scope: "cell",
  description: "A cell the add-in reads shows an Excel error value such as #N/A, usually a lookup formula that failed.",
  messages: { formulaError: "The cell shows an Excel error (#N/A, #REF! ...)." },
  check({ book }, reporter) {
    for (const tab of tabsWith<string>(book, ["categorisation", "gaps", "options"])) {
      const mapped = tab.definition.columns.filter((c) => tab.columns[c.key] !== undefined);
      // Only the rows readTab saw an error value in, per column (column-values.ts).
      for (const column of mapped) {
        for (const row of rowsWithExcelError(tab, column.key)) {
          const raw = row.raw[column.key] ?? "";
          if (!isExcelError(raw)) continue;
          reportCell(
            reporter,
            tab,
            row,
            column.key,
            `${column.header} shows the Excel error ${raw.trim()}: the formula that fills it failed, so the value is unknown.`,
          );
        }
      }
    }
  },
});
