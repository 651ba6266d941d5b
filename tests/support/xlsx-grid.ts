/** Looking up displayed text in a SheetGrid by A1 address, for readable assertions. */
import type { SheetGrid } from "../../src/workbook/port";
import { parseCellRef } from "../../src/workbook/cell-address";

/** The displayed text at an A1 address, "" for an empty cell. */
export function textAt(grid: SheetGrid, address: string): string {
  const { row, col } = parseCellRef(address);
  return grid.rows.find((r) => r.row === row)?.cells[col] ?? "";
}
