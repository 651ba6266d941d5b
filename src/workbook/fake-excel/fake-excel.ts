/**
 * An in-memory Excel behind the Excel JavaScript API, faithful where a test could pass and real
 * Excel fail (docs/excel-fake.md lists what it models and its sources). The office adapter's tests
 * run on it, and the browser demo ships it as the workbook behind the real task pane.
 * `fake.run` stands in for `Excel.run`; a test plants faults, plays the user between two syncs
 * (`beforeRequest`), enters cell-edit mode, and reads back requests, payload sizes and undo records.
 *
 *   const excel = new FakeExcel({ "Data Categorisation": [["Use Case", "Activity"], ["PO1", "Plan"]] });
 *   await new OfficeWorkbookReader(excel.run).readSheet("Data Categorisation");
 *   expect(excel.syncCount).toBe(1);
 */
import type { CellRange } from "../port";
import { formatA1, maxRows, parseA1, sheetAddress } from "./address";
import { cellFromInput, displayText, GENERAL, type FakeCell, type FakeValue } from "./cells";
import { FakeOfficeError } from "./errors";
import { FakeEvents } from "./events";
import {
  FakeSheet,
  type FakeExcelOptions,
  type FakeExcelState,
  type FakeRequestRecord,
  type FakeWorkbookSpec,
  type PlannedFault,
} from "./model";
import { FakeRequestContext, type FakeRunOptions } from "./request";
import { FakeWorkbook } from "./workbook";
import { removeSheet, sheetByName } from "./worksheet";
import { formattingOf } from "./range-format";

export { FakeOfficeError } from "./errors";
export type { FakeChangedEventArgs, FakeSelectionEventArgs } from "./events";
export type { FakeCell, FakeCellSpec, FakeValue } from "./cells";
export type { FakeExcelOptions, FakeSheetSpec, FakeWorkbookSpec, PlannedFault } from "./model";

/** The context a batch receives: a request context whose workbook is the fake's. */
class FakeExcelContext extends FakeRequestContext {
  readonly workbook = new FakeWorkbook(this);
  /** Excel.Runtime: `enableEvents = false` (ExcelApi 1.8) silences this add-in's event handlers. */
  readonly runtime = {
    set enableEvents(on: boolean) {
      runtimeOf(this).queueEnable(on);
    },
  };
  queueEnable(on: boolean): void {
    this.queue({
      requestBytes: 40,
      run: () => {
        this.state.events.enabled = on;
        return { responseBytes: 0 };
      },
    });
  }
}

