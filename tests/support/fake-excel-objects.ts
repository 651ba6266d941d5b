/**
 * The part of Excel's object model the add-in uses, over the fake's sheets: the worksheet
 * collection, worksheets, ranges and merged areas. Anything else is absent on purpose, so code
 * that starts using more of the API has to extend the fake (and think about what Excel does).
 */
import type { CellRange } from "../../src/workbook/port";
import { maxColumns, maxRows, parseA1, sheetAddress } from "./fake-excel-address";
import { FakeClientObject, FakeRequestContext, loadNames, type LoadSpec, type StepResult } from "./fake-excel-client";
import { FakeOfficeError } from "./fake-excel-errors";
import type { FakeSheet } from "./fake-excel-model";

interface RangeTarget {
  sheet: FakeSheet;
  range: CellRange;
}

/** Excel refuses ranges that fall off the sheet with InvalidArgument. */
function checked(range: CellRange, location: string): CellRange {
  const inside = range.top >= 1 && range.left >= 1 && range.bottom <= maxRows && range.right <= maxColumns && range.top <= range.bottom && range.left <= range.right;
  if (!inside) throw new FakeOfficeError("InvalidArgument", location);
  return range;
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  protected readonly scalarNames = ["name", "position", "visibility"] as const;

  constructor(
    context: FakeRequestContext,
    private readonly find: () => FakeSheet | null,
    nullable = false,
  ) {
    super(context, "Worksheet", nullable);
  }

  protected locate(): FakeSheet | null {
    return this.find();
  }

  /** Public so the collection can fill its items in the same request. */
  scalar(name: string, sheet: FakeSheet): unknown {
    if (name === "name") return sheet.name;
    if (name === "position") return this.context.state.sheets.indexOf(sheet);
    return sheet.visibility;
  }

  get name(): string {
    return this.read("name");
  }
  get position(): number {
    return this.read("position");
  }
  get visibility(): string {
    return this.read("visibility");
  }

  private range(make: (sheet: FakeSheet) => CellRange | null, nullable = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.located();
        const range = make(sheet);
        return range === null ? null : { sheet, range };
      },
      nullable,
    );
  }

  /** No address: the whole sheet. */
  getRange(address?: string): FakeRange {
    return this.range(() => {
      if (address === undefined) return { top: 1, left: 1, bottom: maxRows, right: maxColumns };
      const range = parseA1(address);
      if (range === undefined) throw new FakeOfficeError("InvalidArgument", "Worksheet.getRange", `address "${address}"`);
      return range;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range(() => checked({ top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount }, "Worksheet.getRangeByIndexes"));
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range((sheet) => sheet.usedRange({ top: 1, left: 1, bottom: maxRows, right: maxColumns }, valuesOnly), true);
  }

  activate(): void {
    this.act((sheet) => {
      this.context.state.activeSheet = sheet.name;
    });
  }
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly scalarNames = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "text", "values"] as const;

  constructor(
    context: FakeRequestContext,
    private readonly find: () => RangeTarget | null,
    nullable = false,
  ) {
    super(context, "Range", nullable);
  }

  protected locate(): RangeTarget | null {
    return this.find();
  }

  protected scalar(name: string, { sheet, range }: RangeTarget): unknown {
    const rows = range.bottom - range.top + 1;
    const columns = range.right - range.left + 1;
    switch (name) {
      case "address":
        return sheetAddress(sheet.name, range);
      case "rowIndex":
        return range.top - 1;
      case "columnIndex":
        return range.left - 1;
      case "rowCount":
        return rows;
      case "columnCount":
        return columns;
      case "cellCount":
        return rows * columns;
      default:
        // Excel caps a read at 5,000,000 cells; past that the fake will not build the grid.
        if (rows * columns > 5_000_000) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `Range.${name}`, `${rows * columns} cells`);
        // The fake holds displayed text only, so `values` are that text too.
        return sheet.textOf(range);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get values(): string[][] {
    return this.read("values");
  }

  private derived(make: (target: RangeTarget) => CellRange | null, location: string, nullable = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const target = this.located();
        const range = make(target);
        return range === null ? null : { sheet: target.sheet, range: checked(range, location) };
      },
      nullable,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(({ range }) => ({ top: range.top + row, left: range.left + column, bottom: range.top + row, right: range.left + column }), "Range.getCell");
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(({ range }) => ({ top: range.top + rowOffset, left: range.left + columnOffset, bottom: range.bottom + rowOffset, right: range.right + columnOffset }), "Range.getOffsetRange");
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(({ range }) => ({ ...range, bottom: range.bottom + deltaRows, right: range.right + deltaColumns }), "Range.getResizedRange");
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.derived(({ sheet, range }) => sheet.usedRange(range, valuesOnly), "Range.getUsedRangeOrNullObject", true);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      if (!this.context.state.mergedAreasApi) throw new FakeOfficeError("ApiNotFound", "Range.getMergedAreasOrNullObject");
      const { sheet, range } = this.located();
      const merges = sheet.mergesWithin(range);
      return merges.length === 0 ? null : { sheet, ranges: merges };
    });
  }

  select(): void {
    this.act(({ sheet, range }) => {
      this.context.state.activeSheet = sheet.name;
      this.context.state.selection = sheetAddress(sheet.name, range);
    });
  }
}

