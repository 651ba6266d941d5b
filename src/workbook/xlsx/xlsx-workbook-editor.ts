/**
 * The write port over an .xlsx package, for the command line and the browser demo's download: reads
 * a workbook's bytes, and each write splices only the written cells into their sheet's XML while
 * every other part of the package is carried over byte for byte (xlsx-cell-edits.ts). A cell that
 * holds a formula is never written over: the file keeps a cached result a formula would recompute,
 * so the write is skipped and reported. The edited package is `bytes`.
 */
import type {
  CellContent,
  CellRef,
  CellsRead,
  WorkbookChange,
  WorkbookReader,
  WorkbookWriter,
  WriteResult,
  SheetGrid,
} from "../port";
import { tryParseCellRef } from "../cell-address";
import { CachingZipPackage } from "./caching-zip-package";
import { ReadBudget } from "./read-budget";
import type { InflateRaw } from "./zip-package";
import { applyXlsxCellEdits } from "./xlsx-cell-edits";
import { openPackage, XlsxWorkbook } from "./xlsx-workbook";

export class XlsxWorkbookEditor implements WorkbookReader, WorkbookWriter {
  private current: Uint8Array;
  private zip: CachingZipPackage;
  private reader: XlsxWorkbook;
  private parts: ReturnType<typeof openPackage>["parts"];

  constructor(
    bytes: Uint8Array,
    private readonly inflateRaw?: InflateRaw,
    private readonly budget: ReadBudget = new ReadBudget(),
  ) {
    this.current = bytes;
    // A caching package: the sheets read to plan the edits are the ones then edited.
    const opened = openPackage(bytes, (b) => new CachingZipPackage(b, inflateRaw, budget));
    this.zip = opened.zip;
    this.parts = opened.parts;
    this.reader = new XlsxWorkbook(this.zip, this.parts);
  }

  /** The package as edited so far; the input bytes themselves until something was written. */
  get bytes(): Uint8Array {
    return this.current;
  }

  sheetNames(): Promise<string[]> {
    return this.reader.sheetNames();
  }

  readSheet(name: string): Promise<SheetGrid> {
    return this.reader.readSheet(name);
  }

  /** Displayed text of each cell; the file adapter knows no number formats beyond what it shows. */
  async readCells(refs: readonly CellRef[]): Promise<CellsRead> {
    const grids = new Map<string, Map<number, readonly string[]>>();
    const cells = refs.map((ref): CellContent => {
      let rows = grids.get(ref.sheet);
      if (rows === undefined) {
        rows = new Map(this.reader.readSheetSync(ref.sheet).rows.map((row) => [row.row, row.cells]));
        grids.set(ref.sheet, rows);
      }
      const at = tryParseCellRef(ref.cell);
      const text = at === undefined ? "" : (rows.get(at.row)?.[at.col] ?? "");
      return { value: text, numberFormat: "General", text };
    });
    return { cells, protectedSheets: [] };
  }

  async write(change: WorkbookChange): Promise<WriteResult> {
    if (Object.keys(change.settings ?? {}).length > 0)
      throw new Error("Settings are not written to .xlsx files by this tool.");
    const edits = change.cells.map((write) => ({
      sheet: write.sheet,
      cell: write.cell,
      value: "text" in write ? write.text : write.restore.text,
      write,
    }));
    const result = applyXlsxCellEdits(this.zip, this.parts, this.current, edits);
    if (result.bytes !== this.current) this.reopen(result.bytes);
    return { skipped: result.skipped.map(({ edit, reason }) => ({ write: edit.write, reason })) };
  }

  /** The add-in's settings saved in the file (xl/webextensions/), as the task pane wrote them. */
  readSettings(keys: readonly string[]): Promise<Record<string, unknown>> {
    return this.reader.readSettings(keys);
  }

  private reopen(bytes: Uint8Array): void {
    this.current = bytes;
    const opened = openPackage(bytes, (b) => new CachingZipPackage(b, this.inflateRaw, this.budget));
    this.zip = opened.zip;
    this.parts = opened.parts;
    this.reader = new XlsxWorkbook(this.zip, this.parts);
  }
}
