/**
 * Changes that add whole rows (proposed gaps), seen as rows: one line per new row with its cells in
 * column order, as a consultant reads the rows being added, rather than one line per cell.
 */
import type { ProposedChange } from "./proposed-change";

export interface AddedRow {
  sheet: string;
  row: number;
  /** The row's new cells, in the order planned (the tab's column order). */
  cells: Array<{ cell: string; column: string; value: string }>;
  /** Why the row is added (the first cell's reason: every cell of a row shares it). */
  reason: string;
}

/** The rows the changes add, in order; undefined when any change is not a cell of a new row. */
export function addedRows(changes: readonly ProposedChange[]): AddedRow[] | undefined {
  if (changes.length === 0 || changes.some((change) => change.kind !== "add")) return undefined;
  const rows = new Map<string, AddedRow>();
  for (const change of changes) {
    const key = `${change.sheet}\u0000${change.row}`;
    let row = rows.get(key);
    if (row === undefined) {
      row = { sheet: change.sheet, row: change.row, cells: [], reason: change.reason };
      rows.set(key, row);
    }
    row.cells.push({ cell: change.cell, column: change.column, value: change.value });
  }
  return [...rows.values()];
}
