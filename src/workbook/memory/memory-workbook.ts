/**
 * A workbook held in memory: the adapter behind the rule and workflow tests and any caller that
 * already has the cells (a paste, a fixture). Row 1 is the first array entry. It reads and writes
 * like the other adapters: text written stays text, a restore puts back value, formula and number
 * format, and settings are kept as JSON, as Excel keeps them.
 */
import { cellAddress, tryParseCellRef } from "../cell-address";
import type {
  CellContent,
  CellRange,
  CellRef,
  CellsRead,
  GridRow,
  SheetGrid,
  WorkbookChange,
  WorkbookReader,
  WorkbookWriter,
  WriteResult,
} from "../port";

type MemoryValue = string | number | boolean | null | undefined;

export interface MemorySheet {
  /** Rows from row 1 down; each row's cells from column A. Missing rows and cells are empty. */
  rows: ReadonlyArray<ReadonlyArray<MemoryValue>>;
  merges?: CellRange[];
  /** Cells with a formula or a number format, by A1 address; their value is in `rows`. */
  formats?: Record<string, { formula?: string; numberFormat?: string }>;
  protected?: boolean;
  /** The totals rows of the sheet's tables, as a file's table definitions or Excel's tables give them. */
  totalsRows?: ReadonlyArray<{ row: number; table: string }>;
  /** Formula cells stored with no result, as a file written by a script gives them (SheetGrid.uncalculated). */
  uncalculated?: readonly string[];
}

interface StoredSheet {
  rows: MemoryValue[][];
  merges: CellRange[];
  totalsRows?: ReadonlyArray<{ row: number; table: string }>;
  uncalculated?: readonly string[];
  formats: Map<string, { formula?: string; numberFormat?: string }>;
  protected: boolean;
}

function textOf(value: MemoryValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

export class MemoryWorkbook implements WorkbookReader, WorkbookWriter {
  private readonly sheets = new Map<string, StoredSheet>();
  private readonly settings = new Map<string, string>();

  constructor(sheets: Readonly<Record<string, MemorySheet>>) {
    for (const [name, sheet] of Object.entries(sheets)) {
      this.sheets.set(name, {
        rows: sheet.rows.map((cells) => [...cells]),
        merges: sheet.merges ?? [],
        formats: new Map(Object.entries(sheet.formats ?? {})),
        protected: sheet.protected ?? false,
        ...(sheet.totalsRows === undefined ? {} : { totalsRows: sheet.totalsRows }),
        ...(sheet.uncalculated === undefined ? {} : { uncalculated: sheet.uncalculated }),
      });
    }
  }

  sheetNames(): Promise<string[]> {
    return Promise.resolve([...this.sheets.keys()]);
  }

  readSheet(name: string): Promise<SheetGrid> {
    const sheet = this.sheets.get(name);
    if (sheet === undefined) return Promise.reject(new Error(`No sheet named "${name}"`));
    const rows: GridRow[] = [];
    sheet.rows.forEach((cells, index) => {
      const texts = cells.map(textOf);
      while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
      if (texts.length > 0) rows.push({ row: index + 1, cells: texts });
    });
    return Promise.resolve({
      name,
      rows,
      merges: sheet.merges,
      ...(sheet.totalsRows === undefined ? {} : { totalsRows: sheet.totalsRows }),
      ...(sheet.uncalculated === undefined ? {} : { uncalculated: sheet.uncalculated }),
    });
  }

  readCells(refs: readonly CellRef[]): Promise<CellsRead> {
    try {
      const cells = refs.map((ref) => this.content(ref));
      const protectedSheets = [...new Set(refs.map((ref) => ref.sheet))].filter((name) => this.sheet(name).protected);
      return Promise.resolve({ cells, protectedSheets });
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }

  write(change: WorkbookChange): Promise<WriteResult> {
    for (const [key, value] of Object.entries(change.settings ?? {})) {
      if (value === null) this.settings.delete(key);
      else this.settings.set(key, JSON.stringify(value));
    }
    for (const write of change.cells) {
      const sheet = this.sheet(write.sheet);
      if (sheet.protected) return Promise.reject(new Error(`"${write.sheet}" is protected.`));
      const at = this.at(write.cell);
      while (sheet.rows.length < at.row) sheet.rows.push([]);
      const cells = sheet.rows[at.row - 1] as MemoryValue[];
      const key = cellAddress(at.row, at.col);
      if ("text" in write) {
        cells[at.col] = write.text;
        const format = sheet.formats.get(key);
        if (format?.formula !== undefined)
          sheet.formats.set(key, {
            ...(format.numberFormat === undefined ? {} : { numberFormat: format.numberFormat }),
          });
      } else {
        cells[at.col] = write.restore.value;
        sheet.formats.set(key, {
          ...(write.restore.formula === undefined ? {} : { formula: write.restore.formula }),
          numberFormat: write.restore.numberFormat,
        });
      }
    }
    return Promise.resolve({ skipped: [] });
  }

  readSettings(keys: readonly string[]): Promise<Record<string, unknown>> {
    const found: Record<string, unknown> = {};
    for (const key of keys) {
      const json = this.settings.get(key);
      if (json !== undefined) found[key] = JSON.parse(json) as unknown;
    }
    return Promise.resolve(found);
  }

  /** What a cell holds now, for tests. */
  cell(sheet: string, address: string): CellContent {
    return this.content({ sheet, cell: address });
  }

  /** The user types into a cell, for tests. */
  setCell(sheet: string, address: string, value: MemoryValue): void {
    const stored = this.sheet(sheet);
    const at = this.at(address);
    while (stored.rows.length < at.row) stored.rows.push([]);
    (stored.rows[at.row - 1] as MemoryValue[])[at.col] = value;
  }

  private content(ref: CellRef): CellContent {
    const sheet = this.sheet(ref.sheet);
    const at = this.at(ref.cell);
    const value = sheet.rows[at.row - 1]?.[at.col];
    const format = sheet.formats.get(cellAddress(at.row, at.col));
    const content: CellContent = {
      value: value ?? "",
      numberFormat: format?.numberFormat ?? "General",
      text: textOf(value),
    };
    if (format?.formula !== undefined) content.formula = format.formula;
    return content;
  }

  private sheet(name: string): StoredSheet {
    const sheet = this.sheets.get(name);
    if (sheet === undefined) throw new Error(`The workbook has no sheet named "${name}" (was it renamed or deleted?).`);
    return sheet;
  }

  private at(address: string): { row: number; col: number } {
    const at = tryParseCellRef(address);
    if (at === undefined) throw new RangeError(`Not a cell address: "${address}"`);
    return at;
  }
}
