/**
 * Turns one block of a used range's displayed text into the port's rows: row numbers from the
 * block's position, cells shifted so index 0 is column A, trailing empty cells and empty rows dropped.
 */
import type { GridRow } from "../port";

/** `rowIndex` and `columnIndex` are the block's 0-based position on the sheet, as Excel reports them. */
export function gridRowsOfBlock(
  text: readonly (readonly string[])[],
  rowIndex: number,
  columnIndex: number,
): GridRow[] {
  const rows: GridRow[] = [];
  const leading: string[] = new Array<string>(columnIndex).fill("");
  text.forEach((cells, offset) => {
    let end = cells.length;
    while (end > 0 && cells[end - 1] === "") end--;
    if (end > 0) rows.push({ row: rowIndex + offset + 1, cells: [...leading, ...cells.slice(0, end)] });
  });
  return rows;
}
