/**
 * The validation report, after Frictionless Data's: whether the workbook is valid (no errors), a
 * summary by severity, what was found of each tab, and the findings. The CLI's JSON, its text
 * output and the task pane all render this one shape.
 */
import type { ReferenceModel } from "../model/reference-model";
import type { ParsedTab } from "../sheets/parsed-tab";
import { readWorkbook, requireKnownTabs, type ParsedWorkbook, type WorkbookOverrides } from "../sheets/parsed-workbook";
import { tabDefinitions, canonicalHeader } from "../sheets/tab-definitions";
import type { WorkbookReader } from "../workbook/port";
import type { ConsistencyGroup } from "./consistency-groups";
import type { Finding } from "./finding";
import { runRules } from "./run-rules";
import type { Waiver } from "./waived-findings";

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
  summary: { errors: number; warnings: number; info: number; waived?: number; /** Findings left out as in the baseline (validate --baseline). */ baseline?: number };
  sheets: SheetSummary[];
  findings: Finding[];
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

export function reportFor(book: ParsedWorkbook, model: ReferenceModel): ValidationReport {
  return reportOf(book, runRules(book, model));
}

/** The report of findings already made (live mode makes them incrementally). */
export function reportOf(book: ParsedWorkbook, findings: Finding[]): ValidationReport {
  const summary = { errors: 0, warnings: 0, info: 0 };
  for (const finding of findings) {
    if (finding.severity === "error") summary.errors++;
    else if (finding.severity === "warning") summary.warnings++;
    else summary.info++;
  }
  const tabs: Array<ParsedTab | undefined> = [book.categorisation, book.gaps, book.options];
  return {
    valid: summary.errors === 0,
    summary,
    sheets: tabDefinitions.map((definition, i) => summariseTab(definition.name, tabs[i])),
    findings,
  };
}

/** Reads the workbook's tabs through the port and checks them; throws NoKnownTabsError when it has none. */
export async function validateWorkbook(
  reader: WorkbookReader,
  model: ReferenceModel,
  overrides: WorkbookOverrides = {},
): Promise<ValidationReport> {
  const book = await readWorkbook(reader, overrides);
  requireKnownTabs(book);
  return reportFor(book, model);
}
