/**
 * `fix` on bytes: reads the workbook, plans the auto-fill, writes the plan into a copy of the package
 * and returns the new bytes with what was done. No file I/O (the CLI reads and writes the files), so
 * the benchmark and a browser demo can call it too.
 */
import { planFills } from "../../autofill/plan-fills";
import type { CellEdit } from "../../autofill/cell-edit";
import { CONFLICT_RULE } from "../../autofill/plan-builder";
import { defaultReference } from "../../model/default-reference";
import type { ReferenceModel } from "../../model/reference-model";
import type { Finding } from "../../rules/finding";
import { readWorkbook, requireKnownTabs } from "../../sheets/parsed-workbook";
import { CachingZipPackage } from "./caching-zip-package";
import type { InflateRaw } from "./zip-package";
import { applyXlsxCellEdits } from "./xlsx-cell-edits";
import { openPackage, XlsxWorkbook } from "./xlsx-workbook";

export interface FixOptions {
  normalise: boolean;
  /** Defaults to the reference model shipped in seeds/. */
  model?: ReferenceModel;
  /** How to inflate compressed parts; fflate's by default. */
  inflateRaw?: InflateRaw;
}

export interface FixResult {
  /** The fixed workbook; the input bytes themselves when there was nothing to write. */
  bytes: Uint8Array;
  /** The edits written. */
  edits: CellEdit[];
  /** Cells left alone: lookups that disagree with a filled cell, and planned fills into formula cells. */
  conflicts: Finding[];
}

export async function fixWorkbookBytes(bytes: Uint8Array, options: FixOptions): Promise<FixResult> {
  // A caching package: the sheets read to plan the fills are the ones then edited.
  const { zip, parts } = openPackage(bytes, (b) => new CachingZipPackage(b, options.inflateRaw));
  const workbook = new XlsxWorkbook(zip, parts);
  const book = await readWorkbook(workbook);
  requireKnownTabs(book);
  // The planner never targets a cell inside a merged area (ParsedTab.mergedCells), empty or not.
  const plan = planFills(book, options.model ?? defaultReference(), { normalise: options.normalise });
  const result = applyXlsxCellEdits(zip, parts, bytes, plan.edits);
  const formulaCells: Finding[] = result.skipped.map(({ edit, reason }) => ({
    sheet: edit.sheet,
    cell: edit.cell,
    row: edit.row,
    column: edit.column,
    rule: CONFLICT_RULE,
    severity: "warning",
    message: `${edit.column} looks empty but ${reason}; "${edit.value}" was not written.`,
    value: "",
    suggestion: edit.value,
  }));
  return { bytes: result.bytes, edits: result.applied, conflicts: [...plan.conflicts, ...formulaCells] };
}