interface AreasTarget {
  sheet: FakeSheet;
  ranges: CellRange[];
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  protected readonly scalarNames = ["address", "areaCount", "cellCount"] as const;

  constructor(
    context: FakeRequestContext,
    private readonly find: () => AreasTarget | null,
  ) {
    super(context, "RangeAreas", true);
  }

  protected locate(): AreasTarget | null {
    return this.find();
  }

  protected scalar(name: string, { sheet, ranges }: AreasTarget): unknown {
    if (name === "address") return ranges.map((range) => sheetAddress(sheet.name, range)).join(", ");
    if (name === "areaCount") return ranges.length;
    return ranges.reduce((sum, r) => sum + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
}

/** Excel matches worksheet names without regard to case. */
function byName(sheets: readonly FakeSheet[], name: string): FakeSheet | undefined {
  return sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
}

export class FakeWorksheetCollection extends FakeClientObject<FakeSheet[]> {
  protected readonly scalarNames = ["name", "position", "visibility"] as const;

  constructor(context: FakeRequestContext) {
    super(context, "WorksheetCollection", false);
  }

  protected locate(): FakeSheet[] {
    return this.context.state.sheets;
  }

  protected scalar(): unknown {
    throw new Error("fake Excel: a collection's own values are never read");
  }

  get items(): FakeWorksheet[] {
    return this.read("items");
  }

  /** "items/name" and, as Office.js allows on collections, plain "name" load each item's property. */
  override load(spec?: LoadSpec): this {
    const names = (loadNames(spec) ?? ["items"]).map((name) => name.replace(/^items\//, ""));
    const itemNames = names.includes("items") ? [...this.scalarNames] : names;
    this.context.queue(() => this.loadItems(itemNames));
    return this;
  }

  private loadItems(names: string[]): StepResult {
    for (const name of names) this.checkScalar(name);
    const sheets = this.locate();
    const items = sheets.map((sheet) => new FakeWorksheet(this.context, () => sheet));
    const values = items.map((item, index) => names.map((name) => [name, item.scalar(name, sheets[index] as FakeSheet)] as const));
    return {
      bytes: JSON.stringify(values).length,
      apply: () => {
        items.forEach((item, index) => {
          item.settle(false);
          item.remember(values[index] ?? []);
        });
        this.remember([["items", items]]);
      },
    };
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = byName(this.context.state.sheets, name);
      if (sheet === undefined) throw new FakeOfficeError("ItemNotFound", "WorksheetCollection.getItem", `no sheet "${name}"`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => byName(this.context.state.sheets, name) ?? null, true);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;

  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }
}
