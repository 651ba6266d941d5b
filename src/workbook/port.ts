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
