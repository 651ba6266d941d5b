/**
 * A1-style cell addresses. Rows are 1-based as Excel shows them; column indexes are 0-based
 * (A = 0) because they index `GridRow.cells` directly.
 */
import type { CellRange } from "./port";

/** Excel's last column, XFD. */
export const MAX_COLUMN_INDEX = 16383;
/** Excel's last row. */
export const MAX_ROW = 1048576;

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index0: number): string {
  if (!Number.isInteger(index0) || index0 < 0) throw new RangeError(`Not a column index: ${index0}`);
  let letters = "";
  let n = index0 + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = (n - 1 - rest) / 26;
  }
  return letters;
}

/** "A" -> 0, "AA" -> 26 (case-insensitive). Throws a RangeError for anything that is not letters. */
export function columnIndex(letters: string): number {
  const index = columnIndexOrNaN(letters, 0, letters.length);
  if (Number.isNaN(index)) throw new RangeError(`Not a column name: "${letters}"`);
  return index;
}

/** (7, 9) -> "J7". */
export function cellAddress(row1: number, colIndex0: number): string {
  if (!Number.isInteger(row1) || row1 < 1) throw new RangeError(`Not a row number: ${row1}`);
  return columnLetter(colIndex0) + String(row1);
}

/** "J7" -> { row: 7, col: 9 } (col 0-based). "$J$7" is accepted too. Throws a RangeError otherwise. */
export function parseCellRef(ref: string): { row: number; col: number } {
  const cell = tryParseCellRef(ref);
  if (cell === undefined) throw new RangeError(`Not a cell address: "${ref}"`);
  return cell;
}

/** Like parseCellRef, but undefined instead of an exception. */
export function tryParseCellRef(ref: string): { row: number; col: number } | undefined {
  const match = /^\s*\$?([A-Za-z]{1,3})\$?([0-9]{1,7})\s*$/.exec(ref);
  if (match === null) return undefined;
  const col = columnIndexOrNaN(match[1] ?? "", 0, (match[1] ?? "").length);
  const row = Number(match[2]);
  if (Number.isNaN(col) || col > MAX_COLUMN_INDEX || row < 1 || row > MAX_ROW) return undefined;
  return { row, col };
}

/**
 * "A1:C3" -> { top: 1, left: 1, bottom: 3, right: 3 } (all 1-based, as CellRange is). A single
 * cell "B2" is a 1x1 range; reversed corners ("C3:A1") are put in order. Throws a RangeError otherwise.
 */
export function parseRange(ref: string): CellRange {
  const range = tryParseRange(ref);
  if (range === undefined) throw new RangeError(`Not a cell range: "${ref}"`);
  return range;
}

/** Like parseRange, but undefined instead of an exception. */
export function tryParseRange(ref: string): CellRange | undefined {
  const colon = ref.indexOf(":");
  const first = tryParseCellRef(colon < 0 ? ref : ref.slice(0, colon));
  const last = colon < 0 ? first : tryParseCellRef(ref.slice(colon + 1));
  if (first === undefined || last === undefined) return undefined;
  return {
    top: Math.min(first.row, last.row),
    left: Math.min(first.col, last.col) + 1,
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.col, last.col) + 1,
  };
}

/** "A1:C3" for a CellRange (1-based), the inverse of parseRange. */
export function rangeAddress(range: CellRange): string {
  const start = cellAddress(range.top, range.left - 1);
  const end = cellAddress(range.bottom, range.right - 1);
  return start === end ? start : `${start}:${end}`;
}

/**
 * The 0-based column of the letters in text[start, end), NaN if any character is not a letter.
 * Works on char codes so the sheet scanner can use it without slicing strings.
 */
export function columnIndexOrNaN(text: string, start: number, end: number): number {
  if (end <= start) return NaN;
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) | 0x20; // lower-case
    if (code < 97 || code > 122) return NaN;
    n = n * 26 + (code - 96);
  }
  return n - 1;
}
