/** Check a workbook: read its tabs through the read port and run every rule. */
import type { ReferenceModel } from "../model/reference-model";
import { consistencyGroups } from "../rules/consistency-groups";
import { reportFor, type ValidationReport } from "../rules/validation-report";
import { applyWaivers, type Waiver } from "../rules/waived-findings";
import { readWorkbook, requireKnownTabs, type ParsedWorkbook, type WorkbookOverrides } from "../sheets/parsed-workbook";
import type { WorkbookReader } from "../workbook/port";

export interface CheckOptions {
  /** The waivers the workbook keeps (waivers.ts readWaivers): findings they match are marked and not counted. */
  waivers?: readonly Waiver[];
  /** Adds the consistency review (cross-row findings by information object) to the report. */
  review?: boolean;
}

/** Throws NoKnownTabsError when the workbook has none of the three tabs. */
export async function checkWorkbook(reader: WorkbookReader, model: ReferenceModel, overrides: WorkbookOverrides = {}, options: CheckOptions = {}): Promise<ValidationReport> {
  const book = await readWorkbook(reader, overrides);
  requireKnownTabs(book);
  return checkParsedWorkbook(book, model, options);
}

/** The check of a workbook already read, for a caller that also needs the parsed tabs (the report's summary). */
export function checkParsedWorkbook(book: ParsedWorkbook, model: ReferenceModel, options: CheckOptions = {}): ValidationReport {
  const report = applyWaivers(book, reportFor(book, model), options.waivers ?? []);
  return options.review === true ? { ...report, consistency: consistencyGroups(book, report.findings, model) } : report;
}
