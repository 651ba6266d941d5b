/**
 * Reads one block of a sheet's rows as displayed text, with the merged areas that start in it, in
 * one request when it can, and around Excel's limits when it cannot:
 * - a response over Excel on the web's 5 MB (long text, CJK text weighing three bytes a character)
 *   fails the request: the block is read again as two halves, as often as needed;
 * - a block holding more than 512 merged areas makes getMergedAreasOrNullObject fail (reference docs,
 *   Range.getMergedAreasOrNullObject): its merges are read again in halves;
 * - a stray value far to the right (XFD1) stretches the block's used range past the 5,000,000 cells a
 *   read may hold (RangeExceedsLimit, or a null `text`): the used parts are found by halving the
 *   columns, so only cells near values are read.
 * Merges are asked per block of whole rows, and Excel returns only those whose top-left cell is in
 * the range (office-js #3611), so a merge crossing a block boundary is reported exactly once.
 * Failed reads change nothing in the workbook, so reading again is always safe.
 */
import type { CellRange, GridRow } from "../port";
import { parseAreasAddress } from "./areas-address";
import { gridRowsOfBlock } from "./block-rows";
import { excelErrorCode } from "./excel-errors";

/** The most cells this adapter asks for in one read: far below Excel's 5,000,000-cell cap and its 5 MB. */
export const maxCellsPerRead = 500_000;

/** Excel's last column number. */
const maxColumns = 16_384;

export interface BlockContent {
  rows: GridRow[];
  merges: CellRange[];
}

function failedAt(error: unknown, method: string): boolean {
  const location = (error as { debugInfo?: { errorLocation?: string } }).debugInfo?.errorLocation;
  return typeof location === "string" && location.includes(method);
}

/** A rectangle of the sheet, 0-based first row and column, as getRangeByIndexes takes it. */
interface Area {
  row: number;
  rows: number;
  column: number;
  columns: number;
}

export class SheetBlocks {
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly sheet: Excel.Worksheet,
    private readonly withMerges: boolean,
  ) {}

  /** Rows [first, first + count), 0-based. */
  async read(first: number, count: number): Promise<BlockContent> {
    const block = this.queue(first, count);
    try {
      await this.context.sync();
      return this.settle(block, first, count);
    } catch (error) {
      return this.recover(error, first, count);
    }
  }

  /** Queues the optimistic read of a block: its used cells' text and, where asked, its merges. */
  queue(first: number, count: number): QueuedBlock {
    const rows = this.sheet.getRangeByIndexes(first, 0, count, maxColumns);
    const used = rows.getUsedRangeOrNullObject(true);
    used.load("text,rowIndex,columnIndex");
    const merges = this.withMerges ? rows.getMergedAreasOrNullObject() : undefined;
    merges?.load("address");
    return { used, merges };
  }

  /** After the optimistic read's request: its rows, or a careful read where `text` came back null. */
  async settle(block: QueuedBlock, first: number, count: number): Promise<BlockContent> {
    const merges =
      block.merges === undefined || block.merges.isNullObject ? [] : parseAreasAddress(block.merges.address);
    if (block.used.isNullObject) return { rows: [], merges };
    // Excel may give null instead of failing for a read past its cell cap.
    if (block.used.text === null)
      return { rows: await this.readAround({ row: first, rows: count, column: 0, columns: maxColumns }), merges };
    return { rows: gridRowsOfBlock(block.used.text, block.used.rowIndex, block.used.columnIndex), merges };
  }

  private async recover(error: unknown, first: number, count: number): Promise<BlockContent> {
    const code = excelErrorCode(error);
    if (this.withMerges && failedAt(error, "getMergedAreas")) {
      const rows = await new SheetBlocks(this.context, this.sheet, false).read(first, count);
      return { rows: rows.rows, merges: await this.mergesOf(first, count) };
    }
    if (code === "ResponsePayloadSizeLimitExceeded" && count > 1) {
      const half = Math.ceil(count / 2);
      const top = await this.read(first, half);
      const bottom = await this.read(first + half, count - half);
      return { rows: [...top.rows, ...bottom.rows], merges: [...top.merges, ...bottom.merges] };
    }
    if (code === "RangeExceedsLimit") {
      const rows = await this.readAround({ row: first, rows: count, column: 0, columns: maxColumns });
      return { rows, merges: this.withMerges ? await this.mergesOf(first, count) : [] };
    }
    throw error;
  }

  /** The merges starting in rows [first, first + count), halving the rows while Excel refuses. */
  private async mergesOf(first: number, count: number): Promise<CellRange[]> {
    const areas = this.sheet.getRangeByIndexes(first, 0, count, maxColumns).getMergedAreasOrNullObject();
    areas.load("address");
    try {
      await this.context.sync();
      return areas.isNullObject ? [] : parseAreasAddress(areas.address);
    } catch (error) {
      if (count <= 1 || !failedAt(error, "getMergedAreas")) throw error;
      const half = Math.ceil(count / 2);
      return [...(await this.mergesOf(first, half)), ...(await this.mergesOf(first + half, count - half))];
    }
  }

  /**
   * Reads the used cells of `area` whatever its shape: the used range of each piece is asked first
   * (one request for all pieces of a level), and a piece still too large is halved, columns first.
   */
  private async readAround(area: Area): Promise<GridRow[]> {
    const pieces: Excel.Range[] = [];
    const queue = (piece: Area): void => {
      const used = this.sheet
        .getRangeByIndexes(piece.row, piece.column, piece.rows, piece.columns)
        .getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      pieces.push(used);
    };
    queue(area);
    const small: Excel.Range[] = [];
    while (pieces.length > 0) {
      await this.context.sync();
      const level = pieces.splice(0);
      for (const used of level) {
        if (used.isNullObject) continue;
        const found: Area = {
          row: used.rowIndex,
          rows: used.rowCount,
          column: used.columnIndex,
          columns: used.columnCount,
        };
        if (found.rows * found.columns <= maxCellsPerRead) small.push(used);
        else for (const half of halves(found)) queue(half);
      }
    }
    for (const used of small) used.load("text");
    await this.context.sync();
    return mergeRows(small.map((used) => gridRowsOfBlock(used.text, used.rowIndex, used.columnIndex)));
  }
}

export interface QueuedBlock {
  used: Excel.Range;
  merges: Excel.RangeAreas | undefined;
}

function halves(area: Area): [Area, Area] {
  if (area.columns > 1) {
    const left = Math.ceil(area.columns / 2);
    return [
      { ...area, columns: left },
      { ...area, column: area.column + left, columns: area.columns - left },
    ];
  }
  const top = Math.ceil(area.rows / 2);
  return [
    { ...area, rows: top },
    { ...area, row: area.row + top, rows: area.rows - top },
  ];
}

/** Pieces read side by side become one row each again. */
function mergeRows(parts: GridRow[][]): GridRow[] {
  const byRow = new Map<number, string[]>();
  for (const part of parts) {
    for (const { row, cells } of part) {
      const line = byRow.get(row) ?? [];
      cells.forEach((text, column) => {
        if (text !== "") line[column] = text;
      });
      byRow.set(row, line);
    }
  }
  return [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => ({ row, cells: Array.from(cells, (text) => text ?? "") }));
}
