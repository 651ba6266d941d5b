/**
 * validate's document formats (--format markdown|csv|html): the same batch of checked workbooks
 * the text, JSON and SARIF formats print, drawn by the report renderers of src/reports. One
 * validation path, so a report's counts and exit status are validate's.
 */
import { renderReviewDocument, type ReportFormat } from "../reports/report-formats";
import { reviewDocument, workbookReviewOf, type ReviewDocument } from "../reports/review-report";
import { summarySectionOf } from "../reports/summary-section-of";
import type { WorkbookSummary } from "../summary/workbook-summary";
import { BIN, VERSION } from "./help";
import type { FileOutcome } from "./sarif-report";

export { isReportFormat, REPORT_FORMATS, type ReportFormat } from "../reports/report-formats";

/** The document of a batch; `summaries` holds each readable workbook's summary, by file. */
export function reviewDocumentOf(
  outcomes: readonly FileOutcome[],
  summaries: ReadonlyMap<string, WorkbookSummary> = new Map(),
  now: Date = new Date(),
): ReviewDocument {
  const workbooks = outcomes.flatMap((o) => {
    if (!("report" in o)) return [];
    const summary = summaries.get(o.file);
    return [workbookReviewOf(o.file, o.report, summary === undefined ? undefined : summarySectionOf(summary))];
  });
  const unreadable = outcomes.flatMap((o) => ("error" in o ? [{ workbook: o.file, error: o.error }] : []));
  return reviewDocument(workbooks, { generatedAt: now, generator: `${BIN} ${VERSION}` }, unreadable);
}

export function renderReport(
  format: ReportFormat,
  outcomes: readonly FileOutcome[],
  summaries?: ReadonlyMap<string, WorkbookSummary>,
  now?: Date,
): string {
  return renderReviewDocument(format, reviewDocumentOf(outcomes, summaries, now));
}
