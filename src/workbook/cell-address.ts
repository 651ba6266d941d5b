/** A1-style addresses, shared by the core (finding locations) and every adapter. */
import type { CellRange } from "./port";

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" -> 0, "AA" -> 26; case-insensitive. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (7, 9) -> "J7". */
export function cellAddress(row1: number, colIndex0: number): string {
  return `${columnLetter(colIndex0)}${row1}`;
}

/** "J7" -> {row: 7, col: 9}; "$J$7" accepted. */
export function parseCellRef(ref: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (match === null) return undefined;
  return { row: Number(match[2]), col: columnIndex(match[1] ?? "") };
}

/** "A1:C3" (or a single cell "B2") -> 1-based inclusive range. */
export function parseRange(ref: string): CellRange | undefined {
  const [from, to = from] = ref.split(":");
  const a = from === undefined ? undefined : parseCellRef(from);
  const b = to === undefined ? undefined : parseCellRef(to);
  if (a === undefined || b === undefined) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col) + 1,
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col) + 1,
  };
}
