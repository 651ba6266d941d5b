/**
 * The validation report, after Frictionless Data's: whether the workbook is valid (no errors), a
 * summary by severity, what was found of each tab, and the findings. The CLI's JSON, its text
 * output and the task pane all render this one shape.
 */
import type { ParsedTab } from "../sheets/parsed-tab";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import { tabDefinitions, canonicalHeader } from "../sheets/tab-definitions";
import type { ConsistencyGroup } from "./consistency-groups";
import type { Finding, Waiver } from "./finding";
import { setWaivedApart } from "./waived-findings";

export interface SheetSummary {
  /** The tab's canonical name. */
  tab: string;
  /** The worksheet that holds it, or null when the workbook has no such tab. */
  sheet: string | null;
  headerRow: number | null;
  rows: number;
  /** Canonical column -> the header the workbook uses for it. */
  columns: Record<string, string>;
  missingColumns: string[];
}

export interface ValidationReport {
  valid: boolean;
  /** Counts of findings not waived; `waived` is there when the workbook keeps waivers. */
  summary: {
    errors: number;
    warnings: number;
    info: number;
    waived?: number;
    /** Findings left out as in the baseline (validate --baseline). */ baseline?: number;
  };
  sheets: SheetSummary[];
  /** The findings that count: no waiver accepts them. Counts, fixes, Fix all and highlights read these alone. */
  findings: Finding[];
  /** The findings a waiver accepts, each marked `waived` (present when the workbook keeps waivers). */
  waivedFindings?: Finding[];
  /** Waivers no finding matches any more (present when the workbook keeps waivers). */
  staleWaivers?: Waiver[];
  /** The consistency review: cross-row findings grouped by information object (when asked for). */
  consistency?: ConsistencyGroup[];
}

function summariseTab(name: string, tab: ParsedTab | undefined): SheetSummary {
  if (tab === undefined) return { tab: name, sheet: null, headerRow: null, rows: 0, columns: {}, missingColumns: [] };
  const columns: Record<string, string> = {};
  for (const column of tab.definition.columns) {
    const header = (tab.headers as Partial<Record<string, string>>)[column.key];
    if (header !== undefined) columns[column.header] = header;
  }
  return {
    tab: name,
    sheet: tab.sheet,
    headerRow: tab.headerRow ?? null,
    rows: tab.rows.length,
    columns,
    missingColumns: tab.missingRequired.map((key) => canonicalHeader(tab.definition, key)),
  };
}

/**
 * The report of findings made (by the rules over the whole workbook, or incrementally by live
 * mode), the ones the workbook's waivers accept set apart: they leave the counts (a waived error no
 * longer makes the workbook invalid), `summary.waived` counts them and `staleWaivers` lists the
 * waivers no finding matched. Without waivers the report has neither key, so its shape is unchanged.
 * The check itself is src/workflows/check/check.ts.
 */
export function reportOf(book: ParsedWorkbook, findings: Finding[], waivers: readonly Waiver[] = []): ValidationReport {
  const apart = setWaivedApart(book, findings, waivers);
  const summary = { errors: 0, warnings: 0, info: 0 };
  for (const finding of apart.active) {
    if (finding.severity === "error") summary.errors++;
    else if (finding.severity === "warning") summary.warnings++;
    else summary.info++;
  }
  const tabs: Array<ParsedTab | undefined> = [book.categorisation, book.gaps, book.options];
  const sheets = tabDefinitions.map((definition, i) => summariseTab(definition.name, tabs[i]));
  if (waivers.length === 0) return { valid: summary.errors === 0, summary, sheets, findings: apart.active };
  return {
    valid: summary.errors === 0,
    summary: { ...summary, waived: apart.waived.length },
    sheets,
    findings: apart.active,
    waivedFindings: apart.waived,
    staleWaivers: apart.stale,
  };
}

/** The active findings and then the accepted ones: what the consistency review groups and the exports list (marked). */
export function allFindings(report: ValidationReport): Finding[] {
  return report.waivedFindings === undefined || report.waivedFindings.length === 0
    ? report.findings
    : [...report.findings, ...report.waivedFindings];
}
