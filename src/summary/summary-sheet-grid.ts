/**
 * The Summary tab's blocks of values as one grid of rows from A1: what a writer without tables,
 * charts or formatting (the .xlsx file writer) puts in the sheet.
 */
import { parseCellRef } from "../workbook/cell-address";
import type { SheetBlock } from "../workbook/port";

export function blocksAsRows(blocks: readonly SheetBlock[]): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [];
  for (const block of blocks) {
    const { row, col } = parseCellRef(block.topLeft);
    block.rows.forEach((cells, r) => {
      const line = (rows[row - 1 + r] ??= []);
      cells.forEach((value, c) => (line[col + c] = value));
    });
  }
  // Holes (rows and cells never written) become empty cells.
  return Array.from({ length: rows.length }, (_, r) => Array.from(rows[r] ?? [], (value) => value ?? ""));
}
