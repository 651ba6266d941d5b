/**
 * Reports a finding on one cell whose fix writes several cells of the row (a value and its lookups),
 * always to review: the rules that question a judgement never offer a safe fix.
 */
import type { ParsedRow, ParsedTab } from "../../sheets/parsed-tab";
import { cellOf, headerOf } from "../../sheets/parsed-tab";
import type { CellChange } from "../../check/finding";
import type { FindingDetails, Reporter } from "../../check/rule";

export function reportWithEdits<K extends string>(
  reporter: Reporter,
  tab: ParsedTab<K>,
  row: ParsedRow<K>,
  key: K,
  message: string,
  suggestion: string,
  edits: CellChange[],
): void {
  const cell = cellOf(tab, row.row, key);
  if (cell === undefined) return;
  const value = row.text[key] !== "" ? row.text[key] : row.raw[key].trim();
  const details: FindingDetails = {
    sheet: tab.sheet,
    cell,
    row: row.row,
    column: headerOf(tab, key),
    message,
    value,
    suggestion,
  };
  if (edits.length > 0) details.fix = { applicability: "review", edits };
  reporter.report(details);
}
