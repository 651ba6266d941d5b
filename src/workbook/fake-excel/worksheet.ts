/**
 * Excel.Worksheet, its protection and Excel.WorksheetCollection over the fake's sheets: names,
 * positions and visibility read and set, ranges by address or index, used ranges, sheets added and
 * deleted, and `protection.protected` read (the add-in checks it before writing).
 */
import { maxColumns, maxRows, parseA1 } from "./address";
import { FakeOfficeError } from "./errors";
import { FakeSheet, type FakeExcelState, type FakeVisibility } from "./model";
import { FakeChartCollection } from "./charts";
import { checkedRange, FakeRange, FakeRangeAreas } from "./range";
import { FakeTableCollection } from "./tables";
import { FakeCollection } from "./collection";
import { FakeClientObject, type FakeRequestContext, ACTION_BYTES } from "./request";
import { jsonBytes } from "./cells";
import type { FakeChangedEventArgs, FakeSelectionEventArgs } from "./events";

/** An Office.js event: `add` registers a handler when the request runs; `remove` takes it away the same way. */
export interface FakeEventSource<A> {
  add(handler: (args: A) => Promise<unknown> | void): { context: FakeRequestContext; remove(): void };
}
import type { CellRange } from "../port";

export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  protected readonly scalarNames = ["protected"] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => FakeSheet | null,
  ) {
    super(context, "WorksheetProtection", false);
  }

  protected locate(): FakeSheet | null {
    return this.sheet();
  }

  protected scalar(_name: string, sheet: FakeSheet): unknown {
    return sheet.protected;
  }

  get protected(): boolean {
    return this.read("protected");
  }
}

