/**
 * Compare two versions of a workbook: each read with its own column mapping and waivers and checked
 * (checkWorkbook), then diffed by row identity (src/diff). One use case for `cerdc diff` and the
 * pane's Compare view, so both say the same about the same two files.
 */
import { diffWorkbooks, type WorkbookDiff } from "../../diff/workbook-diff";
import type { ReferenceModel } from "../../model/reference-model";
import type { WorkbookReader } from "../../workbook/port";
import { checkWorkbook } from "../check/check";
import type { SettingsSource } from "../settings/column-mapping";
import { failureOfVersion } from "./version-failure";

export interface WorkbookVersion {
  /** The file name, or the pane's name for the open workbook. */
  name: string;
  reader: WorkbookReader;
  settings: SettingsSource;
}

/** Throws NoKnownTabsError when either version has none of the three tabs; any failure names its version. */
export async function compareWorkbooks(
  before: WorkbookVersion,
  after: WorkbookVersion,
  model: ReferenceModel,
): Promise<WorkbookDiff> {
  const old = await checkVersion(before, model);
  const now = await checkVersion(after, model);
  return diffWorkbooks(
    { name: before.name, book: old.book, report: old.report },
    { name: after.name, book: now.book, report: now.report },
  );
}

async function checkVersion(version: WorkbookVersion, model: ReferenceModel): ReturnType<typeof checkWorkbook> {
  try {
    return await checkWorkbook(version, model);
  } catch (error) {
    throw failureOfVersion(version.name, error);
  }
}
