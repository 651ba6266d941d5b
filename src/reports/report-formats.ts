/**
 * The three formats a review exports to, each with the file it makes, and the one switch from a
 * format to its renderer, shared by the command line and the pane's export.
 */
import { csvReport } from "./csv-report";
import { csvSummaryReport } from "./csv-summary-report";
import { htmlReport } from "./html-report";
import { markdownReport } from "./markdown-report";
import type { ReviewDocument } from "./review-report";

/** csv is one row per finding; csv-summary the workbook summary's counts, since a CSV holds one table. */
export const REPORT_FORMATS = ["markdown", "csv", "csv-summary", "html"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_FILE: Record<ReportFormat, { label: string; extension: string; mimeType: string }> = {
  html: { label: "Web page (HTML)", extension: "html", mimeType: "text/html;charset=utf-8" },
  markdown: { label: "Markdown", extension: "md", mimeType: "text/markdown;charset=utf-8" },
  csv: { label: "CSV (findings)", extension: "csv", mimeType: "text/csv;charset=utf-8" },
  "csv-summary": { label: "CSV (summary counts)", extension: "summary.csv", mimeType: "text/csv;charset=utf-8" },
};

export function isReportFormat(format: string): format is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(format);
}

export function renderReviewDocument(format: ReportFormat, document: ReviewDocument): string {
  if (format === "csv") return csvReport(document);
  if (format === "csv-summary") return csvSummaryReport(document);
  if (format === "html") return htmlReport(document);
  return markdownReport(document);
}
