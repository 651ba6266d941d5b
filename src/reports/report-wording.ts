/** The words the three renderers share, so a Markdown, CSV and HTML report of one review read alike. */
import type { Severity } from "../check/finding";
import { plural } from "../text/plural";
import type { WorkbookReview } from "./review-report";

export const SEVERITY_LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

/** The day of an ISO time (2026-12-02), as the pane shows a waiver's date. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** "Errors to fix" or "No errors found", as the pane's summary bar says it. */
export function verdictOf(review: WorkbookReview): string {
  return review.valid ? "No errors found" : "Errors to fix";
}

/** "2 errors, 3 warnings, 1 info; 1 accepted finding; 0 stale waivers; 1 information object whose rows disagree". */
export function countsLine(review: WorkbookReview): string {
  const { errors, warnings, info, accepted, staleWaivers, inconsistentObjects } = review.counts;
  return [
    `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${info} info`,
    plural(accepted, "accepted finding"),
    plural(staleWaivers, "stale waiver"),
    `${plural(inconsistentObjects, "information object")} whose rows disagree`,
  ].join("; ");
}

/** What one tab of the workbook held: "header row 1, 12 rows", "no header row found" or "not in this workbook". */
export function tabLine(sheet: WorkbookReview["sheets"][number]): string {
  if (sheet.sheet === null) return "not in this workbook";
  if (sheet.headerRow === null) return "no header row found";
  return `header row ${sheet.headerRow}, ${plural(sheet.rows, "row")}`;
}

/** The columns of the findings table, in the CSV's order (the CSV adds the workbook and the waiver's details). */
export const FINDING_COLUMNS = [
  "Sheet",
  "Cell",
  "Row",
  "Column",
  "Rule",
  "Severity",
  "Waived",
  "Message",
  "Value",
  "Suggestion",
] as const;
