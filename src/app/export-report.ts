/**
 * Export the review as a report (a web page, Markdown, or CSV of the findings or of the summary):
 * the Review view's check (waivers and consistency review included) and the workbook summary, as
 * one document rendered by src/reports, with the file name and type to save it under. The pane
 * saves or copies the text; this only makes it. Bound to its ports once, as review-actions.ts is.
 */
import { renderReviewDocument, REPORT_FILE, type ReportFormat } from "../reports/report-formats";
import { reviewDocument, workbookReviewOf } from "../reports/review-report";
import { summarySectionOf } from "../reports/summary-section-of";
import { boundPorts, type ActionPorts } from "./workbook-actions";

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
  /** How the report names the workbook, or how to find out (undefined when unknown: "This workbook"). */
  workbook?: string | (() => string | undefined);
  generator?: string;
  now?: () => Date;
}

export function reportActions(ports: ActionPorts, options: ExportOptions = {}): ReportActions {
  const { checkPorts } = boundPorts(ports);
  return {
    exportReport: async (format) => {
      const { checkWorkbook } = await import("../workflows/check/check");
      // The Review view's check (waivers, consistency review) and the summary of the tabs it read.
      const { report, summary } = await checkWorkbook(await checkPorts(), await ports.model(), {
        review: true,
        summary: true,
      });
      const now = (options.now ?? (() => new Date()))();
      const name = typeof options.workbook === "function" ? options.workbook() : options.workbook;
      const workbook = workbookReviewOf(name ?? "This workbook", report, summarySectionOf(summary));
      const text = renderReviewDocument(
        format,
        reviewDocument([workbook], {
          generatedAt: now,
          generator: options.generator ?? "the CER Data Categorisation add-in",
        }),
      );
      const { extension, mimeType } = REPORT_FILE[format];
      return {
        format,
        fileName: `cer-review-${now.toISOString().slice(0, 10)}.${extension}`,
        mimeType,
        text,
        findings: workbook.findings.length,
      };
    },
  };
}
