/**
 * required.missing: a required column is empty on a data row (required columns: docs/workbook.md).
 * A row with most of its required cells empty (a half-typed row, or a section banner such as
 * "Planning and Oversight" alone in column A) gets one finding listing them, not one per cell.
 * A required column of free text holding only a stand-in ("N/A", "-", "TBC", "?") holds no value
 * either; in a closed column (Sensitivity...) its own rule reports the stand-in as unknown.
 */
import { isStandIn } from "../sheets/column-dictionary";
import { cellOf } from "../sheets/parsed-tab";
import { isExcelError } from "../sheets/excel-errors";
import { rowsWhere, rowsWithEmpty } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

// Required columns of free text, which no vocabulary rule judges, and what every row needs in each.
const FREE_TEXT: ReadonlyMap<string, string> = new Map([
  ["useCase", "a use case"],
  ["activity", "an activity"],
  ["informationObject", "an information object"],
  ["gapDescription", "a description of the gap"],
  ["optionDescription", "a description of the option"],
]);

export default defineRule({
  id: "required.missing",
  title: "Required value missing",
  severity: "error",
  scope: "cell",
  description:
    'Every required column (Use Case, Activity, Information Object, Sensitivity...) needs a value on every row; in a required column of free text, a placeholder ("N/A", "-", "TBC", "?") is no value.',
  messages: {
    mostlyEmpty: "Most of the row's required columns are empty (a heading or a note).",
    empty: "A required column is empty.",
    uncalculated: "A required cell holds a formula whose result the file does not keep.",
    placeholder: 'A required column of free text holds only a placeholder ("N/A", "-", "TBC", "?").',
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
        for (const column of empty) {
          const address = cellOf(tab, row.row, column.key);
          if (address !== undefined && tab.uncalculated?.has(address) === true)
            reportCell(reporter, tab, row, column.key, {
              messageId: "uncalculated",
              message: `${column.header} holds a formula whose result was never saved (the file was written by a program that does not calculate): open the file in Excel or LibreOffice and save it, so the result can be checked.`,
            });
          else
            reportCell(reporter, tab, row, column.key, {
              messageId: "empty",
              message: `${column.header} is empty; every row needs one.`,
            });
        }
      }
      for (const column of required) {
        const needed = FREE_TEXT.get(column.key);
        if (needed === undefined) continue;
        for (const row of rowsWhere(tab, column.key, "text", isStandIn)) {
          reportCell(reporter, tab, row, column.key, {
            messageId: "placeholder",
            message: `${column.header} holds ${quote(row.text[column.key] ?? "")}, a placeholder; every row needs ${needed}.`,
          });
        }
      }
    }
  },
});
