/**
 * Rows that are not data (totals, notes, titles: src/sheets/not-data-rows.ts) under live changes.
 * They are judged from the row alone and left out of the tab's rows, so a change to data rows
 * leaves them as they are, except that rows inserted or deleted above them move them. Only a change
 * that touches one, or makes a row one, needs the tab read again whole.
 */
import type { NotDataRow } from "../sheets/not-data-rows";
import type { RowChange } from "./row-change";
import { shiftedRowNumber } from "./shift-findings";

/** Whether `change` edits or deletes a row that is not data, or writes a row that is not data (`isNotData`). */
export function touchesNotData(
  notData: readonly NotDataRow[],
  change: RowChange,
  isNotData: (cells: readonly string[]) => boolean,
): boolean {
  if (change.kind === "edit") {
    if (change.rows.some((r) => isNotData(r.cells))) return true;
    if (notData.length === 0) return false;
    const edited = new Set(change.rows.map((r) => r.row));
    return notData.some((r) => edited.has(r.row));
  }
  if (change.kind === "insert") return (change.cells ?? []).some(isNotData);
  return notData.some((r) => r.row >= change.at && r.row < change.at + change.count);
}

/** The rows that are not data after a change that touches none of them: moved by rows inserted or deleted above. */
export function movedNotData(notData: readonly NotDataRow[], change: RowChange): NotDataRow[] {
  if (change.kind === "edit") return [...notData];
  return notData.map((r) => ({ ...r, row: shiftedRowNumber(change, r.row) ?? r.row }));
}
