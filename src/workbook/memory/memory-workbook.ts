/**
 * A workbook held in memory as rows of displayed text: the adapter behind the rule tests and any
 * caller that already has the cells (a paste, a fixture). Row 1 is the first array entry.
 */
import type { CellRange, GridRow, SheetGrid, WorkbookReader } from "../port";

export interface MemorySheet {
  /** Rows from row 1 down; each row's cells from column A. Missing rows and cells are empty. */
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>;
  merges?: CellRange[];
}

export class MemoryWorkbook implements WorkbookReader {
  constructor(private readonly sheets: Readonly<Record<string, MemorySheet>>) {}

  sheetNames(): Promise<string[]> {
    return Promise.resolve(Object.keys(this.sheets));
  }

  readSheet(name: string): Promise<SheetGrid> {
    const sheet = this.sheets[name];
    if (sheet === undefined) return Promise.reject(new Error(`No sheet named "${name}"`));
    return Promise.resolve(toGrid(name, sheet));
  }
}

function toGrid(name: string, sheet: MemorySheet): SheetGrid {
  const rows: GridRow[] = [];
  sheet.rows.forEach((cells, index) => {
    const texts = cells.map((cell) => (cell === null || cell === undefined ? "" : String(cell)));
    while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
    if (texts.length > 0) rows.push({ row: index + 1, cells: texts });
  });
  return { name, rows, merges: sheet.merges ?? [] };
}
