/**
 * Orders findings for reading and groups them by worksheet: within a sheet errors first, then
 * warnings, then info, each by row and left to right. What must be fixed comes first, and stays on
 * the first page of a long list; within a severity the list follows the sheet as the analyst
 * scrolls it. (By row first, a warning on row 3 came before an error on row 40.)
 */
import { severityOrder, type Finding, type Severity } from "../check/finding";
import { tryParseCellRef } from "../workbook/cell-address";

export interface SheetFindings {
  sheet: string;
  findings: Finding[];
}

function column(finding: Finding): number {
  return tryParseCellRef(finding.cell)?.col ?? 0;
}

function bySeverityThenPosition(a: Finding, b: Finding): number {
  return severityOrder[a.severity] - severityOrder[b.severity] || a.row - b.row || column(a) - column(b);
}

/** Only the severities shown; groups in the order their sheets first appear in the report. */
export function groupBySheet(findings: readonly Finding[], shown: ReadonlySet<Severity>): SheetFindings[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (!shown.has(finding.severity)) continue;
    const group = groups.get(finding.sheet);
    if (group === undefined) groups.set(finding.sheet, [finding]);
    else group.push(finding);
  }
  return [...groups].map(([sheet, list]) => ({ sheet, findings: list.sort(bySeverityThenPosition) }));
}

/** The first `limit` findings of the groups, so a huge report renders quickly; empty groups dropped. */
export function firstFindings(groups: readonly SheetFindings[], limit: number): SheetFindings[] {
  const kept: SheetFindings[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    kept.push({ sheet: group.sheet, findings: group.findings.slice(0, left) });
    left -= group.findings.length;
  }
  return kept;
}
