/**
 * Rectangles of cells as the fake keeps conditional formats and data validation: what two blocks
 * share, what is left of one when another is taken out, and how many cells a set covers. Excel keeps
 * these as lists of areas too (a rule's "applies to"), so the fake never needs a cell per cell.
 */
import type { CellRange } from "../port";

export function intersection(a: CellRange, b: CellRange): CellRange | undefined {
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, bottom, left, right } : undefined;
}

export function intersects(ranges: readonly CellRange[], others: readonly CellRange[]): boolean {
  return ranges.some((range) => others.some((other) => intersection(range, other) !== undefined));
}

/** What is left of `range` once `hole` is taken out: up to four blocks (above, below, left, right). */
export function subtract(range: CellRange, hole: CellRange): CellRange[] {
  const cut = intersection(range, hole);
  if (cut === undefined) return [range];
  const parts: CellRange[] = [];
  if (range.top < cut.top) parts.push({ ...range, bottom: cut.top - 1 });
  if (cut.bottom < range.bottom) parts.push({ ...range, top: cut.bottom + 1 });
  if (range.left < cut.left) parts.push({ top: cut.top, bottom: cut.bottom, left: range.left, right: cut.left - 1 });
  if (cut.right < range.right)
    parts.push({ top: cut.top, bottom: cut.bottom, left: cut.right + 1, right: range.right });
  return parts;
}

export function subtractAll(ranges: readonly CellRange[], hole: CellRange): CellRange[] {
  return ranges.flatMap((range) => subtract(range, hole));
}

export function cellCount(ranges: readonly CellRange[]): number {
  return ranges.reduce((sum, r) => sum + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
}

export function contains(ranges: readonly CellRange[], row: number, column: number): boolean {
  return ranges.some((r) => row >= r.top && row <= r.bottom && column >= r.left && column <= r.right);
}
