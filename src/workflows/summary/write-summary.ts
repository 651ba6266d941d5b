/**
 * The Summary, once: read the tabs (through the analyst's column mapping), count them
 * (summary/workbook-summary.ts), and on request write the Summary tab: native tables, charts and the
 * capability heat map on a sheet the add-in owns. The add-in knows its sheet by the id it keeps in
 * the workbook's settings, so a rename keeps it and a "Summary" tab of the analyst's own is never
 * written over: the add-in then makes "CER Summary" instead. Refresh rewrites the add-in's sheet
 * whole and touches no other.
 */
import type { ReferenceModel } from "../../model/reference-model";
import type { WorkbookOverrides } from "../../sheets/parsed-workbook";
import { readKnownTabs } from "../check/check";
import { summarySheetLayout } from "../../summary/summary-sheet-layout";
import { summariseWorkbook, type WorkbookSummary } from "../../summary/workbook-summary";
import type { WorkbookReader, WorkbookReportSheets, WorkbookWriter } from "../../workbook/port";
import { SUMMARY_SHEET_KEY, SUMMARY_SHEET_NAMES } from "../settings/summary-sheet-setting";

export { SUMMARY_SHEET_KEY, SUMMARY_SHEET_NAMES };

export interface SummaryWritten {
  /** The sheet written, as it is named now. */
  sheet: string;
  /** Whether the sheet was made now (else an earlier one was rewritten). */
  created: boolean;
  summary: WorkbookSummary;
}

export interface SummaryPorts {
  reader: WorkbookReader;
  writer: Pick<WorkbookWriter, "readSettings" | "write">;
  sheets: WorkbookReportSheets;
}

/** Throws NoKnownTabsError when the workbook has none of the three tabs. */
export async function readSummary(
  reader: WorkbookReader,
  model: ReferenceModel,
  overrides: WorkbookOverrides = {},
): Promise<WorkbookSummary> {
  return summariseWorkbook(await readKnownTabs(reader, overrides), model);
}

/** "2026-12-02 07:10 UTC": the same in every time zone, so two analysts' tabs compare. */
export function refreshedAt(now: Date): string {
  return `${now.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

function ownedSheet(value: unknown): { id: string; name: string } | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { id, name } = value as Record<string, unknown>;
  return typeof id === "string" && typeof name === "string" ? { id, name } : undefined;
}

export async function writeSummary(
  ports: SummaryPorts,
  model: ReferenceModel,
  options: { overrides?: WorkbookOverrides; now?: Date } = {},
): Promise<SummaryWritten> {
  const summary = await readSummary(ports.reader, model, options.overrides);
  const record = (await ports.writer.readSettings([SUMMARY_SHEET_KEY]))[SUMMARY_SHEET_KEY];
  const owned = ownedSheet(record);
  const content = summarySheetLayout(summary, { refreshedAt: refreshedAt(options.now ?? new Date()) });
  // The claim comes before the sheet: if Excel fails after adding it, the next write knows to look
  // for the sheet it began (adoptBegun) rather than leave it and make a "CER Summary" beside it.
  if (record === undefined) await ports.writer.write({ settings: { [SUMMARY_SHEET_KEY]: { begun: true } }, cells: [] });
  const written = await ports.sheets.writeReportSheet(content, {
    ...(owned === undefined ? {} : { ownedId: owned.id }),
    names: SUMMARY_SHEET_NAMES,
    adoptBegun: record !== undefined,
  });
  if (owned?.id !== written.id || owned.name !== written.name) {
    await ports.writer.write({ settings: { [SUMMARY_SHEET_KEY]: { id: written.id, name: written.name } }, cells: [] });
  }
  return { sheet: written.name, created: owned?.id !== written.id, summary };
}
