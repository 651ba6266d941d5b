/**
 * `cerdc summary --write` on bytes: counts an .xlsx package as the add-in does and adds the Summary
 * as a new sheet of plain cells (the same layout, without tables, charts or colours), every other
 * part of the package carried over byte for byte. It never replaces a sheet: the name is "Summary",
 * else "CER Summary", else the first free "CER Summary N". No file I/O (the CLI reads and writes).
 */
import { defaultReference } from "../model/default-reference";
import type { ReferenceModel } from "../model/reference-model";
import { summarySheetLayout } from "../summary/summary-sheet-layout";
import { blocksAsRows } from "../summary/summary-sheet-grid";
import type { WorkbookSummary } from "../summary/workbook-summary";
import { freeSheetName } from "../workbook/free-sheet-name";
import { addPlainSheet } from "../workbook/xlsx/xlsx-add-sheet";
import { openXlsx } from "../workbook/xlsx/xlsx-workbook";
import type { InflateRaw } from "../workbook/xlsx/zip-package";
import { readColumnMapping } from "../workflows/settings/column-mapping";
import { readSummary, refreshedAt, SUMMARY_SHEET_NAMES } from "../workflows/summary/write-summary";

export interface SummaryFileResult {
  bytes: Uint8Array;
  /** The sheet added. */
  sheet: string;
  summary: WorkbookSummary;
}

export async function addSummarySheet(
  bytes: Uint8Array,
  options: { model?: ReferenceModel; inflateRaw?: InflateRaw; now?: Date } = {},
): Promise<SummaryFileResult> {
  const book = openXlsx(bytes, options.inflateRaw === undefined ? {} : { inflateRaw: options.inflateRaw });
  const summary = await readSummary(book, options.model ?? defaultReference(), await readColumnMapping(book));
  const layout = summarySheetLayout(summary, {
    refreshedAt: refreshedAt(options.now ?? new Date()),
    writtenBy:
      "Written by cerdc summary --write as plain cells; the add-in writes this tab with native tables, charts and a coloured heat map.",
  });
  const sheet = freeSheetName(SUMMARY_SHEET_NAMES, await book.sheetNames());
  return {
    bytes: addPlainSheet(bytes, { name: sheet, rows: blocksAsRows(layout.blocks) }, options.inflateRaw),
    sheet,
    summary,
  };
}
