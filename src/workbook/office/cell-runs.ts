/**
 * Groups single cells into runs of consecutive rows in one column of one sheet, so a write or read
 * of a thousand cells down a column is one range, not a thousand.
 */
import { cellAddress, columnLetter, tryParseCellRef } from "../cell-address";
import type { CellRef } from "../port";

export interface CellRun {
  sheet: string;
  /** 0-based column. */
  column: number;
  firstRow: number;
  lastRow: number;
  /** Positions of the run's cells in the list it was made from, top to bottom. */
  indexes: number[];
}

export function runAddress(run: CellRun): string {
  return run.firstRow === run.lastRow
    ? cellAddress(run.firstRow, run.column)
    : `${columnLetter(run.column)}${run.firstRow}:${columnLetter(run.column)}${run.lastRow}`;
}

/** Runs in sheet, column and row order, at most `maxLength` cells each; a cell listed twice starts a new run. */
export function cellRuns(refs: readonly CellRef[], maxLength = 2000): CellRun[] {
  const located = refs.map((ref, index) => {
    const at = tryParseCellRef(ref.cell);
    if (at === undefined) throw new RangeError(`Not a cell address: "${ref.cell}"`);
    return { sheet: ref.sheet, row: at.row, column: at.col, index };
  });
  located.sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.column - b.column || a.row - b.row));
  const runs: CellRun[] = [];
  let current: CellRun | undefined;
  for (const cell of located) {
    if (
      current !== undefined &&
      current.sheet === cell.sheet &&
      current.column === cell.column &&
      current.lastRow + 1 === cell.row &&
      current.indexes.length < maxLength
    ) {
      current.lastRow = cell.row;
      current.indexes.push(cell.index);
    } else {
      current = {
        sheet: cell.sheet,
        column: cell.column,
        firstRow: cell.row,
        lastRow: cell.row,
        indexes: [cell.index],
      };
      runs.push(current);
    }
  }
  return runs;
}

/** Splits runs into groups whose estimated size stays under `budget`. */
export function chunkRuns(runs: readonly CellRun[], size: (run: CellRun) => number, budget: number): CellRun[][] {
  const chunks: CellRun[][] = [];
  let chunk: CellRun[] = [];
  let used = 0;
  for (const run of runs) {
    const bytes = size(run);
    if (chunk.length > 0 && used + bytes > budget) {
      chunks.push(chunk);
      chunk = [];
      used = 0;
    }
    chunk.push(run);
    used += bytes;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
