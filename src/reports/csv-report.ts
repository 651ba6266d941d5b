/**
 * The findings as CSV, one row per finding, for a spreadsheet or a script: RFC 4180 (every field in
 * double quotes, quotes doubled, CRLF between records, line breaks kept inside quoted fields) and
 * every text field made spreadsheet-safe, since the file is meant to be opened in one. The file
 * starts with a UTF-8 byte order mark: without it Excel on Windows reads a CSV in the local code
 * page and garbles anything beyond ASCII (an en dash, Arabic or Hebrew text, an emoji); with it
 * Excel, LibreOffice, Google Sheets and pandas ("utf-8-sig") all read UTF-8. A script that does not
 * want it strips the first three bytes (`{ bom: false }` here).
 *
 * Only findings go in (the accepted ones marked, with who, why and when): a CSV holds one table.
 * The workbook summary's counts are their own CSV (csv-summary-report.ts); the stale waivers and
 * the consistency review are in the Markdown and HTML reports.
 */
import { FINDING_COLUMNS, SEVERITY_LABEL } from "./report-wording";
import type { ReviewDocument } from "./review-report";
import { spreadsheetSafeText } from "./spreadsheet-safe-text";

export const BOM = "\uFEFF";

export const CSV_HEADER = ["Workbook", ...FINDING_COLUMNS, "Accepted by", "Reason", "Accepted at"] as const;

/** One field: numbers as they are, text spreadsheet-safe; always quoted, quotes doubled (RFC 4180). */
export function csvField(value: string | number): string {
  const text = typeof value === "number" ? String(value) : spreadsheetSafeText(value);
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvReport(document: ReviewDocument, options: { bom?: boolean } = {}): string {
  const records: Array<ReadonlyArray<string | number>> = [CSV_HEADER];
  for (const review of document.workbooks) {
    for (const f of review.findings) {
      records.push([
        review.workbook,
        f.sheet,
        f.cell,
        f.row,
        f.column,
        f.rule,
        SEVERITY_LABEL[f.severity],
        f.waived === undefined ? "No" : "Yes",
        f.message,
        f.value,
        f.suggestion ?? "",
        f.waived?.by ?? "",
        f.waived?.reason ?? "",
        f.waived?.at ?? "",
      ]);
    }
  }
  const body = records.map((record) => record.map(csvField).join(",")).join("\r\n") + "\r\n";
  return (options.bom === false ? "" : BOM) + body;
}
