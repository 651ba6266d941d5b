/**
 * The demo's workbook: an .xlsx read in the browser (`openXlsx`, displayed text per cell and merged
 * areas) into the in-memory Excel, with its original bytes and texts kept, so that Download can write
 * back exactly the cells whose text changed, with the same byte-faithful package writer as `fix`.
 * Only cell values travel: formatting the add-in made (highlights, dropdowns) and sheets it added stay
 * in the demo.
 */
import { formatA1 } from "../workbook/fake-excel/address";
import { FakeExcel, type FakeWorkbookSpec } from "../workbook/fake-excel/fake-excel";
import { columnLetter } from "../workbook/cell-address";
import type { CellWrite } from "../workbook/port";
import { openXlsx } from "../workbook/xlsx/xlsx-workbook";
import { XlsxWorkbookEditor } from "../workbook/xlsx/xlsx-workbook-editor";

export interface DemoWorkbook {
  readonly fileName: string;
  readonly excel: FakeExcel;
  /** The file as opened. */
  readonly bytes: Uint8Array;
  /** Each sheet's displayed text as opened: rows of cells, index 0 = row 1 / column A. */
  readonly original: ReadonlyMap<string, string[][]>;
}

/** Reads an .xlsx into the in-memory Excel; throws a WorkbookReadError saying what is wrong when it cannot. */
export function openDemoWorkbook(fileName: string, bytes: Uint8Array): DemoWorkbook {
  const book = openXlsx(bytes);
  const spec: FakeWorkbookSpec = {};
  const original = new Map<string, string[][]>();
  for (const name of book.sheetNamesSync()) {
    const grid = book.readSheetSync(name);
    const rows: string[][] = [];
    for (const row of grid.rows) rows[row.row - 1] = [...row.cells];
    const dense = Array.from(rows, (cells) => cells ?? []);
    spec[name] = { rows: dense, merges: grid.merges.map(formatA1) };
    original.set(name, dense);
  }
  return { fileName, excel: new FakeExcel(spec), bytes, original };
}

/** The cells whose displayed text differs from the file as opened, on the sheets the file had. */
export function changedCells(workbook: DemoWorkbook): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const [sheet, before] of workbook.original) {
    if (!workbook.excel.sheetNames.includes(sheet)) continue;
    const after = workbook.excel.texts(sheet);
    const rowCount = Math.max(before.length, after.length);
    for (let row = 0; row < rowCount; row++) {
      const was = before[row] ?? [];
      const now = after[row] ?? [];
      const columnCount = Math.max(was.length, now.length);
      for (let column = 0; column < columnCount; column++) {
        const text = now[column] ?? "";
        if (text !== (was[column] ?? "")) writes.push({ sheet, cell: `${columnLetter(column)}${row + 1}`, text });
      }
    }
  }
  return writes;
}

export interface DownloadOutcome {
  bytes: Uint8Array;
  written: number;
  /** Cells not written, with why (the writer will not write over a formula). */
  skipped: string[];
}

/** The opened file with every changed cell written into it; everything else carried over byte for byte. */
export async function downloadBytes(workbook: DemoWorkbook): Promise<DownloadOutcome> {
  const cells = changedCells(workbook);
  const editor = new XlsxWorkbookEditor(workbook.bytes);
  const { skipped } = await editor.write({ cells });
  return {
    bytes: editor.bytes,
    written: cells.length - skipped.length,
    skipped: skipped.map(({ write, reason }) => `${write.sheet}!${write.cell}: ${reason}`),
  };
}

/** "sample-workbook.xlsx" -> "sample-workbook (checked).xlsx". */
export function downloadName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  return `${stem} (checked)${dot > 0 ? fileName.slice(dot) : ".xlsx"}`;
}
