/**
 * What the fake Excel holds: each sheet's typed cells, merged areas, visibility and protection, the
 * workbook's settings, and the session state a test checks afterwards (active sheet, selection,
 * requests with their request and response sizes, undo records).
 */
import type { CellRange } from "../port";
import type { FakeEvents } from "./events";
import { parseA1 } from "./address";
import { cellFromSpec, displayText, type FakeCell, type FakeCellSpec } from "./cells";

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

/** A conditional format as Excel keeps it: the areas it applies to, its type, and for a custom one its formula and format. */
export interface FakeConditionalFormat {
  /** Excel.ConditionalFormatType: "Custom" is the one the add-in makes; a user's may be any. */
  type: string;
  ranges: CellRange[];
  formula: string;
  fill: string | null;
  fontColor: string | null;
  /** A rule kind whose load throws GeneralException (office-js #6827, #6835, open): a user's, from a spec. */
  loadFails?: boolean;
}

/** One data-validation rule and the areas it covers; a cell has at most one rule. */
export interface FakeValidation {
  ranges: CellRange[];
  /** Excel.DataValidationRule: exactly one of list, wholeNumber, decimal, date, time, textLength, custom. */
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
}

export interface FakeTableModel {
  name: string;
  sheet: FakeSheet;
  range: CellRange;
  /** Excel.Table.style: "TableStyleMedium2" until set. */
  style: string;
  hasHeaders: boolean;
  /** Excel.Table.showTotals: whether the table's last row is its totals row (false until set). */
  showTotals?: boolean;
}

/** An embedded chart on a worksheet (Excel.Chart, ExcelApi 1.1). */
export interface FakeChartModel {
  name: string;
  sheet: FakeSheet;
  /** An Excel.ChartType string ("ColumnClustered", "Pie"...). */
  chartType: string;
  /** The source data as given to `charts.add`, with its sheet. */
  source: { sheet: FakeSheet; range: CellRange };
  seriesBy: "Auto" | "Columns" | "Rows";
  title: string;
  /** setPosition's cells, A1 on the chart's sheet; undefined until set. */
  position?: { start: string; end?: string };
  top: number;
  left: number;
  height: number;
  width: number;
}

/** One `worksheet.charts.add` call as the host received it, kept for tests (the fake's record, not Excel's). */
export interface FakeChartCall {
  sheet: string;
  type: string;
  /** The source range's address with its sheet ("Summary!A3:F9"). */
  source: string;
  seriesBy: string;
}

/** A user's conditional format or validation in a workbook spec: areas as an address ("A2:A9, C4"). */
export interface FakeConditionalFormatSpec {
  ranges: string;
  type?: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  /** Loading the collection holding it fails, as some rule kinds do in Excel (office-js #6827, #6835). */
  loadFails?: boolean;
}

export interface FakeValidationSpec {
  ranges: string;
  rule: Record<string, unknown>;
  ignoreBlanks?: boolean;
}

export interface FakeSheetSpec {
  rows: ReadonlyArray<ReadonlyArray<FakeCellSpec>>;
  /** Merged areas, e.g. "A1:D1". */
  merges?: string[];
  visibility?: FakeVisibility;
  protected?: boolean;
  conditionalFormats?: FakeConditionalFormatSpec[];
  validations?: FakeValidationSpec[];
}

/** Sheet name -> its rows (or a full spec); key order is tab order. */
export type FakeWorkbookSpec = Record<string, ReadonlyArray<ReadonlyArray<FakeCellSpec>> | FakeSheetSpec>;

let nextSheetId = 0;

export class FakeSheet {
  merges: CellRange[];
  visibility: FakeVisibility;
  protected: boolean;
  /** In priority order as stored; the fake does not model priority. */
  conditionalFormats: FakeConditionalFormat[];
  validations: FakeValidation[];
  /** rows[r - 1][c - 1]; holes are empty cells. */
  readonly rows: Array<Array<FakeCell | undefined>>;

