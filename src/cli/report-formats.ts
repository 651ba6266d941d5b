/**
 * validate's document formats (--format markdown|csv|html): the same batch of checked workbooks
 * the text, JSON and SARIF formats print, drawn by the report renderers of src/reports. One
 * validation path, so a report's counts and exit status are validate's.
 */
import { renderReviewDocument, type ReportFormat } from "../reports/report-formats";
import { reviewDocument, workbookReviewOf, type ReviewDocument } from "../reports/review-report";
import { BIN, VERSION } from "./help";
import type { FileOutcome } from "./sarif-report";

export { isReportFormat, REPORT_FORMATS, type ReportFormat } from "../reports/report-formats";

export function reviewDocumentOf(outcomes: readonly FileOutcome[], now: Date = new Date()): ReviewDocument {
  const workbooks = outcomes.flatMap((o) => ("report" in o ? [workbookReviewOf(o.file, o.report)] : []));
  const unreadable = outcomes.flatMap((o) => ("error" in o ? [{ workbook: o.file, error: o.error }] : []));
  return reviewDocument(workbooks, { generatedAt: now, generator: `${BIN} ${VERSION}` }, unreadable);
}

export function renderReport(format: ReportFormat, outcomes: readonly FileOutcome[], now?: Date): string {
  return renderReviewDocument(format, reviewDocumentOf(outcomes, now));
}
