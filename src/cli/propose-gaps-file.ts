/**
 * Propose gaps on bytes, for the command line: plans the gap rows on an .xlsx package (through the
 * column mapping the pane saved in it) and, when asked, writes them through the package editor,
 * which rewrites only those cells and carries every other part over byte for byte. No file I/O.
 */
import { defaultReference } from "../model/default-reference";
import type { ReferenceModel } from "../model/reference-model";
import { XlsxWorkbookEditor } from "../workbook/xlsx/xlsx-workbook-editor";
import type { InflateRaw } from "../workbook/xlsx/zip-package";
import type { ReadBudget } from "../workbook/xlsx/read-budget";
import { applyChanges, type ApplyOutcome } from "../workflows/changes/apply-changes";
import { readColumnMapping } from "../workflows/settings/column-mapping";
import { planProposedGaps, type GapPlan } from "../workflows/gaps/propose-gaps";

export interface ProposeGapsFileOptions {
  /** Write the proposed rows; without it nothing is written (a dry run). */
  write: boolean;
  model?: ReferenceModel;
  inflateRaw?: InflateRaw;
  budget?: ReadBudget;
}

export interface ProposeGapsFileResult extends GapPlan {
  /** The workbook with the rows added; the input bytes themselves on a dry run or with nothing to add. */
  bytes: Uint8Array;
  /** What was written, when `write`. */
  outcome?: ApplyOutcome;
}

export async function proposeGapsInBytes(
  bytes: Uint8Array,
  options: ProposeGapsFileOptions,
): Promise<ProposeGapsFileResult> {
  const editor = new XlsxWorkbookEditor(bytes, options.inflateRaw, options.budget);
  // A dry run lists the gaps of a workbook without the tab too; writing needs the tab.
  const plan = await planProposedGaps(editor, options.model ?? defaultReference(), await readColumnMapping(editor), {
    withoutTab: !options.write,
  });
  if (!options.write || plan.changes.length === 0) return { ...plan, bytes };
  const outcome = await applyChanges(editor, plan.changes, { label: "Propose gaps", source: "cli", record: false });
  return { ...plan, bytes: editor.bytes, outcome };
}
