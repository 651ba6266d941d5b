/**
 * How a file's first bytes show it is a report cerdc itself wrote, so `--out` may replace it without
 * --force: each format the commands write opens in a way no other file does.
 * - text (validate, summary, diff): the line `textReportHeading` puts first in a file (stdout keeps
 *   the report as it was);
 * - Markdown: `# title`, a blank line, then `Made <time> by cerdc <version>.`;
 * - HTML: `<meta name="generator" content="cerdc <version>">` among the fixed opening lines;
 * - CSV: the findings' or the summary counts' header row exactly, byte order mark, quotes and CRLF;
 * - SARIF: the log's opening down to the tool's name, "cerdc";
 * - JSON (validate, a batch, the baseline, summary, diff): the opening keys in the order DESIGN
 *   section 4 and the README fix, exactly as JSON.stringify(..., 2) lays them out. A generator field
 *   would change that contract, and these openings already tell our reports from any other JSON.
 * Only the head is looked at (the caller reads at most REPORT_HEAD_BYTES), anchored at its start:
 * a signature further in does not count. A version is never pinned: an older cerdc's report counts.
 */
import { CSV_HEADER, csvField } from "../reports/csv-report";
import { CSV_SUMMARY_HEADER } from "../reports/csv-summary-report";
import { BIN, VERSION } from "./help";

/** How much of an existing file is read to tell whether it is a report. */
export const REPORT_HEAD_BYTES = 64 * 1024;

/** The first line of a text report written to a file, with the blank line after it. */
export function textReportHeading(now: Date = new Date()): string {
  return `Made ${now.toISOString()} by ${BIN} ${VERSION}.\n\n`;
}

const MADE = `Made \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?Z by ${BIN} [0-9][^\\s]*\\.`;
/** A JSON string as JSON.stringify writes it on one line. */
const STRING = `"(?:[^"\\\\\\n]|\\\\.)*"`;
const BOOLEAN = "(?:true|false)";
const csvHeaderLine = (header: readonly string[]) => `\uFEFF${header.map(csvField).join(",")}\r\n`;

const SIGNATURES: readonly RegExp[] = [
  new RegExp(`^${MADE}\\n\\n`),
  new RegExp(`^# [^\\n]*\\n\\n${MADE}`),
  new RegExp(
    `^<!DOCTYPE html>\\n<html lang="en">\\n<head>\\n(?:<meta [^\\n]*>\\n)*?<meta name="generator" content="${BIN} [0-9][^"]*">\\n`,
  ),
  new RegExp(`^\\{\\n  "file": ${STRING},\\n  "valid": ${BOOLEAN},\\n  "summary": \\{\\n    "errors": \\d+,\\n`),
  new RegExp(`^\\{\\n  "valid": ${BOOLEAN},\\n  "summary": \\{\\n    "files": \\d+,\\n    "unreadable": \\d+,\\n`),
  new RegExp(
    `^\\{\\n  "file": ${STRING},\\n  "sheets": \\{[^{}]*\\},\\n  "totals": \\{\\n    "categorisationRows": \\d+,\\n`,
  ),
  new RegExp(`^\\{\\n  "old": ${STRING},\\n  "new": ${STRING},\\n  "tabs": \\[`),
  new RegExp(
    `^\\{\\n  "\\$schema": "https://json\\.schemastore\\.org/sarif-2\\.1\\.0\\.json",\\n  "version": "2\\.1\\.0",\\n  "runs": \\[\\n    \\{\\n      "tool": \\{\\n        "driver": \\{\\n          "name": "${BIN}",\\n`,
  ),
];

const CSV_HEADS = [csvHeaderLine(CSV_HEADER), csvHeaderLine(CSV_SUMMARY_HEADER)];

/** Whether `head`, a file's first bytes as text, is the opening of a report cerdc wrote. */
export function isCerdcReport(head: string): boolean {
  return CSV_HEADS.some((line) => head.startsWith(line)) || SIGNATURES.some((signature) => signature.test(head));
}
