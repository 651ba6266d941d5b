/**
 * Findings moved with their rows when rows are inserted or deleted above them, instead of being
 * found again. A finding names row numbers in its row, its cell, its fix's cells, and sometimes in
 * its words ("Row 812 is mostly empty", "used again on rows 12, 40"), by another row's number too.
 * Rules write row numbers in words only as ROW_PHRASE reads them, outside quoted values (rule-plans.ts
 * asks it of every rule); any other number that the change moves, a quoted value's or a count, makes
 * the finding one to find again rather than to move. The largest number each row's findings name
 * is kept (mentionedNumber) so that rows naming no moved number are passed over quickly.
 */
import type { CellChange, Finding } from "../check/finding";
import type { RowChange } from "./row-change";

export type RowShift = Extract<RowChange, { kind: "insert" | "delete" }>;

/** A worksheet row's number after the change; undefined for a deleted row. */
export function shiftedRowNumber(change: RowShift, row: number): number | undefined {
  if (row < change.at) return row;
  if (change.kind === "insert") return row + change.count;
  return row < change.at + change.count ? undefined : row - change.count;
}

/** An A1 address moved with its row; anything else ("" for a finding on no cell) as it is. */
function shiftedCell(change: RowShift, cell: string): string | undefined {
  let digits = cell.length;
  while (digits > 0 && cell.charCodeAt(digits - 1) >= 48 && cell.charCodeAt(digits - 1) <= 57) digits--;
  if (digits === 0 || digits === cell.length) return cell;
  const row = shiftedRowNumber(change, Number(cell.slice(digits)));
  return row === undefined ? undefined : `${cell.slice(0, digits)}${row}`;
}

/**
 * The finding as it reads after the change: its row, cell and fix's cells moved, and the row
 * numbers its words name moved (moveWords); undefined when it names a deleted cell or row, or a
 * number the change moves that it does not name as a row. `words` false: the caller knows its
 * words name no number the change moves (mentionedNumber), so they are not read again.
 */
export function shiftFinding(change: RowShift, finding: Finding, words = true): Finding | undefined {
  const row = shiftedRowNumber(change, finding.row);
  const cell = shiftedCell(change, finding.cell);
  const message = words ? moveWords(change, finding.message) : finding.message;
  if (row === undefined || cell === undefined || message === undefined) return undefined;
  // A value to write names no row: any number in it that the change moves leaves it in doubt.
  if (words && largestNumber(finding.suggestion ?? "") >= change.at) return undefined;
  // Built field by field as runRules builds findings, so that moved findings share its few shapes
  // (a spread over many shapes is several times slower, and every moved finding passes here).
  const moved: Finding = {
    sheet: finding.sheet,
    cell,
    row,
    column: finding.column,
    rule: finding.rule,
    severity: finding.severity,
    message,
    value: finding.value,
  };
  if (finding.messageId !== undefined) moved.messageId = finding.messageId;
  if (finding.suggestion !== undefined) moved.suggestion = finding.suggestion;
  if (finding.fix !== undefined) {
    const edits = new Array<CellChange>(finding.fix.edits.length);
    for (let k = 0; k < edits.length; k++) {
      const edit = finding.fix.edits[k] as CellChange;
      const editRow = shiftedRowNumber(change, edit.row);
      const editCell = edit.cell === finding.cell ? cell : shiftedCell(change, edit.cell); // mostly the finding's own cell
      if (editRow === undefined || editCell === undefined || (words && largestNumber(edit.value) >= change.at))
        return undefined;
      // Field by field, as for the finding; `previous` (the value it expects to replace) travels with it.
      const movedEdit: CellChange = {
        sheet: edit.sheet,
        cell: editCell,
        row: editRow,
        column: edit.column,
        value: edit.value,
      };
      if (edit.previous !== undefined) movedEdit.previous = edit.previous;
      edits[k] = movedEdit;
    }
    moved.fix = { applicability: finding.fix.applicability, edits };
  }
  return moved;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isWordChar = (code: number) =>
  isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/**
 * `text` with the row numbers it names moved. Rules name rows only as "row 12", "Row 12" or
 * "rows 12, 40, 97" outside double quotes (a list's "and 3 more" is a count); undefined when such a
 * row was deleted, or when another number in the text (a quoted value's, a count) is one the change
 * moves, so that whether it names a row cannot be told. One pass over the text, as it runs for
 * every moved finding that names a number.
 */
export function moveWords(change: RowShift, text: string): string | undefined {
  let out = "";
  let copied = 0; // text before this is in `out`
  let quoted = false;
  let listing = false; // the next digits are a row number: after "row ", "rows " or a list's ", "
  let k = 0;
  while (k < text.length) {
    const code = text.charCodeAt(k);
    if (code === 34) {
      quoted = !quoted;
      listing = false;
      k++;
    } else if (isDigit(code)) {
      let end = k;
      let value = 0;
      while (end < text.length && isDigit(text.charCodeAt(end))) value = value * 10 + (text.charCodeAt(end++) - 48);
      if (listing) {
        const moved = shiftedRowNumber(change, value);
        if (moved === undefined) return undefined;
        if (moved !== value) {
          out += text.slice(copied, k) + String(moved);
          copied = end;
        }
        listing = text.startsWith(", ", end) && isDigit(text.charCodeAt(end + 2));
        k = listing ? end + 2 : end;
      } else {
        if (value >= change.at) return undefined;
        k = end;
      }
    } else if (
      !quoted &&
      (code === 114 || code === 82) &&
      text.startsWith("ow", k + 1) &&
      (k === 0 || !isWordChar(text.charCodeAt(k - 1)))
    ) {
      let end = k + 3;
      if (text.charCodeAt(end) === 115) end++; // "rows"
      listing = text.charCodeAt(end) === 32 && isDigit(text.charCodeAt(end + 1));
      k = listing ? end + 1 : end;
    } else k++;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The largest run of digits in `text`, as a number; -1 for none. (A loop, not a regex: it reads every moved finding.) */
function largestNumber(text: string): number {
  let largest = -1;
  let value = -1;
  for (let k = 0; k <= text.length; k++) {
    const code = k < text.length ? text.charCodeAt(k) : -1;
    if (code >= 48 && code <= 57) value = (value < 0 ? 0 : value * 10) + (code - 48);
    else if (value >= 0) {
      if (value > largest) largest = value;
      value = -1;
    }
  }
  return largest;
}

/** The largest number written in the findings' words (message, suggestion, fix values); -1 for none. */
export function mentionedNumber(findings: readonly Finding[]): number {
  let largest = -1;
  for (const finding of findings) {
    largest = Math.max(largest, largestNumber(finding.message), largestNumber(finding.suggestion ?? ""));
    for (const edit of finding.fix?.edits ?? []) largest = Math.max(largest, largestNumber(edit.value));
  }
  return largest;
}
