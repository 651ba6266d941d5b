/**
 * A1 addresses as the fake Excel reads and writes them: cells ("B2", "$B$2"), areas ("A1:C3"),
 * whole rows ("1:5000") and whole columns ("A:C"), and sheet names quoted the way Excel quotes them.
 */
import { columnIndex, columnLetter } from "../cell-address";
import type { CellRange } from "../port";

export const maxRows = 1_048_576;
export const maxColumns = 16_384;

type Edge = { row?: number; column?: number };

function parseEdge(text: string): Edge | undefined {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (match === null) return undefined;
  const [, letters = "", digits = ""] = match;
  if (letters === "" && digits === "") return undefined;
  return {
    ...(letters === "" ? {} : { column: columnIndex(letters) + 1 }),
    ...(digits === "" ? {} : { row: Number(digits) }),
  };
}

/** Parses an address on one sheet (no sheet name); undefined when Excel would reject it. */
export function parseA1(address: string): CellRange | undefined {
  const parts = address.split(":");
  if (parts.length > 2) return undefined;
  const [from, to = from] = parts.map(parseEdge);
  if (from === undefined || to === undefined) return undefined;
  const cells = from.row !== undefined && from.column !== undefined && to.row !== undefined && to.column !== undefined;
  // Whole rows ("1:5000") and whole columns ("A:C") need both ends and no cell part.
  const rows = parts.length === 2 && from.column === undefined && to.column === undefined;
  const columns = parts.length === 2 && from.row === undefined && to.row === undefined;
  if (!cells && !rows && !columns) return undefined;
  const range = {
    top: rows || cells ? Math.min(from.row ?? 0, to.row ?? 0) : 1,
    bottom: rows || cells ? Math.max(from.row ?? 0, to.row ?? 0) : maxRows,
    left: columns || cells ? Math.min(from.column ?? 0, to.column ?? 0) : 1,
    right: columns || cells ? Math.max(from.column ?? 0, to.column ?? 0) : maxColumns,
  };
  const inside = range.top >= 1 && range.left >= 1 && range.bottom <= maxRows && range.right <= maxColumns;
  return inside ? range : undefined;
}

export function formatA1(range: CellRange): string {
  if (range.left === 1 && range.right === maxColumns) return `${range.top}:${range.bottom}`;
  if (range.top === 1 && range.bottom === maxRows)
    return `${columnLetter(range.left - 1)}:${columnLetter(range.right - 1)}`;
  const from = `${columnLetter(range.left - 1)}${range.top}`;
  const to = `${columnLetter(range.right - 1)}${range.bottom}`;
  return from === to ? from : `${from}:${to}`;
}

/** "Sheet1" stays bare; "Data Categorisation" becomes 'Data Categorisation', inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function sheetAddress(sheet: string, range: CellRange): string {
  return `${quoteSheetName(sheet)}!${formatA1(range)}`;
}
