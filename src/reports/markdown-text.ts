/**
 * Workbook text in Markdown: every character Markdown (CommonMark and GitHub's tables) could read
 * as syntax is escaped with a backslash, which CommonMark allows before any ASCII punctuation, so
 * `*`, `_`, `[`, a backtick, `$` (GitHub's maths) or `<script>` show as typed and never become
 * emphasis, links, code or raw HTML. Workbook text here is always inline (a table cell, a list item,
 * a heading, never the start of a line), so line-start syntax (`-`, `1.`, `>` quotes) needs no
 * escape; line breaks and tabs become spaces, so a row stays one line and a pasted table is never
 * split at a tab. In tables the cell is also made spreadsheet-safe, because a Markdown table is
 * often pasted into a spreadsheet. (GitHub still links a bare "https://..." in text; that is a
 * link, not markup, and the HTML report never links workbook text.)
 */
import { spreadsheetSafeText } from "./spreadsheet-safe-text";

const MARKDOWN_SYNTAX = /[\\`*_{}[\]<>#!|~&$]/g;

/** Text as inline Markdown: syntax escaped, line breaks and tabs as spaces. */
export function markdownText(text: string): string {
  return text.replace(/\r\n|[\r\n\t\v\f\u2028\u2029]/g, " ").replace(MARKDOWN_SYNTAX, (c) => `\\${c}`);
}

/** Text as a Markdown table cell: spreadsheet-safe first, then escaped (so `|` cannot end the cell). */
export function markdownCell(text: string): string {
  return markdownText(spreadsheetSafeText(text));
}
