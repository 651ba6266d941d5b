/**
 * The review a report is made of: the workbook read once with its column mapping, checked as the
 * Review view checks it (waivers applied, consistency review) and summarised (src/summary). The
 * command line's report formats and the pane's export both come here, so they report alike.
 */
import type { ReferenceModel } from "../model/reference-model";
import type { ValidationReport } from "../rules/validation-report";
import { summariseWorkbook, type WorkbookSummary } from "../summary/workbook-summary";
import type { WorkbookReader } from "../workbook/port";
import { checkWithSettings } from "./check-with-settings";
import type { SettingsSource } from "./column-mapping";

export interface ReviewWithSummary {
  report: ValidationReport;
  summary: WorkbookSummary;
}

/** Throws NoKnownTabsError when the workbook has none of the three tabs. */
export async function reviewWithSummary(reader: WorkbookReader, settings: SettingsSource, model: ReferenceModel): Promise<ReviewWithSummary> {
  const { book, report } = await checkWithSettings(reader, settings, model, { review: true });
  return { report, summary: summariseWorkbook(book, model) };
}