const runtimes = new WeakMap<object, FakeExcelContext>();
function runtimeOf(runtime: object): FakeExcelContext {
  const context = runtimes.get(runtime);
  if (context === undefined) throw new Error("fake Excel: runtime of an unknown context");
  return context;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** What a test reads of one cell. */
export interface FakeCellView {
  value: FakeValue;
  text: string;
  formula: string | undefined;
  numberFormat: string;
}

export class FakeExcel {
  private readonly state: FakeExcelState;

  constructor(book: FakeWorkbookSpec, options: FakeExcelOptions = {}) {
    const sheets = Object.entries(book).map(([name, spec]) => new FakeSheet(name, spec));
    this.state = {
      sheets,
      tables: [],
      charts: [],
      chartCalls: [],
      apiVersion: options.apiVersion ?? (options.mergedAreasApi === false ? 12 : 20),
      requestLimitBytes: options.requestLimitBytes ?? 5 * 1024 * 1024,
      responseLimitBytes: options.responseLimitBytes ?? 5 * 1024 * 1024,
      overLimitRead: options.overLimitRead ?? "error",
      settingsLimitBytes: options.settingsLimitBytes ?? 1024 * 1024,
      settings: new Map(),
      activeSheet: sheets[0]?.name ?? "",
      selection: undefined,
      requests: [],
      undoRecords: 0,
      cellEditMode: false,
      cellEditWaiters: [],
      faults: [],
      beforeRequest: [],
      events: new FakeEvents(() => this.state.apiVersion),
    };
  }

  /**
   * `Excel.run(batch)` or `Excel.run(options, batch)`: the batch must return a promise; work still
   * queued when it settles goes in one last request (as Office.js does); objects of a finished batch
   * cannot be used again. With `mergeUndoGroup` on ExcelApi 1.20 every write of the run is one undo record.
   */
  readonly run = async <T>(
    first: Batch<T> | FakeRunOptions | OfficeExtension.ClientRequestContext,
    second?: Batch<T>,
  ): Promise<T> => {
    const batch = typeof first === "function" ? first : second;
    // Excel.run(context, batch) runs again on an earlier run's context (how an event handler is removed).
    const reused = first instanceof FakeExcelContext ? first : undefined;
    const options = typeof first === "function" || reused !== undefined ? {} : (first as FakeRunOptions);
    if (batch === undefined) throw new FakeOfficeError("InvalidArgument", "Excel.run", "no batch function");
    if (reused !== undefined && reused.state !== this.state) throw new FakeOfficeError("InvalidRequestContext");
    const context = reused ?? new FakeExcelContext(this.state, options);
    context.reopen();
    runtimes.set(context.runtime, context);
    try {
      // The fake implements only the members the add-in uses; the cast is the boundary where it poses as Excel.
      const pending: unknown = batch(context as unknown as Excel.RequestContext);
      if (!(pending instanceof Promise)) throw new FakeOfficeError("RunMustReturnPromise");
      const result = (await pending) as T;
      if (context.hasQueuedWork) await context.sync();
      return result;
    } finally {
      context.close();
      if (context.wrote) this.state.undoRecords++;
    }
  };

  /** Office.context.requirements.isSetSupported for this host. */
  isSetSupported(name: string, minVersion: string | number = "1.1"): boolean {
    const [major = 0, minor = 0] = String(minVersion).split(".").map(Number);
    return name === "ExcelApi" && (major < 1 || (major === 1 && minor <= this.state.apiVersion));
  }

  /** Requests made so far, failed ones included. */
  get syncCount(): number {
    return this.state.requests.length;
  }

  get requests(): readonly FakeRequestRecord[] {
    return this.state.requests;
  }

  /** Response size of each request so far, in bytes of UTF-8 JSON. */
  get responseSizes(): readonly number[] {
    return this.state.requests.map((request) => request.responseBytes);
  }

  get undoRecords(): number {
    return this.state.undoRecords;
  }

  get activeSheet(): string {
    return this.state.activeSheet;
  }

  /** The selected range's address with its sheet, e.g. "'Data Categorisation'!J7". */
  get selection(): string | undefined {
    return this.state.selection;
  }

  get sheetNames(): string[] {
    return this.state.sheets.map((sheet) => sheet.name);
  }

  visibility(sheet: string): string {
    return this.sheet(sheet).visibility;
  }

  /** Excel's id of the sheet (Worksheet.id). */
  sheetId(sheet: string): string {
    return this.sheet(sheet).id;
  }

  /** A cell as Excel holds it. */
  cell(sheet: string, address: string): FakeCellView {
    const { top, left } = this.at(address);
    const cell = this.sheet(sheet).cell(top, left);
    return {
      value: cell?.value ?? "",
      text: displayText(cell),
      formula: cell?.formula,
      numberFormat: cell?.numberFormat ?? GENERAL,
    };
  }

  /** The user types into a cell (or, with a FakeCell, sets it exactly). */
  setCell(sheet: string, address: string, input: FakeValue | FakeCell): void {
    const { top, left } = this.at(address);
    const target = this.sheet(sheet);
    target.setCell(top, left, typeof input === "object" ? { ...input } : cellFromInput(input, target.cell(top, left)));
  }

  /** Displayed text of a whole sheet's rows, for assertions. */
  texts(sheet: string): string[][] {
    const target = this.sheet(sheet);
    return target.rows.map((cells, index) => cells.map((_, column) => target.text(index + 1, column + 1)));
  }

  /** A sheet's conditional formats as stored, areas as addresses ("A2:A9"). */
  conditionalFormats(
    sheet: string,
  ): Array<{ type: string; ranges: string; formula: string; fill: string | null; fontColor: string | null }> {
    return this.sheet(sheet).conditionalFormats.map((cf) => ({
      type: cf.type,
      ranges: cf.ranges.map(formatA1).join(","),
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.fontColor,
    }));
  }

  /** A sheet's data-validation rules as stored, areas as addresses. */
  validations(sheet: string): Array<{
    ranges: string;
    rule: Record<string, unknown>;
    ignoreBlanks: boolean;
    errorAlert: object;
    prompt: object;
  }> {
    return this.sheet(sheet).validations.map((v) => ({
      ranges: v.ranges.map(formatA1).join(","),
      rule: v.rule,
      ignoreBlanks: v.ignoreBlanks,
      errorAlert: v.errorAlert,
      prompt: v.prompt,
    }));
  }

  /** The workbook's tables: name, sheet and address. */
  get tables(): Array<{ name: string; sheet: string; address: string }> {
    return this.state.tables.map((table) => ({
      name: table.name,
      sheet: table.sheet.name,
      address: formatA1(table.range),
    }));
  }

  /** One table by name (any case), with its style and whether it has headers; undefined when there is none. */
  table(
    name: string,
  ): { name: string; sheet: string; address: string; style: string; hasHeaders: boolean } | undefined {
    const table = this.state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    return table === undefined
      ? undefined
      : {
          name: table.name,
          sheet: table.sheet.name,
          address: formatA1(table.range),
          style: table.style,
          hasHeaders: table.hasHeaders,
        };
  }

  /** The workbook's charts: name, sheet, type, source (with its sheet), series by, title and position. */
  get charts(): Array<{
    name: string;
    sheet: string;
    type: string;
    source: string;
    seriesBy: string;
    title: string;
    position: { start: string; end?: string } | undefined;
  }> {
    return this.state.charts.map((chart) => ({
      name: chart.name,
      sheet: chart.sheet.name,
      type: chart.chartType,
      source: sheetAddress(chart.source.sheet.name, chart.source.range),
      seriesBy: chart.seriesBy,
      title: chart.title,
      position: chart.position,
    }));
  }

  /** Every `charts.add` call that ran, in order (a deleted chart's call stays recorded). */
  get chartCalls(): ReadonlyArray<{ sheet: string; type: string; source: string; seriesBy: string }> {
    return this.state.chartCalls;
  }

  /** A cell's fill and font, as the Summary tab sets them. */
  cellFormat(sheet: string, address: string): { fill: string | null; bold: boolean; fontColor: string | null } {
    const { top, left } = this.at(address);
    return formattingOf(this.sheet(sheet).cell(top, left));
  }

  /** Everything about a sheet's formatting a test compares before and after: cell fills and number formats, conditional formats, validation. */
  formatting(sheet: string): string {
    const target = this.sheet(sheet);
    const cells = target.rows.flatMap((cells, row) =>
      cells.flatMap((cell, column) =>
        cell === undefined ? [] : [[row, column, cell.fill ?? null, cell.numberFormat ?? null]],
      ),
    );
    return JSON.stringify({
      cells,
      conditionalFormats: this.conditionalFormats(sheet),
      validations: this.validations(sheet),
    });
  }

  /** The user types into one cell: the change event carries details (ExcelApi 1.9). */
  userEdit(sheet: string, address: string, input: FakeValue): void {
    const before = this.cell(sheet, address).value;
    this.setCell(sheet, address, input);
    this.state.events.raiseChanged(this.sheet(sheet), this.at(address), "RangeEdited", {
      details: { valueBefore: before, valueAfter: this.cell(sheet, address).value },
    });
  }

  /** A co-author's edit arrives: the event says the change is remote. */
  remoteEdit(sheet: string, address: string, input: FakeValue): void {
    this.setCell(sheet, address, input);
    this.state.events.raiseChanged(this.sheet(sheet), this.at(address), "RangeEdited", { remote: true });
  }

  /** The user pastes a block of rows at `topLeft`: one event for the block, without details (office-js #5308). */
  paste(sheet: string, topLeft: string, rows: ReadonlyArray<ReadonlyArray<FakeValue>>): void {
    const start = this.at(topLeft);
    const target = this.sheet(sheet);
    rows.forEach((cells, r) =>
      cells.forEach((value, c) =>
        target.setCell(start.top + r, start.left + c, cellFromInput(value, target.cell(start.top + r, start.left + c))),
      ),
    );
    const width = Math.max(1, ...rows.map((cells) => cells.length));
    this.state.events.raiseChanged(
      target,
      { top: start.top, left: start.left, bottom: start.top + rows.length - 1, right: start.left + width - 1 },
      "RangeEdited",
      {},
    );
  }

  /** The user picks a value from a dropdown: Excel raises no change event for it (office-js #420, #3888). */
  pickFromList(sheet: string, address: string, value: string): void {
    this.setCell(sheet, address, value);
  }

  /** The user selects a cell: the selection event fires. */
  userSelect(sheet: string, address: string): void {
    this.state.activeSheet = this.sheet(sheet).name;
    this.state.selection = sheetAddress(this.sheet(sheet).name, this.at(address));
    this.state.events.raiseSelection(this.sheet(sheet), this.at(address));
  }

  /**
   * The user inserts `count` rows before row `at` (cells only; merges and formats do not shift in
   * the fake): empty, or holding `contents` as undoing a row delete or inserting copied cells does.
   */
  insertRows(sheet: string, at: number, count: number, contents: ReadonlyArray<readonly FakeValue[]> = []): void {
    const target = this.sheet(sheet);
    while (target.rows.length < at - 1) target.rows.push([]);
    target.rows.splice(at - 1, 0, ...Array.from({ length: count }, () => []));
    contents.forEach((values, k) =>
      values.forEach((value, c) =>
        this.setCell(sheet, formatA1({ top: at + k, bottom: at + k, left: c + 1, right: c + 1 }), value),
      ),
    );
    this.state.events.raiseChanged(
      target,
      { top: at, bottom: at + count - 1, left: 1, right: 16_384 },
      "RowInserted",
      {},
    );
  }

  /** The user inserts `count` empty columns before column `at` (1-based; cells only, as for rows). */
  insertColumns(sheet: string, at: number, count: number): void {
    const target = this.sheet(sheet);
    for (const cells of target.rows)
      if (cells.length >= at) cells.splice(at - 1, 0, ...new Array<FakeCell | undefined>(count));
    this.state.events.raiseChanged(
      target,
      { top: 1, bottom: maxRows, left: at, right: at + count - 1 },
      "ColumnInserted",
      {},
    );
  }

  /** The user deletes columns at..at+count-1. */
  deleteColumns(sheet: string, at: number, count: number): void {
    const target = this.sheet(sheet);
    for (const cells of target.rows) cells.splice(at - 1, count);
    this.state.events.raiseChanged(
      target,
      { top: 1, bottom: maxRows, left: at, right: at + count - 1 },
      "ColumnDeleted",
      {},
    );
  }

  /**
   * The user inserts empty cells over `address` (Insert > Shift cells down or right): the cells from
   * there down (in its columns) or right (in its rows) move to make room.
   */
  insertCells(sheet: string, address: string, shift: "Down" | "Right"): void {
    const target = this.sheet(sheet);
    const range = this.at(address);
    const height = range.bottom - range.top + 1;
    const width = range.right - range.left + 1;
    if (shift === "Right") {
      for (let r = range.top; r <= range.bottom; r++) {
        const cells = target.rows[r - 1];
        if (cells !== undefined && cells.length >= range.left)
          cells.splice(range.left - 1, 0, ...new Array<FakeCell | undefined>(width));
      }
    } else {
      const last = Math.max(target.rows.length, range.top - 1);
      while (target.rows.length < last + height) target.rows.push([]);
      for (let r = last; r >= range.top; r--) {
        for (let c = range.left; c <= range.right; c++) {
          const moved = target.rows[r - 1]?.[c - 1];
          (target.rows[r - 1 + height] as Array<FakeCell | undefined>)[c - 1] = moved;
          const here = target.rows[r - 1];
          if (here !== undefined) here[c - 1] = undefined;
        }
      }
    }
    this.state.events.raiseChanged(target, range, "CellInserted", { direction: { insertShiftDirection: shift } });
  }

  /** The user deletes the cells of `address` (Delete > Shift cells up or left): the others move into their place. */
  deleteCells(sheet: string, address: string, shift: "Up" | "Left"): void {
    const target = this.sheet(sheet);
    const range = this.at(address);
    const height = range.bottom - range.top + 1;
    if (shift === "Left") {
      for (let r = range.top; r <= range.bottom; r++)
        target.rows[r - 1]?.splice(range.left - 1, range.right - range.left + 1);
    } else {
      for (let r = range.top; r <= target.rows.length; r++) {
        for (let c = range.left; c <= range.right; c++) {
          const here = (target.rows[r - 1] ??= []);
          here[c - 1] = target.rows[r - 1 + height]?.[c - 1];
        }
      }
    }
    this.state.events.raiseChanged(target, range, "CellDeleted", { direction: { deleteShiftDirection: shift } });
  }

  /** The user deletes rows at..at+count-1. */
  deleteRows(sheet: string, at: number, count: number): void {
    const target = this.sheet(sheet);
    target.rows.splice(at - 1, count);
    this.state.events.raiseChanged(
      target,
      { top: at, bottom: at + count - 1, left: 1, right: 16_384 },
      "RowDeleted",
      {},
    );
  }

  /** Event handlers registered now (onChanged and onSelectionChanged). */
  get eventHandlers(): number {
    return this.state.events.changed.length + this.state.events.selection.length;
  }

  /** Resolves when every event handler called so far has finished. */
  settled(): Promise<void> {
    return this.state.events.settled();
  }

  protect(sheet: string, on = true): void {
    this.sheet(sheet).protected = on;
  }

  /** The user renames a sheet. */
  renameSheet(from: string, to: string): void {
    this.sheet(from).name = to;
  }

  /** The user deletes a sheet. */
  deleteSheet(name: string): void {
    removeSheet(this.state, this.sheet(name));
  }

  /** The add-in's settings as stored: key -> parsed value. */
  get settings(): Record<string, unknown> {
    return Object.fromEntries([...this.state.settings].map(([key, json]) => [key, JSON.parse(json) as unknown]));
  }

  /** Plants a failure: the `fault.request`-th request from now stops after `fault.afterActions` actions. */
  failRequest(fault: PlannedFault): void {
    this.state.faults.push({ ...fault, request: this.state.requests.length + fault.request });
  }

  /** Runs `hook` before every request, with the request's number: the user acting between two syncs. */
  beforeRequest(hook: (request: number) => void): void {
    this.state.beforeRequest.push(hook);
  }

  /** The user starts editing a cell: requests fail, or wait with delayForCellEdit, until `leaveCellEdit`. */
  enterCellEdit(): void {
    this.state.cellEditMode = true;
  }

  leaveCellEdit(): void {
    this.state.cellEditMode = false;
    for (const resume of this.state.cellEditWaiters.splice(0)) resume();
  }

  /** "'Data Categorisation'!B2" for a cell, as Excel writes addresses. */
  address(sheet: string, cell: string): string {
    return sheetAddress(this.sheet(sheet).name, this.at(cell));
  }

  private sheet(name: string): FakeSheet {
    const sheet = sheetByName(this.state.sheets, name);
    if (sheet === undefined) throw new Error(`fake Excel: no sheet "${name}"`);
    return sheet;
  }

  private at(address: string): CellRange {
    const range = parseA1(address);
    if (range === undefined) throw new Error(`fake Excel: bad cell address "${address}"`);
    return range;
  }
}
