/** Check a workbook: read its tabs through the read port and run every rule. */
import type { ReferenceModel } from "../model/reference-model";
import { reportFor, type ValidationReport } from "../rules/validation-report";
import { readWorkbook, requireKnownTabs, type WorkbookOverrides } from "../sheets/parsed-workbook";
import type { WorkbookReader } from "../workbook/port";

/** Throws NoKnownTabsError when the workbook has none of the three tabs. */
export async function checkWorkbook(reader: WorkbookReader, model: ReferenceModel, overrides: WorkbookOverrides = {}): Promise<ValidationReport> {
  const book = await readWorkbook(reader, overrides);
  requireKnownTabs(book);
  return reportFor(book, model);
}
