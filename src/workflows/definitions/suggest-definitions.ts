/**
 * The suggestions use case, once for the command line and the pane: reads the workbook through the
 * column mapping saved in it and suggests, for the Data Categorisation rows that need one (or every
 * row), the capabilities and categories the framework's definitions and the workbook's own rows
 * point to (src/definitions). Writes nothing.
 */
import type { ReferenceModel } from "../../model/reference-model";
import { readWorkbook, requireKnownTabs } from "../../sheets/parsed-workbook";
import type { WorkbookReader } from "../../workbook/port";
import { suggestRows, type RowSuggestions } from "../../definitions/row-suggestions";
import { readColumnMapping, type SettingsSource } from "../settings/column-mapping";

export interface BookSuggestions {
  /** The Data Categorisation tab's name, or undefined when the workbook has none. */
  sheet: string | undefined;
  rows: RowSuggestions[];
}

export async function readSuggestions(
  reader: WorkbookReader,
  settings: SettingsSource,
  model: ReferenceModel,
  options: { all?: boolean; limit?: number } = {},
): Promise<BookSuggestions> {
  const book = await readWorkbook(reader, await readColumnMapping(settings));
  requireKnownTabs(book);
  const tab = book.categorisation?.headerRow === undefined ? undefined : book.categorisation;
  return { sheet: tab?.sheet, rows: suggestRows(model, tab, options) };
}
