/**
 * A change to a worksheet's rows, as live mode sees it from Excel: rows edited (their new cells),
 * rows inserted before a row (all rows from there down move down), rows deleted (the rows below
 * move up). The same change applies to a sheet's grid rows and to a tab's parsed rows, so both are
 * kept by one function over anything that carries a 1-based worksheet row number.
 */
import type { CellRange, GridRow } from "../workbook/port";

export type RowChange =
  /** Each row's whole new content, column A first; a row of empty cells clears it. */
  | { kind: "edit"; sheet: string; rows: readonly GridRow[] }
  /** `count` rows inserted before row `at` (they become rows at..at+count-1), empty unless `cells` gives them content. */
  | { kind: "insert"; sheet: string; at: number; count: number; cells?: ReadonlyArray<readonly string[]> }
  /** Rows at..at+count-1 deleted. */
  | { kind: "delete"; sheet: string; at: number; count: number };

/** The first and last worksheet rows a change touches directly (a shift moves the rows below too). */
export function rowsTouched(change: RowChange): { first: number; last: number } {
  if (change.kind !== "edit") return { first: change.at, last: change.at + change.count - 1 };
  // A loop, not Math.min(...rows): a paste of 100,000 rows spread into arguments overflows the stack.
  let first = Infinity;
  let last = -Infinity;
  for (const { row } of change.rows) {
    first = Math.min(first, row);
    last = Math.max(last, row);
  }
  return { first, last };
}

export interface RowsChanged<T> {
  /** The rows after the change, in row order. */
  rows: T[];
  /** Rows whose content was edited away or deleted (as they were). */
  changedOld: T[];
  /** Rows whose content is new: edited or inserted (as they are now). */
  changedNew: T[];
  /**
   * Where in `rows` the rows that only move start (they run to its end; none for an edit). They
   * keep their old numbers: the caller renumbers them (moveItems).
   */
  movedFrom: number;
}

/**
 * Applies `change` to `items` (sorted by `row`): `make` builds an item from a row's cells, or gives
 * undefined when the row holds nothing to keep. An edit gives a new list and leaves `items` as they
 * were; rows inserted or deleted are spliced into `items` itself, which is returned as `rows`: a
 * shift in a long tab then moves pointers, not copies of the list (live mode's 16 ms, issue 19).
 */
export function applyRowChange<T extends { row: number }>(
  items: T[],
  change: RowChange,
  make: (row: number, cells: readonly string[]) => T | undefined,
): RowsChanged<T> {
  const changedOld: T[] = [];
  const changedNew: T[] = [];
  if (change.kind === "edit") {
    // Several edits of one row: the last one stands.
    const edits = [...new Map(change.rows.map((r) => [r.row, r.cells])).entries()].sort((a, b) => a[0] - b[0]);
    // The rows between edits are copied a slice at a time: one edit in a long tab costs two copies.
    const pieces: T[][] = [];
    let i = 0;
    for (const [row, cells] of edits) {
      const at = firstAtOrAfter(items, row, i);
      pieces.push(items.slice(i, at));
      i = at;
      if (i < items.length && (items[i] as T).row === row) changedOld.push(items[i++] as T);
      const made = make(row, cells);
      if (made !== undefined) {
        pieces.push([made]);
        changedNew.push(made);
      }
    }
    pieces.push(items.slice(i));
    return { rows: joinPieces(pieces), changedOld, changedNew, movedFrom: items.length };
  }
  const at = firstAtOrAfter(items, change.at);
  if (change.kind === "insert") {
    for (let k = 0; k < change.count; k++) {
      const made = make(change.at + k, change.cells?.[k] ?? []);
      if (made !== undefined) changedNew.push(made);
    }
    spliceIn(items, at, 0, changedNew);
    return { rows: items, changedOld, changedNew, movedFrom: at + changedNew.length };
  }
  let end = at;
  while (end < items.length && (items[end] as T).row < change.at + change.count) changedOld.push(items[end++] as T);
  spliceIn(items, at, end - at, []);
  return { rows: items, changedOld, changedNew, movedFrom: at };
}

/** Renumbers items[from..] by the rows `change` inserted or deleted above them. */
export function moveItems(items: ReadonlyArray<{ row: number }>, from: number, change: RowChange): void {
  if (change.kind === "edit") return;
  const by = change.kind === "insert" ? change.count : -change.count;
  for (let k = from; k < items.length; k++) (items[k] as { row: number }).row += by;
}

/** items.splice(at, remove, ...added) without spreading `added` into arguments (which are limited). */
function spliceIn<T>(items: T[], at: number, remove: number, added: readonly T[]): void {
  if (added.length <= 5_000) {
    items.splice(at, remove, ...added);
    return;
  }
  const tail = items.splice(at + remove);
  items.length = at;
  for (const item of added) items.push(item);
  for (const item of tail) items.push(item);
}

/** The index of the first item from `from` on whose row is `row` or below it. */
export function firstAtOrAfter(items: readonly { row: number }[], row: number, from = 0): number {
  let lo = from;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as { row: number }).row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The pieces one after the other, joined a few thousand at a time (arguments are limited). */
export function joinPieces<T>(pieces: readonly T[][]): T[] {
  if (pieces.length === 1) return pieces[0] as T[];
  let out: T[] = [];
  for (let k = 0; k < pieces.length; k += 5_000) out = out.concat(...pieces.slice(k, k + 5_000));
  return out;
}

/** Merged areas after rows are inserted or deleted, as Excel moves, grows and shrinks them. */
export function shiftMerges(merges: readonly CellRange[], change: RowChange): CellRange[] {
  if (change.kind === "edit") return [...merges];
  const { at, count } = change;
  const out: CellRange[] = [];
  for (const m of merges) {
    if (change.kind === "insert") {
      out.push({
        ...m,
        top: m.top >= at ? m.top + count : m.top,
        bottom: m.bottom >= at ? m.bottom + count : m.bottom,
      });
      continue;
    }
    const end = at + count; // first row after the deleted ones
    const top = m.top < at ? m.top : m.top >= end ? m.top - count : at;
    const bottom = m.bottom < at ? m.bottom : m.bottom >= end ? m.bottom - count : at - 1;
    if (bottom >= top) out.push({ ...m, top, bottom });
  }
  return out;
}
