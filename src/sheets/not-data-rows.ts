/**
 * Rows below a tab's header that are not data, as analysts and their tools leave them: an Excel
 * table's totals row, a "Total" row typed by hand, a note or footnote under or between the data
 * ("* Latency is indicative", "Source: AEMO", a sentence merged across the row) and a section title
 * ("Planning and Oversight" alone on its row), and a row holding nothing but formula errors (a
 * template's lookups, filled down, with nothing to look up yet: "#N/A"). They are left out of the check and the fills, and
 * row.not-data lists them once. Judged from the row alone, so a live change is judged the same way.
 */
import { cleanText } from "../model/text-normalise";
import { isExcelError } from "./excel-errors";

export type NotDataKind = "totals" | "note" | "title" | "errors" | "number";

export interface NotDataRow {
  /** 1-based worksheet row. */
  row: number;
  kind: NotDataKind;
  /** The row's first value, as a person reads it. */
  text: string;
  /** For a totals row of an Excel table: the table's name. */
  table?: string;
}

// A totals label: "Total", "Totals", "Grand total", "Sub-total:", "Count", "Sum".
const TOTALS_LABEL = /^(?:(?:grand|sub)[\s-]?)?totals?\b.{0,40}$|^(?:count|sum|average)\s*:?$/i;
// What a totals row holds besides its label: numbers, percentages, amounts.
const NUMBER_LIKE = /^[-+(]?[$€£]?\s?[\d,]*\.?\d+\s?%?\)?$/;
// The start of a note: "Note:", "Notes -", "NB", "Source:", "*", "†", "¹", "(1)", "[a]".
const NOTE_START =
  /^(?:(?:notes?|n\.?b\.?|sources?|footnotes?|comments?|key|legend|disclaimer)\b\s*[:.\-–—]?|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]|\(\d{1,2}\)|\[[a-z\d]{1,2}\])/i;

/**
 * Whether a row (its cells as read, merges down filled in) is not data, and which kind; undefined
 * for a data row. `idColumns` are the tab's own id columns (Gap ID, Option ID): a row holding an id
 * alone ("G09") is a row of data however empty the rest, and its empty cells are reported.
 */
export function notDataKind(cells: readonly string[], idColumns: ReadonlySet<number>): NotDataKind | undefined {
  const kind = kindOf(cells);
  if (kind !== "title" && kind !== "number") return kind;
  for (const c of idColumns) if (cleanText(cells[c] ?? "") !== "") return undefined;
  return kind;
}

function kindOf(cells: readonly string[]): NotDataKind | undefined {
  let first = -1;
  let filled = 0;
  let numbersAfterFirst = true;
  // A row whose every value is a formula error: a template row of lookups with nothing to look up.
  let onlyErrors = true;
  for (let c = 0; c < cells.length; c++) {
    const value = cells[c] as string;
    if (value === "" || cleanText(value) === "") continue;
    filled++;
    if (onlyErrors && !isExcelError(value)) onlyErrors = false;
    if (first < 0) first = c;
    else if (!NUMBER_LIKE.test(cleanText(value))) numbersAfterFirst = false;
    if (filled > 2 && !numbersAfterFirst && !onlyErrors) return undefined;
  }
  if (first < 0) return undefined;
  if (onlyErrors) return "errors";
  const text = cleanText(cells[first] as string);
  if (numbersAfterFirst && TOTALS_LABEL.test(text)) return "totals";
  // A number alone: a numbered template row not filled in yet, not a title.
  if (filled === 1 && NUMBER_LIKE.test(text)) return "number";
  if (filled === 1) return NOTE_START.test(text) || isSentence(text) ? "note" : "title";
  // A label and its note in the next cell: "Notes:" | "Latency is indicative".
  return filled === 2 && NOTE_START.test(text) && text.length <= 12 ? "note" : undefined;
}

/** A sentence rather than a heading: long, or ending with a full stop after some words. */
function isSentence(text: string): boolean {
  return text.length > 80 || (/[.!?]$/.test(text) && text.split(" ").length >= 4);
}

/** "a table's totals row", "a note", "a section title", "only formula errors", "only a number", for messages. */
export function notDataLabel(row: NotDataRow): string {
  if (row.kind === "totals") return row.table === undefined ? "a totals row" : `the totals row of table ${row.table}`;
  if (row.kind === "errors") return "only formula errors";
  if (row.kind === "number") return "only a number";
  return row.kind === "note" ? "a note" : "a section title";
}
