/**
 * The workbook port: the one shape in which every adapter (Excel JavaScript API, .xlsx files,
 * in-memory) hands a workbook's cells to the pure core. Cells arrive as the text a person sees in
 * Excel; the core never learns where they came from.
 */

/** A rectangular block of cells, 1-based and inclusive, e.g. A3:C5 is {top:3,left:1,bottom:5,right:3}. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet row that holds at least one non-empty cell. */
export interface GridRow {
  /** 1-based row number as Excel shows it. */
  row: number;
  /**
   * Displayed text per column, index 0 = column A. Trailing empty cells may be omitted, empty cells
   * are "". Numbers, dates, booleans and formula results are already turned into the text Excel
   * shows; error values keep their code ("#N/A", "#REF!"...). Whitespace is left exactly as stored.
   */
  cells: readonly string[];
}

/** A worksheet's cells: only rows with content, in ascending row order. */
export interface SheetGrid {
  name: string;
  rows: GridRow[];
  /** Merged areas as stored in the sheet; the value lives in the top-left cell. */
  merges: CellRange[];
}

/**
 * What every workbook adapter can do for the core. Reading is asynchronous because Excel's API is;
 * the file adapter simply resolves at once.
 */
export interface WorkbookReader {
  /** Worksheet names in tab order (chart sheets and dialog sheets excluded). */
  sheetNames(): Promise<string[]>;
  /** Reads one worksheet by its exact name; only the sheets the core asks for are ever read. */
  readSheet(name: string): Promise<SheetGrid>;
}

/** A cell's content as the workbook holds it: enough to put it back exactly. */
export interface CellContent {
  /** Typed value: text, number or boolean; "" when the cell is empty. */
  value: string | number | boolean;
  /** The formula ("=VLOOKUP(...)") when the cell holds one. */
  formula?: string;
  /** The number format code ("General", "0.00", "@"). */
  numberFormat: string;
  /** What the cell shows. */
  text: string;
}

/** One cell of one worksheet, by its actual name and A1 address. */
export interface CellRef {
  sheet: string;
  cell: string;
}

/**
 * One cell to write: `text` is written as text (never read as a number, date or formula, so "4.10"
 * stays "4.10"); `restore` puts back a content read earlier, formula and number format included.
 */
export type CellWrite = CellRef & ({ text: string } | { restore: CellContent });

export interface CellsRead {
  /** One per asked cell, in the order asked. */
  cells: CellContent[];
  /** Sheets among those asked that are protected: writing there would fail. */
  protectedSheets: string[];
}

/** Writes asked for but not made, with why (the .xlsx adapter will not write over a formula it cannot see). */
export interface WriteResult {
  skipped: Array<{ write: CellWrite; reason: string }>;
}

/** Workbook settings to change: a value is stored as JSON; null removes the key. */
export type SettingsChange = Record<string, unknown>;

export interface WorkbookChange {
  /** Written first, so a record of what a batch overwrites exists before the batch does. */
  settings?: SettingsChange;
  cells: readonly CellWrite[];
}

/**
 * The write side of a workbook, after the read side: read what cells hold, write cells and settings.
 * When a write fails part-way, what was written before stays written (as in Excel), so callers
 * record first and write after. Settings travel with the workbook (Excel keeps them in the file).
 */
export interface WorkbookWriter {
  readCells(refs: readonly CellRef[]): Promise<CellsRead>;
  write(change: WorkbookChange): Promise<WriteResult>;
  /** The stored values of `keys`; absent keys are left out. */
  readSettings(keys: readonly string[]): Promise<Record<string, unknown>>;
}

/** Cells of one sheet the add-in marks in one colour. */
export interface HighlightLayer {
  sheet: string;
  /** Single cells, A1 ("J7"). */
  cells: readonly string[];
  /** "#RRGGBB". */
  fill: string;
  /** What the layer marks ("error"); the adapter keeps it with the mark so it knows its own marks again. */
  tag: string;
}

export interface HighlightOutcome {
  /** The add-in's marks taken away (rules or blocks, as the adapter keeps them). */
  removed: number;
  /** Cells marked. */
  marked: number;
  /** Sheets left unmarked because they are protected. */
  protectedSheets: string[];
}

/**
 * Formatting that belongs to the add-in and can be taken back whole: highlights over flagged cells.
 * The analyst's own formatting (fills, fonts, borders, their own conditional formats) is never read
 * or written through this port, so clearing can never lose it.
 */
export interface WorkbookFormatter {
  /** Takes away every highlight the add-in made, on every sheet, and marks `layers` instead (none: clear). */
  replaceHighlights(layers: readonly HighlightLayer[]): Promise<HighlightOutcome>;
}
