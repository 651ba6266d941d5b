/**
 * The review as one document, the model every export renders (after Great Expectations' Data Docs:
 * one result, drawn as Markdown, CSV or a web page). Built from the validation report alone (its
 * findings with the waived ones marked, its stale waivers and its consistency review), plus the
 * workbook summary when there is one. Pure and serialisable; one document may hold several
 * workbooks (a batch from the command line) and the ones that could not be read.
 */
import type { ConsistencyGroup } from "../check/consistency-groups";
import { severityOrder, type Finding, type Waiver, type WaiverNote } from "../check/finding";
import { allFindings, type SheetSummary, type ValidationReport } from "../check/validation-report";
import { waiverRowLabel } from "../check/waived-findings";
import type { ReportSummarySection } from "./report-summary-section";

/** A finding a reviewer accepted: where it is, what it says, and who accepted it, why and when. */
export interface AcceptedFinding extends WaiverNote {
  sheet: string;
  cell: string;
  rule: string;
  severity: Finding["severity"];
  message: string;
}

/** A waiver no finding matches any more, with the row it was kept for in words. */
export interface StaleWaiver extends WaiverNote {
  rule: string;
  tab: string;
  column: string;
  /** "use case / activity / object", the Gap ID or Option ID, or "header". */
  row: string;
}

export interface WorkbookReview {
  /** The file, or the pane's name for the open workbook. */
  workbook: string;
  valid: boolean;
  /** Open findings by severity (waived ones are not counted), and the waived and stale waivers. */
  counts: {
    errors: number;
    warnings: number;
    info: number;
    accepted: number;
    staleWaivers: number;
    inconsistentObjects: number;
  };
  sheets: SheetSummary[];
  /** Every finding, the accepted ones marked with `waived`: by tab as the report gives them, then severity, then row. */
  findings: Finding[];
  accepted: AcceptedFinding[];
  staleWaivers: StaleWaiver[];
  consistency: ConsistencyGroup[];
  summary?: ReportSummarySection;
}

export interface ReviewDocument {
  title: string;
  /** ISO time the document was made. */
  generatedAt: string;
  /** What made it: "cerdc 0.1.0", "CER Data Categorisation add-in". */
  generator: string;
  workbooks: WorkbookReview[];
  /** Workbooks of a batch that could not be read, each with its one-line reason. */
  unreadable: Array<{ workbook: string; error: string }>;
}

const TAB_NAMES: Record<Waiver["tab"], string> = {
  categorisation: "Data Categorisation",
  gaps: "Distinct Gap Analysis",
  options: "Options",
};

function staleWaiverOf(waiver: Waiver): StaleWaiver {
  return {
    rule: waiver.rule,
    tab: TAB_NAMES[waiver.tab] ?? waiver.tab,
    column: waiver.column,
    row: waiverRowLabel(waiver),
    by: waiver.by,
    reason: waiver.reason,
    at: waiver.at,
  };
}

/** Findings in reading order: tabs as the report lists them, errors before warnings before info, then by row. */
function ordered(report: ValidationReport): Finding[] {
  const tabOrder = new Map(report.sheets.flatMap((s, i) => (s.sheet === null ? [] : [[s.sheet, i] as const])));
  return allFindings(report)
    .map((finding, i) => ({ finding, i }))
    .sort(
      (a, b) =>
        (tabOrder.get(a.finding.sheet) ?? Infinity) - (tabOrder.get(b.finding.sheet) ?? Infinity) ||
        severityOrder[a.finding.severity] - severityOrder[b.finding.severity] ||
        a.finding.row - b.finding.row ||
        a.i - b.i,
    )
    .map(({ finding }) => finding);
}

export function workbookReviewOf(
  workbook: string,
  report: ValidationReport,
  summary?: ReportSummarySection,
): WorkbookReview {
  const findings = ordered(report);
  const accepted = findings.flatMap((f) =>
    f.waived === undefined
      ? []
      : [
          {
            sheet: f.sheet,
            cell: f.cell,
            rule: f.rule,
            severity: f.severity,
            message: f.message,
            by: f.waived.by,
            reason: f.waived.reason,
            at: f.waived.at,
          },
        ],
  );
  const staleWaivers = (report.staleWaivers ?? []).map(staleWaiverOf);
  const consistency = report.consistency ?? [];
  return {
    workbook,
    valid: report.valid,
    counts: {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      info: report.summary.info,
      accepted: accepted.length,
      staleWaivers: staleWaivers.length,
      inconsistentObjects: consistency.length,
    },
    sheets: report.sheets,
    findings,
    accepted,
    staleWaivers,
    consistency,
    ...(summary === undefined ? {} : { summary }),
  };
}

export interface DocumentAbout {
  generatedAt: Date;
  generator: string;
  /** Defaults to "CER data categorisation review: <workbook>" for one workbook. */
  title?: string;
}

export function reviewDocument(
  workbooks: WorkbookReview[],
  about: DocumentAbout,
  unreadable: ReviewDocument["unreadable"] = [],
): ReviewDocument {
  const only = workbooks.length === 1 && unreadable.length === 0 ? workbooks[0] : undefined;
  const count = workbooks.length + unreadable.length;
  const title =
    about.title ??
    (only !== undefined
      ? `CER data categorisation review: ${only.workbook}`
      : `CER data categorisation review: ${count} workbook${count === 1 ? "" : "s"}`);
  return { title, generatedAt: about.generatedAt.toISOString(), generator: about.generator, workbooks, unreadable };
}
