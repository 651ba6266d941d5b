/**
 * Excel.Range and Excel.RangeAreas over the fake's sheets. Reads: the range's geometry, typed
 * `values`, displayed `text`, `formulas` and `numberFormat`. Writes: `values`, `formulas` and
 * `numberFormat`, read as Excel reads typed input (cells.ts) and refused on a protected sheet.
 * Cell reads of an unbounded range (whole rows or columns) give null, as in Excel
 * (office-js-docs-pr, excel-add-ins-ranges-unbounded.md); over 5,000,000 cells they fail with
 * RangeExceedsLimit or give null, as the fake was told (excel-add-ins-ranges-large.md).
 */
import type { CellRange } from "../port";
import { maxColumns, maxRows, sheetAddress } from "./address";
import { cellFormatting, cellFromInput, displayText, GENERAL, jsonBytes, type FakeCell, type FakeValue } from "./cells";
import { FakeRangeFormat } from "./range-format";
import { FakeOfficeError } from "./errors";
import type { FakeSheet } from "./model";
import { ACTION_BYTES, FakeClientObject, type FakeRequestContext } from "./request";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import { writable } from "./writable-sheet";
import { FakeDataValidation } from "./data-validation";

export interface RangeTarget {
  sheet: FakeSheet;
  range: CellRange;
  /** Asked for as whole rows or columns ("1:5000", "A:C") or the whole sheet, not found by Excel (a used range). */
  unbounded?: boolean;
}

/** Excel refuses ranges that fall off the sheet with InvalidArgument. */
export function checkedRange(range: CellRange, location: string): CellRange {
  const inside =
    range.top >= 1 &&
    range.left >= 1 &&
    range.bottom <= maxRows &&
    range.right <= maxColumns &&
    range.top <= range.bottom &&
    range.left <= range.right;
  if (!inside) throw new FakeOfficeError("InvalidArgument", location);
  return range;
}

/** Excel's cap on the cells of one read. */
export const maxCellsPerRead = 5_000_000;

/** Excel's cap on the merged areas one call returns (Range.getMergedAreasOrNullObject, ExcelApi 1.13). */
export const maxMergedAreas = 512;

const cellProperties = new Set(["text", "values", "formulas", "numberFormat"]);

type Grid<T> = ReadonlyArray<ReadonlyArray<T>>;