  /** Excel's worksheet id: stable when the sheet is renamed; events name sheets by it. */
  readonly id = `{00000000-0001-0000-${String(nextSheetId++).padStart(4, "0")}-000000000000}`;

  constructor(
    public name: string,
    spec: FakeWorkbookSpec[string] = { rows: [] },
  ) {
    const full: FakeSheetSpec = isSheetSpec(spec) ? spec : { rows: spec };
    this.rows = full.rows.map((cells) => cells.map(cellFromSpec));
    this.visibility = full.visibility ?? "Visible";
    this.protected = full.protected ?? false;
    const areas = (address: string): CellRange[] =>
      address.split(/[,;]/).map((part) => {
        const range = parseA1(part.trim());
        if (range === undefined) throw new Error(`fake Excel: bad address "${address}" on ${name}`);
        return range;
      });
    this.merges = (full.merges ?? []).flatMap(areas);
    this.conditionalFormats = (full.conditionalFormats ?? []).map((cf) => ({
      type: cf.type ?? "Custom",
      ranges: areas(cf.ranges),
      formula: cf.formula ?? "",
      fill: cf.fill ?? null,
      fontColor: cf.fontColor ?? null,
      ...(cf.loadFails === true ? { loadFails: true } : {}),
    }));
    this.validations = (full.validations ?? []).map((v) => ({
      ...defaultValidation(v.rule),
      ranges: areas(v.ranges),
      ignoreBlanks: v.ignoreBlanks ?? true,
    }));
  }

  cell(row: number, column: number): FakeCell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  setCell(row: number, column: number, cell: FakeCell | undefined): void {
    while (this.rows.length < row) this.rows.push([]);
    const cells = this.rows[row - 1] as Array<FakeCell | undefined>;
    cells[column - 1] = cell;
  }

  text(row: number, column: number): string {
    return displayText(this.cell(row, column));
  }

  /** One value per cell of `range`, row by row. */
  grid<T>(range: CellRange, read: (cell: FakeCell | undefined) => T): T[][] {
    const block: T[][] = [];
    for (let row = range.top; row <= range.bottom; row++) {
      const cells = this.rows[row - 1];
      const line: T[] = [];
      for (let column = range.left; column <= range.right; column++) line.push(read(cells?.[column - 1]));
      block.push(line);
    }
    return block;
  }

  /**
   * The smallest block inside `within` holding every non-empty cell (and, unless `valuesOnly`,
   * every formatted cell and merged area); null when there is none.
   */
  usedRange(within: CellRange, valuesOnly: boolean): CellRange | null {
    let used: CellRange | null = null;
    const grow = (area: CellRange): void => {
      const top = Math.max(area.top, within.top);
      const bottom = Math.min(area.bottom, within.bottom);
      const left = Math.max(area.left, within.left);
      const right = Math.min(area.right, within.right);
      if (top > bottom || left > right) return;
      used =
        used === null
          ? { top, bottom, left, right }
          : {
              top: Math.min(used.top, top),
              bottom: Math.max(used.bottom, bottom),
              left: Math.min(used.left, left),
              right: Math.max(used.right, right),
            };
    };
    const lastRow = Math.min(within.bottom, this.rows.length);
    for (let row = within.top; row <= lastRow; row++) {
      const cells = this.rows[row - 1] ?? [];
      const lastColumn = Math.min(cells.length, within.right);
      for (let column = within.left; column <= lastColumn; column++) {
        const cell = cells[column - 1];
        if (cell === undefined) continue;
        const counts =
          cell.value !== "" ||
          cell.formula !== undefined ||
          (!valuesOnly &&
            (cell.numberFormat !== undefined ||
              cell.fill !== undefined ||
              cell.bold !== undefined ||
              cell.fontColor !== undefined));
        if (counts) grow({ top: row, bottom: row, left: column, right: column });
      }
    }
    if (!valuesOnly) this.merges.forEach(grow);
    return used;
  }

