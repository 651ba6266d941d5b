/**
 * required.missing: a required column is empty on a data row (required columns: docs/workbook.md).
 * A row with most of its required cells empty (a half-typed row, or a section banner such as
 * "Planning and Oversight" alone in column A) gets one finding listing them, not one per cell.
 */
import { isExcelError } from "../sheets/excel-errors";
import { rowsWithEmpty } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "required.missing",
  title: "Required value missing",
  severity: "error",
  scope: "cell",
  description:
    "Every required column (Use Case, Activity, Information Object, Sensitivity...) needs a value on every row.",
  messages: {
    mostlyEmpty: "Most of the row's required columns are empty (a heading or a note).",
    empty: "A required column is empty.",
  },
  check({ book }, reporter) {
    for (const tab of tabsWith<string>(book, ["categorisation", "gaps", "options"])) {
      const required = tab.definition.columns.filter((c) => c.required && tab.columns[c.key] !== undefined);
      // Only rows with an empty required cell can be reported: those are the rows of the value ""
      // in the required columns, looked up per column instead of testing every cell of every row.
      const candidates = new Set<(typeof tab.rows)[number]>();
      for (const column of required) for (const row of rowsWithEmpty(tab, column.key)) candidates.add(row);
      for (const row of candidates) {
        // A formula error is reported by cell.formula-error, not as an empty cell.
        const empty = required.filter(
          (column) => row.text[column.key] === "" && !isExcelError(row.raw[column.key] ?? ""),
        );
        const [first] = empty;
        if (first === undefined) continue;
        if (empty.length > 3 && empty.length * 2 > required.length) {
          const names = empty.map((c) => c.header).join(", ");
          reportCell(reporter, tab, row, first.key, {
            messageId: "mostlyEmpty",
            message: `Row ${row.row} is mostly empty: ${empty.length === required.length ? `all ${required.length}` : `${empty.length} of its ${required.length}`} required columns have no value (${names}). Fill the row in, or delete it if it is a heading or a note.`,
          });
          continue;
        }
        for (const column of empty)
          reportCell(reporter, tab, row, column.key, {
            messageId: "empty",
            message: `${column.header} is empty; every row needs one.`,
          });
      }
    }
  },
});
