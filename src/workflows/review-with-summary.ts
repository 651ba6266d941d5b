/**
 * The review a report is made of: the workbook read once with its column mapping, checked as the
 * Review view checks it (waivers applied, consistency review) and summarised (src/summary). The
 * command line's report formats and the pane's export both come here, so they report alike.
 */
import type { ReferenceModel } from "../model/reference-model";
import type { ValidationReport } from "../rules/validation-report";
import { readWorkbook, requireKnownTabs } from "../sheets/parsed-workbook";
import { summariseWorkbook, type WorkbookSummary } from "../summary/workbook-summary";
import type { WorkbookReader } from "../workbook/port";
import { checkParsedWorkbook } from "./check-workbook";
import { readColumnMapping, type SettingsSource } from "./column-mapping";
import { readWaivers } from "./waivers";

export interface ReviewWithSummary {
  report: ValidationReport;
  summary: WorkbookSummary;
}

/** Throws NoKnownTabsError when the workbook has none of the three tabs. */
export async function reviewWithSummary(reader: WorkbookReader, settings: SettingsSource, model: ReferenceModel): Promise<ReviewWithSummary> {
  const [overrides, waivers] = await Promise.all([readColumnMapping(settings), readWaivers(settings)]);
  const book = await readWorkbook(reader, overrides);
  requireKnownTabs(book);
  return { report: checkParsedWorkbook(book, model, { waivers, review: true }), summary: summariseWorkbook(book, model) };
}
