/**
 * Text that may land in a spreadsheet, made safe to land there (CSV or formula injection, after
 * OWASP's guidance): a cell that begins with `=`, `+`, `-` or `@` (also after leading spaces, which
 * spreadsheets skip), or with a tab or a carriage return, is prefixed with an apostrophe, so
 * Excel, LibreOffice and Google Sheets read it as text instead of running it as a formula. The
 * apostrophe stays visible in a CSV opened as a file; that is the price OWASP accepts for safety.
 *
 * Used by the exports (CSV, Markdown tables, HTML tables). Not for the office writer: it already
 * writes its text as typed input with Excel's own apostrophe (src/workbook/office/typed-input.ts),
 * and prefixing here as well would store a visible apostrophe in the cell.
 */

/** Starts, after any spaces, with a formula trigger; or starts with a tab or carriage return. */
const FORMULA_LIKE = /^(?:[ \u00a0]*[=+\-@]|[\t\r])/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_LIKE.test(text);
}

/** The text a spreadsheet shows as it is. Idempotent: neutralised text starts with `'` and is left alone. */
export function spreadsheetSafeText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