/** A 2-D input must match the range; a single value applies to every cell, as Office.js allows. */
function inputAt<T>(
  input: T | Grid<T>,
  rows: number,
  columns: number,
  location: string,
): (row: number, column: number) => T {
  if (!Array.isArray(input)) return () => input as T;
  const grid = input as Grid<T>;
  const fits = grid.length === rows && grid.every((line) => Array.isArray(line) && line.length === columns);
  if (!fits)
    throw new FakeOfficeError("InvalidArgument", location, `a ${rows}x${columns} range was given ${grid.length} rows`);
  return (row, column) => grid[row]?.[column] as T;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly scalarNames = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "cellCount",
    "text",
    "values",
    "formulas",
    "numberFormat",
  ] as const;

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

  protected scalar(name: string, { sheet, range, unbounded }: RangeTarget): unknown {
    const rows = range.bottom - range.top + 1;
    const columns = range.right - range.left + 1;
    if (cellProperties.has(name)) {
      if (unbounded === true) return null;
      if (rows * columns > maxCellsPerRead) {
        if (this.context.state.overLimitRead === "null") return null;
        throw new FakeOfficeError("RangeExceedsLimit", `Range.${name}`, `${rows * columns} cells`);
      }
    }
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
      case "text":
        return sheet.grid(range, displayText);
      case "values":
        return sheet.grid(range, (cell) => cell?.value ?? "");
      case "formulas":
        return sheet.grid(range, (cell) => cell?.formula ?? cell?.value ?? "");
      default:
        return sheet.grid(range, (cell) => cell?.numberFormat ?? GENERAL);
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
  get values(): FakeValue[][] {
    return this.read("values");
  }
  set values(input: FakeValue[][]) {
    this.writeCells(input, "Range.values", (value, cell) => (value === null ? cell : cellFromInput(value, cell)));
  }
  get formulas(): FakeValue[][] {
    return this.read("formulas");
  }
  set formulas(input: FakeValue[][]) {
    this.writeCells(input, "Range.formulas", (value, cell) => (value === null ? cell : cellFromInput(value, cell)));
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.writeCells(input, "Range.numberFormat", (format, cell) => {
      if (format === null) return cell;
      const value = cell?.value ?? "";
      const formula = cell?.formula === undefined ? {} : { formula: cell.formula };
      const kept = cellFormatting(cell);
      delete kept.numberFormat;
      const bare = value === "" && cell?.formula === undefined && Object.keys(kept).length === 0;
      return format === GENERAL && bare
        ? undefined
        : { value, ...formula, ...(format === GENERAL ? {} : { numberFormat: format }), ...kept };
    });
  }

  /** Queues a write of one input per cell; `make` turns an input and the cell there into the new cell. */
  private writeCells<T>(
    input: T | Grid<T>,
    location: string,
    make: (input: T, cell: FakeCell | undefined) => FakeCell | undefined,
  ): void {
    this.context.queue({
      requestBytes: ACTION_BYTES + jsonBytes(input),
      run: () => {
        const { sheet, range } = this.located();
        writable(sheet, location);
        const rows = range.bottom - range.top + 1;
        const columns = range.right - range.left + 1;
        const at = inputAt(input, rows, columns, location);
        const before = rows === 1 && columns === 1 ? (sheet.cell(range.top, range.left)?.value ?? "") : undefined;
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < columns; c++)
            sheet.setCell(range.top + r, range.left + c, make(at(r, c), sheet.cell(range.top + r, range.left + c)));
        }
        const after = sheet.cell(range.top, range.left)?.value ?? "";
        this.context.state.events.raiseChanged(sheet, range, "RangeEdited", {
          ownWrite: true,
          ...(before === undefined ? {} : { details: { valueBefore: before, valueAfter: after } }),
        });
        return { responseBytes: 0, wrote: true };
      },
    });
  }

  private derived(make: (target: RangeTarget) => CellRange | null, location: string, nullable = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const target = this.located();
        const range = make(target);
        return range === null ? null : { sheet: target.sheet, range: checkedRange(range, location) };
      },
      nullable,
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(
      ({ range }) => ({
        top: range.top + row,
        left: range.left + column,
        bottom: range.top + row,
        right: range.left + column,
      }),
      "Range.getCell",
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(
      ({ range }) => ({
        top: range.top + rowOffset,
        left: range.left + columnOffset,
        bottom: range.bottom + rowOffset,
        right: range.right + columnOffset,
      }),
      "Range.getOffsetRange",
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(
      ({ range }) => ({ ...range, bottom: range.bottom + deltaRows, right: range.right + deltaColumns }),
      "Range.getResizedRange",
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.derived(
      ({ sheet, range }) => sheet.usedRange(range, valuesOnly),
      "Range.getUsedRangeOrNullObject",
      true,
    );
  }

  /** ExcelApi 1.13; fails on more than 512 merged areas (reference docs, Range.getMergedAreasOrNullObject). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      if (this.context.state.apiVersion < 13)
        throw new FakeOfficeError("ApiNotFound", "Range.getMergedAreasOrNullObject");
      const { sheet, range } = this.located();
      const merges = sheet.mergesStartingIn(range);
      // The error code for this is not documented; InvalidOperation is what a refused call gives.
      if (merges.length > maxMergedAreas)
        throw new FakeOfficeError(
          "InvalidOperation",
          "Range.getMergedAreasOrNullObject",
          `${merges.length} merged areas`,
        );
      return merges.length === 0 ? null : { sheet, ranges: merges };
    });
  }

  /** The conditional formats that intersect the range. */
  /** ExcelApi 1.6. */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, () => {
      if (this.context.state.apiVersion < 6) throw new FakeOfficeError("ApiNotFound", "Range.conditionalFormats");
      const { sheet, range } = this.located();
      return { sheet, ranges: [range] };
    });
  }

  /** ExcelApi 1.8. */
  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.context, () => {
      if (this.context.state.apiVersion < 8) throw new FakeOfficeError("ApiNotFound", "Range.dataValidation");
      return this.located();
    });
  }

  /** What the range stands for, for a call that takes a range argument (charts.add's source). */
  rangeTarget(): RangeTarget {
    return this.located();
  }

  /** ExcelApi 1.1: fill and font of the range's cells (range-format.ts). */
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, () => this.located());
  }

  /**
   * ExcelApi 1.1: "All" (the default) empties the cells and takes their formatting; "Contents" keeps
   * the formatting, "Formats" the values. Tables, charts, merges, conditional formats and validation
   * are left alone (what Excel does to them is not modelled; the add-in deletes its tables and charts itself).
   */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    if (!["All", "Contents", "Formats"].includes(applyTo))
      throw new FakeOfficeError("InvalidArgument", "Range.clear", `applyTo "${String(applyTo)}"`);
    this.context.queue({
      requestBytes: ACTION_BYTES,
      run: () => {
        const { sheet, range } = this.located();
        writable(sheet, "Range.clear");
        const bottom = Math.min(range.bottom, sheet.rows.length);
        for (let row = range.top; row <= bottom; row++) {
          const right = Math.min(range.right, sheet.rows[row - 1]?.length ?? 0);
          for (let column = range.left; column <= right; column++) {
            const cell = sheet.cell(row, column);
            if (cell === undefined) continue;
            if (applyTo === "All") sheet.setCell(row, column, undefined);
            else if (applyTo === "Contents")
              sheet.setCell(
                row,
                column,
                Object.keys(cellFormatting(cell)).length === 0 ? undefined : { value: "", ...cellFormatting(cell) },
              );
            else
              sheet.setCell(
                row,
                column,
                cell.value === "" && cell.formula === undefined
                  ? undefined
                  : { value: cell.value, ...(cell.formula === undefined ? {} : { formula: cell.formula }) },
              );
          }
        }
        return { responseBytes: 0, wrote: true };
      },
    });
  }

  select(): void {
    this.act(({ sheet, range }) => {
      this.context.state.activeSheet = sheet.name;
      this.context.state.selection = sheetAddress(sheet.name, range);
    });
  }
}

export interface AreasTarget {
  sheet: FakeSheet;
  ranges: CellRange[];
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  protected readonly scalarNames = ["address", "areaCount", "cellCount"] as const;

  constructor(
    context: FakeRequestContext,
    private readonly find: () => AreasTarget | null,
    nullable = true,
  ) {
    super(context, "RangeAreas", nullable);
  }

  /** ExcelApi 1.9: the conditional formats that intersect any of the areas; one added here applies to all of them. */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, () => this.located());
  }

  protected locate(): AreasTarget | null {
    return this.find();
  }

  protected scalar(name: string, { sheet, ranges }: AreasTarget): unknown {
    if (name === "address") return ranges.map((range) => sheetAddress(sheet.name, range)).join(",");
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