/** The longest address Worksheet.getRanges takes here (see getRanges). */
export const maxRangesAddress = 8192;

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  protected readonly scalarNames = ["id", "name", "position", "visibility"] as const;
  readonly protection: FakeWorksheetProtection;

  constructor(
    context: FakeRequestContext,
    private readonly find: () => FakeSheet | null,
    nullable = false,
  ) {
    super(context, "Worksheet", nullable);
    this.protection = new FakeWorksheetProtection(context, () => this.located());
  }

  protected locate(): FakeSheet | null {
    return this.find();
  }

  /** Public so the collection can fill its items in the same request. */
  scalar(name: string, sheet: FakeSheet): unknown {
    if (name === "name") return sheet.name;
    if (name === "id") return sheet.id;
    if (name === "position") return this.context.state.sheets.indexOf(sheet);
    return sheet.visibility;
  }

  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }
  get visibility(): FakeVisibility {
    return this.read("visibility");
  }
  set visibility(visibility: FakeVisibility) {
    this.act(
      (sheet) => {
        refuseInUndoGroup(this.context, "Worksheet.visibility");
        const visible = this.context.state.sheets.filter((s) => s.visibility === "Visible" && s !== sheet);
        // Excel keeps at least one sheet visible.
        if (visibility !== "Visible" && visible.length === 0)
          throw new FakeOfficeError("InvalidOperation", "Worksheet.visibility", "the last visible sheet");
        sheet.visibility = visibility;
      },
      { wrote: true },
    );
  }

  private range(make: (sheet: FakeSheet) => CellRange | null, nullable = false, unbounded = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.located();
        const range = make(sheet);
        return range === null ? null : { sheet, range, unbounded };
      },
      nullable,
    );
  }

  /** No address: the whole sheet. */
  getRange(address?: string): FakeRange {
    const whole = address === undefined || /^\$?[A-Za-z]+:\$?[A-Za-z]+$|^\$?\d+:\$?\d+$/.test(address.trim());
    return this.range(
      () => {
        if (address === undefined) return { top: 1, left: 1, bottom: maxRows, right: maxColumns };
        const range = parseA1(address);
        if (range === undefined)
          throw new FakeOfficeError("InvalidArgument", "Worksheet.getRange", `address "${address}"`);
        return range;
      },
      false,
      whole,
    );
  }

  /**
   * ExcelApi 1.9: several areas of the sheet at once, separated by commas or semicolons. Excel
   * refuses long addresses with InvalidArgument; the threshold is undocumented, and office-js #5198
   * saw an 8,207-character address of 513 areas fail where shorter ones worked, so the fake refuses
   * more than 8,192 characters. The address is counted in the request's size.
   */
  getRanges(address: string): FakeRangeAreas {
    // The address travels in the request (it can be kilobytes): counted as an action of its own.
    this.context.queue({ requestBytes: ACTION_BYTES + jsonBytes(address), run: () => ({ responseBytes: 0 }) });
    return new FakeRangeAreas(
      this.context,
      () => {
        if (this.context.state.apiVersion < 9) throw new FakeOfficeError("ApiNotFound", "Worksheet.getRanges");
        if (address.length > maxRangesAddress)
          throw new FakeOfficeError(
            "InvalidArgument",
            "Worksheet.getRanges",
            `an address of ${address.length} characters`,
          );
        const ranges = address.split(/[,;]/).map((part) => {
          const range = parseA1(part.trim());
          if (range === undefined)
            throw new FakeOfficeError("InvalidArgument", "Worksheet.getRanges", `address "${part.trim()}"`);
          return range;
        });
        return { sheet: this.located(), ranges };
      },
      false,
    );
  }

  /** ExcelApi 1.1: the sheet's tables (tables.ts). */
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, () => this.located());
  }

  /** ExcelApi 1.1: the sheet's embedded charts (charts.ts). */
  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, () => this.located());
  }

  /** ExcelApi 1.7. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range(() => {
      if (this.context.state.apiVersion < 7) throw new FakeOfficeError("ApiNotFound", "Worksheet.getRangeByIndexes");
      return checkedRange(
        { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount },
        "Worksheet.getRangeByIndexes",
      );
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(
      (sheet) => sheet.usedRange({ top: 1, left: 1, bottom: maxRows, right: maxColumns }, valuesOnly),
      true,
    );
  }

  activate(): void {
    this.act((sheet) => {
      this.context.state.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.act(
      (sheet) => {
        refuseInUndoGroup(this.context, "Worksheet.delete");
        // excel.worksheet.yml, Worksheet.delete: "If the worksheet's visibility is set to VeryHidden,
        // the delete operation will fail with an InvalidOperation exception" (office-js #365).
        if (sheet.visibility === "VeryHidden")
          throw new FakeOfficeError(
            "InvalidOperation",
            "Worksheet.delete",
            "a very hidden sheet cannot be deleted: make it hidden or visible first",
          );
        const sheets = this.context.state.sheets;
        if (sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0)
          throw new FakeOfficeError("InvalidOperation", "Worksheet.delete", "the last visible sheet");
        removeSheet(this.context.state, sheet);
      },
      { wrote: true },
    );
  }
}

/**
 * Inside a `mergeUndoGroup` run (ExcelApi 1.20) an API without undo support throws UndoNotSupported
 * (office-js-docs-pr, excel-add-ins-undo-capabilities.md). That page's table gives Worksheet.delete
 * undo on no platform and Worksheet.visibility only on the web; the fake takes the Windows and Mac
 * answer, and refuses adding a sheet too (stricter: the table does not list WorksheetCollection.add),
 * so code that passes here passes on every platform.
 */
function refuseInUndoGroup(context: FakeRequestContext, location: string): void {
  if (context.mergesUndo)
    throw new FakeOfficeError("UndoNotSupported", location, "not undoable inside a mergeUndoGroup run");
}

/** A deleted sheet takes its tables and charts with it, as in Excel. */
export function removeSheet(state: FakeExcelState, sheet: FakeSheet): void {
  state.sheets.splice(state.sheets.indexOf(sheet), 1);
  // In place: a table's or chart's name becomes free again.
  for (let i = state.tables.length - 1; i >= 0; i--) if (state.tables[i]?.sheet === sheet) state.tables.splice(i, 1);
  for (let i = state.charts.length - 1; i >= 0; i--) if (state.charts[i]?.sheet === sheet) state.charts.splice(i, 1);
}

