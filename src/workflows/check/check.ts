/**
 * The one check every surface runs: the pane's Check, Review and export, the ribbon, the command
 * line (validate, its report formats, fix), the bench and the tests. It reads the workbook's
 * settings (the column mapping the analyst saved and the waivers the reviewers kept), reads the tabs
 * through that mapping, runs the rules, sets the accepted findings apart, and on request adds the
 * consistency review and the workbook summary. Live mode checks row by row (src/incremental) and
 * builds its report with the same reportOf.
 */
import type { ReferenceModel } from "../../model/reference-model";
import { consistencyGroups } from "../../check/consistency-groups";
import type { Waiver } from "../../check/finding";
import { runRules } from "../../check/run-rules";
import { allFindings, reportOf, type ValidationReport } from "../../check/validation-report";
import {
  readWorkbook,
  requireKnownTabs,
  type ParsedWorkbook,
  type WorkbookOverrides,
} from "../../sheets/parsed-workbook";
import { summariseWorkbook, type WorkbookSummary } from "../../summary/workbook-summary";
import type { WorkbookReader } from "../../workbook/port";
import { readColumnMapping, type SettingsSource } from "../settings/column-mapping";
import { readWaivers } from "../review/waivers";

/**
 * Where a check reads from: the tabs through `reader`, the saved mapping and waivers through
 * `settings` (the pane's writer); a workbook that reads its own settings (an .xlsx file, the
 * in-memory workbook) is given as it is.
 */
export type CheckPorts = { reader: WorkbookReader; settings: SettingsSource } | (WorkbookReader & SettingsSource);

export interface CheckOptions {
  /** Adds the consistency review (cross-row findings by information object) to the report. */
  review?: boolean;
  /** Adds the workbook summary (src/summary) of the tabs the check read. */
  summary?: boolean;
}

export interface WorkbookCheck {
  /** The tabs as read, for a caller that plans from them too (fix, reports). */
  book: ParsedWorkbook;
  report: ValidationReport;
  /** Every waiver the workbook keeps, matched or stale. */
  waivers: Waiver[];
  summary?: WorkbookSummary;
}

/** The workbook's tabs read through `overrides`; throws NoKnownTabsError when it has none of the three. */
export async function readKnownTabs(
  reader: WorkbookReader,
  overrides: WorkbookOverrides = {},
): Promise<ParsedWorkbook> {
  const book = await readWorkbook(reader, overrides);
  requireKnownTabs(book);
  return book;
}

/** Checks the workbook as its settings direct. Throws NoKnownTabsError when it has none of the three tabs. */
export async function checkWorkbook(
  ports: CheckPorts,
  model: ReferenceModel,
  options: CheckOptions & { summary: true },
): Promise<WorkbookCheck & { summary: WorkbookSummary }>;
export async function checkWorkbook(
  ports: CheckPorts,
  model: ReferenceModel,
  options?: CheckOptions,
): Promise<WorkbookCheck>;
export async function checkWorkbook(
  ports: CheckPorts,
  model: ReferenceModel,
  options: CheckOptions = {},
): Promise<WorkbookCheck> {
  const { reader, settings } = "readSettings" in ports ? { reader: ports, settings: ports } : ports;
  const [overrides, waivers] = await Promise.all([readColumnMapping(settings), readWaivers(settings)]);
  const book = await readKnownTabs(reader, overrides);
  const checked = reportOf(book, runRules(book, model), waivers);
  const report =
    options.review === true
      ? { ...checked, consistency: consistencyGroups(book, allFindings(checked), model) }
      : checked;
  return { book, report, waivers, ...(options.summary === true ? { summary: summariseWorkbook(book, model) } : {}) };
}
