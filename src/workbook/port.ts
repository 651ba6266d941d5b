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
  /**
   * The totals rows of the sheet's Excel tables (a table definition's totalsRowCount in a file,
   * Table.showTotals in Excel), when the adapter knows them: not data, whatever they hold.
   */
  totalsRows?: ReadonlyArray<{ row: number; table: string }>;
  /**
   * Addresses of formula cells stored with no result ("A7"), which read as "": a file written by a
   * program that does not calculate (a script) keeps only the formula. Excel always has a result,
   * so only a file adapter sets this, and only when there are some.
   */
  uncalculated?: readonly string[];
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
  /** Sheets whose conditional formats Excel failed to list (office-js #6827): marked, old marks left. */
  unreadSheets?: string[];
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

/** A block of one sheet, A1 ("J2:J1048576"). */
export interface SheetArea {
  sheet: string;
  address: string;
}

/** A dropdown: a list rule over an area, its values in a range ("='CER Lists'!$A$2:$A$9"). */
export interface ListRule extends SheetArea {
  source: string;
  /** What Excel does with a value outside the list: Stop refuses it, Warning asks. */
  errorStyle: "Stop" | "Warning";
  /** The alert's title and message. */
  title: string;
  message: string;
}

/** The validation an area has now, as Excel names its type (None, List, Inconsistent, MixedCriteria, WholeNumber...). */
export interface AreaValidation {
  type: string;
  /** A list rule's source, when the whole area has one list rule. */
  source?: string;
}

/**
 * Dropdowns: data-validation lists over areas and the reference sheet they draw on. Clearing an
 * area clears every rule there, the analyst's too, so callers read first and clear only their own.
 */
export interface WorkbookDropdowns {
  readValidations(areas: readonly SheetArea[]): Promise<AreaValidation[]>;
  /**
   * Writes `columns` (each a header then its values) from A1 of `sheet`, emptying what an earlier,
   * longer list left below; a new sheet is made hidden, an existing one keeps its visibility.
   */
  writeLists(sheet: string, columns: readonly (readonly string[])[]): Promise<void>;
  /** Clears each rule's area, then sets its list rule, alert and ignore-blanks. */
  setListRules(rules: readonly ListRule[]): Promise<void>;
  clearValidations(areas: readonly SheetArea[]): Promise<void>;
  /** Deletes a sheet when it is there. */
  deleteSheet(name: string): Promise<void>;
  /** The cells Excel itself finds invalid in the areas (getInvalidCells); undefined where the host has no such API. */
  invalidCells(areas: readonly SheetArea[]): Promise<CellRef[] | undefined>;
}

/** A worksheet to add: its headers in row 1 as an Excel table with one empty row. */
export interface NewTab {
  name: string;
  headers: readonly string[];
  tableName: string;
}

export interface WorkbookTabs {
  /** Adds each tab at the end of the workbook; existing sheets are never touched. */
  addTabs(tabs: readonly NewTab[]): Promise<void>;
}

/** A change Excel reported on a sheet, as live mode needs it. */
export interface LiveChange {
  sheet: string;
  /** First and last worksheet rows the change covers. */
  first: number;
  last: number;
  /**
   * "reshaped": cells moved between rows or columns (columns inserted or deleted, cells inserted
   * shifting down or deleted shifting up), so the tab is read again whole.
   */
  kind: "edited" | "inserted" | "deleted" | "reshaped";
  /** A co-author's edit: re-checked, never written to. */
  remote: boolean;
  /** The add-in's own write, where the host says so (ExcelApi 1.14); undefined where it cannot tell. */
  ownWrite: boolean | undefined;
}

export interface RowsRead {
  rows: GridRow[];
  /** Number formats of the cells read that have one other than General, by A1 address. */
  numberFormats: Record<string, string>;
  /** The settings asked for, read in the same request (absent keys left out). */
  settings?: Record<string, unknown>;
}

/** What live mode needs of a workbook: to hear of changes, and to read a few rows with their formats. */
export interface LiveWorkbook {
  /** Starts calling `onChange` for every change and `onSelection` when the selection moves; `stop` ends it. */
  watch(
    onChange: (change: LiveChange) => void,
    onSelection: (sheet: string, row: number) => void,
  ): Promise<{ stop: () => Promise<void> }>;
  /** `settings`: keys to read in the same request, so what is read is current when the write that follows uses it. */
  readRows(sheet: string, first: number, last: number, settings?: readonly string[]): Promise<RowsRead>;
}

/** Values written from a top-left cell (A1, "A4"): numbers stay numbers, text stays text. */
export interface SheetBlock {
  topLeft: string;
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
}

/** Formatting over an area of the add-in's own sheet. */
export interface SheetFormat {
  address: string;
  /** "#RRGGBB". */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

/** A native Excel table over an area whose first row is its headers. */
export interface SheetTable {
  name: string;
  address: string;
  /** A built-in table style ("TableStyleMedium2"). */
  style: string;
}

/** The Excel.ChartType strings the add-in draws with. */
export type SheetChartType = "ColumnClustered" | "ColumnStacked" | "BarClustered" | "Pie" | "Doughnut";

/** A native Excel chart over an area of the same sheet, anchored over cells. */
export interface SheetChart {
  name: string;
  type: SheetChartType;
  /** The data, headers included ("B12:G18"). */
  source: string;
  seriesBy: "Columns" | "Rows";
  title: string;
  /** The cells the chart covers, top-left and bottom-right ("I12", "P28"). */
  from: string;
  to: string;
}

/** Everything on a sheet the add-in writes whole (the Summary). */
export interface ReportSheetContent {
  blocks: readonly SheetBlock[];
  formats: readonly SheetFormat[];
  tables: readonly SheetTable[];
  charts: readonly SheetChart[];
}

/** Which sheet a report goes on: the add-in's own from before, by Excel's id, else a new one under the first free name. */
export interface ReportSheetTarget {
  /** The id of the sheet the add-in made last time (stable when the analyst renames it). */
  ownedId?: string;
  /** Names for a new sheet, in order of preference; one no sheet has (ignoring case) is used. */
  names: readonly string[];
  /**
   * An earlier write may have added a sheet and failed before its id was kept: a sheet under one of
   * `names` that is empty, or holds the content's first cell where the content puts it, is then
   * taken as the add-in's own instead of making another.
   */
  adoptBegun?: boolean;
}

/**
 * A sheet the add-in owns and rewrites whole on each refresh: its earlier tables, charts, cells and
 * formats are removed first, then the content written. No other sheet is ever touched.
 */
export interface WorkbookReportSheets {
  writeReportSheet(content: ReportSheetContent, target: ReportSheetTarget): Promise<{ name: string; id: string }>;
}
