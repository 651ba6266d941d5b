/**
 * `fix` on bytes: plans the auto-fill and the fixes of the findings on an .xlsx package and applies
 * them through the package editor, which rewrites only the planned cells. No file I/O (the CLI reads
 * and writes the files), so the benchmark and the browser demo can call it too.
 *
 * One truth about fixes: the findings are the check `validate` and the pane make (checkWorkbook,
 * waivers honoured), and their fixes are what `validate` counts as fixable (fixableCounts): with
 * `normalise` every safe fix is applied, with `review` every fix that needs review too, as the
 * pane's Fix applies them. The auto-fill's lookups (and its own canonical spellings) come on top.
 */
import type { CellEdit } from "../autofill/cell-edit";
import { CONFLICT_RULE } from "../autofill/plan-builder";
import { defaultReference } from "../model/default-reference";
import type { ReferenceModel } from "../model/reference-model";
import type { Finding } from "../check/finding";
import { tryParseCellRef } from "../workbook/cell-address";
import { XlsxWorkbookEditor } from "../workbook/xlsx/xlsx-workbook-editor";
import type { InflateRaw } from "../workbook/xlsx/zip-package";
import { applyChanges } from "../workflows/changes/apply-changes";
import { checkWorkbook } from "../workflows/check/check";
import { ReadBudget } from "../workbook/xlsx/read-budget";
import { planFixes } from "../workflows/check/fixes-of-findings";
import { autoFillPlanOf } from "../workflows/changes/plan-auto-fill";
import { withoutOverlaps, type ProposedChange } from "../workflows/changes/proposed-change";

export interface FixOptions {
  normalise: boolean;
  /** Also apply the fixes that need review: "did you mean" replacements and lookups that disagree with a filled cell. */
  review?: boolean;
  /** Defaults to the reference model shipped in seeds/. */
  model?: ReferenceModel;
  /** How to inflate compressed parts; fflate's by default. */
  inflateRaw?: InflateRaw;
  /** The run's memory budget. */
  budget?: ReadBudget;
}

export interface FixResult {
  /** The fixed workbook; the input bytes themselves when there was nothing to write. */
  bytes: Uint8Array;
  /** The fills and canonical spellings written. */
  edits: CellEdit[];
  /** The safe fixes of findings that were written (only with `normalise`): what validate counts as fixable with --normalise. */
  fixed: ProposedChange[];
  /** The fixes needing review that were written (only with `review`). */
  reviewed: ProposedChange[];
  /** Cells left alone: lookups that disagree with a filled cell (unless `review`), and planned writes into formula cells. */
  conflicts: Finding[];
  /** Fixes needing review that were not applied: what `--review-fixes` would add. */
  reviewAvailable: number;
}

function asEdit(change: ProposedChange): CellEdit {
  const { sheet, cell, row, column, value, reason, expected } = change;
  return {
    sheet,
    cell,
    row,
    column,
    value,
    reason,
    kind: change.kind === "normalise" ? "normalise" : "fill",
    previous: expected,
  };
}

function formulaCellFinding(change: ProposedChange, reason: string): Finding {
  return {
    sheet: change.sheet,
    cell: change.cell,
    row: change.row,
    column: change.column,
    rule: CONFLICT_RULE,
    severity: "warning",
    message: `${change.column} looks empty but ${reason}; "${change.value}" was not written.`,
    value: "",
    suggestion: change.value,
  };
}

export async function fixWorkbookBytes(bytes: Uint8Array, options: FixOptions): Promise<FixResult> {
  const editor = new XlsxWorkbookEditor(bytes, options.inflateRaw, options.budget);
  const model = options.model ?? defaultReference();
  // The check validate makes: the tabs read through the saved column mapping, the waivers honoured.
  const { book, report } = await checkWorkbook(editor, model);
  // The planner never targets a cell inside a merged area (ParsedTab.mergedCells), empty or not.
  const plan = autoFillPlanOf(book, model, { normalise: options.normalise });
  // Active findings only: an accepted finding is fixed by nothing.
  const active = report.findings;
  const safeFixes = options.normalise ? planFixes(active, { applicability: "safe" }) : [];
  const review = [...plan.conflicts, ...planFixes(active, { applicability: "review" })];
  const fills = plan.changes.filter((change) => change.kind === "fill");
  const spellings = plan.changes.filter((change) => change.kind !== "fill");
  // Fills first, then the findings' safe fixes (what validate counted), then the auto-fill's own spellings.
  const changes = withoutOverlaps([...fills, ...safeFixes, ...spellings, ...(options.review === true ? review : [])]);
  const outcome = await applyChanges(editor, changes, { label: "fix", source: "cli", record: false });
  const written = new Set(outcome.applied);
  const unapplied = new Set(options.review === true ? [] : plan.conflicts);
  return {
    bytes: editor.bytes,
    edits: inCellOrder(outcome.applied.filter((change) => change.kind === "fill" || change.kind === "normalise")).map(
      asEdit,
    ),
    fixed: inCellOrder(outcome.applied.filter((change) => change.kind === "fix" && change.applicability === "safe")),
    reviewed: inCellOrder(
      outcome.applied.filter(
        (change) => change.kind === "conflict" || (change.kind === "fix" && change.applicability === "review"),
      ),
    ),
    conflicts: [
      ...plan.conflicts.filter((change) => unapplied.has(change)).map((change) => conflictFinding(change)),
      ...outcome.skipped.map(({ change, reason }) => formulaCellFinding(change, reason)),
    ],
    reviewAvailable:
      options.review === true ? 0 : withoutOverlaps(review).filter((change) => !written.has(change)).length,
  };
}

/** Each sheet's edits top to bottom, left to right, as a person reads the report. */
function inCellOrder(changes: ProposedChange[]): ProposedChange[] {
  const column = (change: ProposedChange) => tryParseCellRef(change.cell)?.col ?? 0;
  return [...changes].sort((a, b) => (a.sheet === b.sheet ? a.row - b.row || column(a) - column(b) : 0));
}

function conflictFinding(change: ProposedChange): Finding {
  return {
    sheet: change.sheet,
    cell: change.cell,
    row: change.row,
    column: change.column,
    rule: CONFLICT_RULE,
    severity: "warning",
    message: change.reason,
    value: change.expected,
    suggestion: change.value,
  };
}
