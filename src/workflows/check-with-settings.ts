/**
 * The check as the workbook's own settings direct it: its tabs read through the column mapping the
 * analyst saved, and the findings its waivers accept marked and not counted. One place for the pane's
 * Check and Review, the reports and the command line, which read a file's settings the same way.
 */
import type { ReferenceModel } from "../model/reference-model";
import type { ValidationReport } from "../rules/validation-report";
import type { Waiver } from "../rules/waived-findings";
import { readWorkbook, requireKnownTabs, type ParsedWorkbook } from "../sheets/parsed-workbook";
import type { WorkbookReader } from "../workbook/port";
import { checkParsedWorkbook } from "./check-workbook";
import { readColumnMapping, type SettingsSource } from "./column-mapping";
import { readWaivers } from "./waivers";

export interface CheckedWithSettings {
  book: ParsedWorkbook;
  report: ValidationReport;
  waivers: Waiver[];
}

/** Throws NoKnownTabsError when the workbook has none of the three tabs. */
export async function checkWithSettings(reader: WorkbookReader, settings: SettingsSource, model: ReferenceModel, options: { review?: boolean } = {}): Promise<CheckedWithSettings> {
  const [overrides, waivers] = await Promise.all([readColumnMapping(settings), readWaivers(settings)]);
  const book = await readWorkbook(reader, overrides);
  requireKnownTabs(book);
  return { book, report: checkParsedWorkbook(book, model, { waivers, ...options }), waivers };
}