  /**
   * Merged areas whose top-left cell lies inside `range`, as Excel returns them (office-js #3611):
   * a merge that only overlaps the range is not included.
   */
  mergesStartingIn(range: CellRange): CellRange[] {
    return this.merges.filter(
      (m) => m.top >= range.top && m.top <= range.bottom && m.left >= range.left && m.left <= range.right,
    );
  }
}

/** A rule as Excel makes it when only `rule` is set: blanks ignored, the default Stop alert, no prompt. */
export function defaultValidation(rule: Record<string, unknown>): Omit<FakeValidation, "ranges"> {
  return {
    rule,
    ignoreBlanks: true,
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
    prompt: { showPrompt: false, title: "", message: "" },
  };
}

function isSheetSpec(spec: FakeWorkbookSpec[string]): spec is FakeSheetSpec {
  return !Array.isArray(spec);
}

export interface FakeExcelOptions {
  /**
   * The newest ExcelApi minor version the host supports (1.x); default 20. Below 13 there is no
   * Range.getMergedAreasOrNullObject; below 20 `mergeUndoGroup` is ignored, as older hosts ignore it.
   */
  apiVersion?: number;
  /** @deprecated kept for older tests: false is apiVersion 12. */
  mergedAreasApi?: boolean;
  /** Excel on the web refuses a request or a response over 5 MB of UTF-8 JSON. */
  requestLimitBytes?: number;
  responseLimitBytes?: number;
  /**
   * What a cell read of more than 5,000,000 cells gives: Excel "may return null or fail with
   * RangeExceedsLimit" (office-js-docs-pr, excel-add-ins-ranges-large.md); a test picks either.
   */
  overLimitRead?: "error" | "null";
  /** Workbook settings are limited in size: InvalidArgument at about 1 MB (office-js #3957); default 1 MB. */
  settingsLimitBytes?: number;
}

/** One request as the host saw it. */
export interface FakeRequestRecord {
  requestBytes: number;
  responseBytes: number;
  /** Actions that ran (a failed request stops at the failing one). */
  actions: number;
  wrote: boolean;
  failed?: string;
}

/** A failure a test plants in a future request: after `afterActions` actions ran, it fails with `code`. */
export interface PlannedFault {
  /** 1-based, counted from when it was planted: 1 is the next request. */
  request: number;
  afterActions: number;
  code:
    | "GeneralException"
    | "NetworkError"
    | "AccessDenied"
    | "ItemNotFound"
    | "RequestPayloadSizeLimitExceeded"
    | "InvalidOperationInCellEditMode"
    | "UndoNotSupported";
}

/** The fake's whole state, shared by every request context of one FakeExcel. */
export interface FakeExcelState {
  sheets: FakeSheet[];
  /** Tables of every sheet (names are unique in the workbook). */
  tables: FakeTableModel[];
  /** Charts of every sheet, in the order added. */
  charts: FakeChartModel[];
  /** Every charts.add call that ran, deleted charts' too. */
  chartCalls: FakeChartCall[];
  apiVersion: number;
  requestLimitBytes: number;
  responseLimitBytes: number;
  overLimitRead: "error" | "null";
  settingsLimitBytes: number;
  /** Setting key -> its value as JSON, as Office stores it. */
  settings: Map<string, string>;
  activeSheet: string;
  selection: string | undefined;
  requests: FakeRequestRecord[];
  /** Undo records: one per writing request, or one per run with `mergeUndoGroup` on ExcelApi 1.20. */
  undoRecords: number;
  cellEditMode: boolean;
  /** Requests waiting (delayForCellEdit) until the user leaves cell-edit mode. */
  cellEditWaiters: Array<() => void>;
  faults: PlannedFault[];
  /** Runs before each request: a test's stand-in for what the user does between two syncs. */
  beforeRequest: Array<(request: number) => void>;
  events: FakeEvents;
}
