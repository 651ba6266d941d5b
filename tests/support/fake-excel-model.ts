/**
 * What the fake Excel holds: each sheet's displayed text (row 1 first, column A first), its merged
 * areas, its visibility, and the little session state a test checks afterwards (active sheet,
 * selection, how many requests were made and how large their responses were).
 */
import type { CellRange } from "../../src/workbook/port";
import { parseA1 } from "./fake-excel-address";

export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeSheetSpec {
  rows: string[][];
  /** Merged areas, e.g. "A1:D1". */
  merges?: string[];
  visibility?: FakeVisibility;
}

/** Sheet name -> its rows (or a full spec); key order is tab order. */
export type FakeWorkbookSpec = Record<string, string[][] | FakeSheetSpec>;

export class FakeSheet {
  readonly merges: CellRange[];
  readonly visibility: FakeVisibility;
  readonly rows: string[][];

  constructor(
    readonly name: string,
    spec: string[][] | FakeSheetSpec,
  ) {
    const full = Array.isArray(spec) ? { rows: spec } : spec;
    this.rows = full.rows;
    this.visibility = full.visibility ?? "Visible";
    this.merges = (full.merges ?? []).map((address) => {
      const range = parseA1(address);
      if (range === undefined) throw new Error(`fake Excel: bad merge address "${address}" on ${name}`);
      return range;
    });
  }

  text(row: number, column: number): string {
    return this.rows[row - 1]?.[column - 1] ?? "";
  }

  /** Displayed text of a block, row by row. */
  textOf(range: CellRange): string[][] {
    const block: string[][] = [];
    for (let row = range.top; row <= range.bottom; row++) {
      const cells: string[] = [];
      for (let column = range.left; column <= range.right; column++) cells.push(this.text(row, column));
      block.push(cells);
    }
    return block;
  }

  /**
   * The smallest block inside `within` holding every non-empty cell (and, unless `valuesOnly`,
   * every merged area, which stands for formatting here); null when there is none.
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
          : { top: Math.min(used.top, top), bottom: Math.max(used.bottom, bottom), left: Math.min(used.left, left), right: Math.max(used.right, right) };
    };
    const lastRow = Math.min(within.bottom, this.rows.length);
    for (let row = within.top; row <= lastRow; row++) {
      const cells = this.rows[row - 1] ?? [];
      cells.forEach((text, index) => {
        if (text !== "") grow({ top: row, bottom: row, left: index + 1, right: index + 1 });
      });
    }
    if (!valuesOnly) this.merges.forEach(grow);
    return used;
  }

  mergesWithin(range: CellRange): CellRange[] {
    return this.merges.filter((m) => m.top <= range.bottom && m.bottom >= range.top && m.left <= range.right && m.right >= range.left);
  }
}

export interface FakeExcelOptions {
  /** Whether the host has ExcelApi 1.13 (Range.getMergedAreasOrNullObject); default true. */
  mergedAreasApi?: boolean;
  /** Excel on the web refuses a response over 5 MB; the fake measures responses as JSON. */
  responseLimitBytes?: number;
}

/** The fake's whole state, shared by every request context of one FakeExcel. */
export interface FakeExcelState {
  sheets: FakeSheet[];
  mergedAreasApi: boolean;
  responseLimitBytes: number;
  activeSheet: string;
  selection: string | undefined;
  /** Response size of each completed sync, in order; its length is the sync count. */
  responses: number[];
}