/** Excel matches worksheet names without regard to case. */
export function sheetByName(sheets: readonly FakeSheet[], name: string): FakeSheet | undefined {
  const lower = name.toLowerCase();
  return sheets.find((sheet) => sheet.name.toLowerCase() === lower);
}

/** Excel's rules for a sheet name: 1 to 31 characters, none of : \ / ? * [ ], not starting or ending with '. */
function validSheetName(name: string): boolean {
  return (
    name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !name.startsWith("'") && !name.endsWith("'")
  );
}

export class FakeWorksheetCollection extends FakeCollection<FakeSheet, FakeWorksheet> {
  protected readonly scalarNames = ["id", "name", "position", "visibility"] as const;

  constructor(context: FakeRequestContext) {
    super(context, "WorksheetCollection", false);
  }

  protected entries(): FakeSheet[] {
    return this.context.state.sheets;
  }

  protected itemOf(sheet: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.context, () => sheet);
  }

  protected itemValue(name: string, sheet: FakeSheet, item: FakeWorksheet): unknown {
    return item.scalar(name, sheet);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = sheetByName(this.context.state.sheets, name);
      if (sheet === undefined)
        throw new FakeOfficeError("ItemNotFound", "WorksheetCollection.getItem", `no sheet "${name}"`);
      return sheet;
    });
  }

  /** WorksheetCollection.onChanged (ExcelApi 1.9): the handler is registered when the request runs. */
  get onChanged(): FakeEventSource<FakeChangedEventArgs> {
    return this.eventSource("onChanged", this.context.state.events.changed);
  }

  /** WorksheetCollection.onSelectionChanged (ExcelApi 1.9). */
  get onSelectionChanged(): FakeEventSource<FakeSelectionEventArgs> {
    return this.eventSource("onSelectionChanged", this.context.state.events.selection);
  }

  private eventSource<A>(name: string, handlers: Array<(args: A) => Promise<unknown> | void>): FakeEventSource<A> {
    return {
      add: (handler) => {
        this.context.queue({
          requestBytes: ACTION_BYTES,
          run: () => {
            if (this.context.state.apiVersion < 9)
              throw new FakeOfficeError("ApiNotFound", `WorksheetCollection.${name}`);
            handlers.push(handler);
            return { responseBytes: 0 };
          },
        });
        return {
          context: this.context,
          remove: () => {
            this.context.queue({
              requestBytes: ACTION_BYTES,
              run: () => {
                const index = handlers.indexOf(handler);
                if (index >= 0) handlers.splice(index, 1);
                return { responseBytes: 0 };
              },
            });
          },
        };
      },
    };
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => sheetByName(this.context.state.sheets, name) ?? null, true);
  }

  /** Adds a sheet at the end; the returned proxy stands for it once the request has run. */
  add(name: string): FakeWorksheet {
    let added: FakeSheet | undefined;
    this.context.queue({
      requestBytes: ACTION_BYTES + jsonBytes(name),
      run: () => {
        refuseInUndoGroup(this.context, "WorksheetCollection.add");
        if (!validSheetName(name))
          throw new FakeOfficeError("InvalidArgument", "WorksheetCollection.add", `sheet name "${name}"`);
        if (sheetByName(this.context.state.sheets, name) !== undefined)
          throw new FakeOfficeError("ItemAlreadyExists", "WorksheetCollection.add", `sheet "${name}"`);
        added = new FakeSheet(name);
        this.context.state.sheets.push(added);
        return { responseBytes: 0, wrote: true };
      },
    });
    return new FakeWorksheet(this.context, () => {
      if (added === undefined)
        throw new FakeOfficeError("InvalidObjectPath", "Worksheet", "used before the request that adds it ran");
      return added;
    });
  }
}
