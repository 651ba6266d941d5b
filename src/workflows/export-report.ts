/**
 * Export the review as a report (Markdown, CSV or a web page): the Review view's check (waivers
 * and consistency review included), as one document rendered by src/reports, with the file name
 * and type to save it under. The pane saves or copies the text; this only makes it.
 */
import { renderReviewDocument, REPORT_FILE, type ReportFormat } from "../reports/report-formats";
import { reviewDocument, workbookReviewOf } from "../reports/review-report";
import type { ReviewActions } from "./review-actions";

export interface ExportedReport {
  format: ReportFormat;
  /** cer-review-2026-12-02.html */
  fileName: string;
  mimeType: string;
  text: string;
  /** Findings in the report, accepted ones included. */
  findings: number;
}

export interface ReportActions {
  exportReport: (format: ReportFormat) => Promise<ExportedReport>;
}

export interface ExportOptions {
  /** How the report names the workbook; the pane does not know the file's name. */
  workbook?: string;
  generator?: string;
  now?: () => Date;
}

export function reportActions(review: ReviewActions["review"], options: ExportOptions = {}): ReportActions {
  return {
    exportReport: async (format) => {
      const { report } = await review();
      const now = (options.now ?? (() => new Date()))();
      const workbook = workbookReviewOf(options.workbook ?? "This workbook", report);
      const text = renderReviewDocument(format, reviewDocument([workbook], { generatedAt: now, generator: options.generator ?? "the CER Data Categorisation add-in" }));
      const { extension, mimeType } = REPORT_FILE[format];
      return { format, fileName: `cer-review-${now.toISOString().slice(0, 10)}.${extension}`, mimeType, text, findings: workbook.findings.length };
    },
  };
}
