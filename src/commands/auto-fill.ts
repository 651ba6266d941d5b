/**
 * What the ribbon's Auto-fill button does, free of Office.js: plan the lookups and apply only the
 * safe fills (empty cells), never a conflict, as one revertible batch; return the sentence the
 * analyst is shown, since a ribbon command has no pane to show it in.
 */
import { plural } from "../text/plural";
import type { WorkbookActions } from "../app/workbook-actions";

export async function autoFillSafe({
  planAutoFill,
  apply,
}: Pick<WorkbookActions, "planAutoFill" | "apply">): Promise<string> {
  const plan = await planAutoFill();
  const review =
    plan.conflicts.length === 0
      ? ""
      : ` ${plan.conflicts.length} filled ${plan.conflicts.length === 1 ? "cell disagrees" : "cells disagree"} with ${plan.conflicts.length === 1 ? "its" : "their"} lookup: open the pane's Auto-fill view to review ${plan.conflicts.length === 1 ? "it" : "them"}.`;
  if (plan.changes.length === 0) return `Nothing to fill: every lookup is already filled in.${review}`;
  const outcome = await apply(plan.changes, `Auto-fill from the ribbon: ${plan.changes.length} cells`);
  const filled = outcome.applied.length;
  const stale =
    outcome.stale.length === 0
      ? ""
      : ` ${outcome.stale.length} changed while planning and ${outcome.stale.length === 1 ? "was" : "were"} left alone.`;
  return `Filled ${plural(filled, "empty cell")}. To undo, open the pane's History and choose Revert.${stale}${review}`;
}
