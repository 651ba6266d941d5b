/**
 * Plan auto-fill: every lookup that can fill an empty cell (safe), with `normalise` the canonical
 * spellings (safe), and the lookups that disagree with a filled cell (conflicts, for review).
 * Nothing is written here.
 */
import { planFills } from "../../autofill/plan-fills";
import type { ReferenceModel } from "../../model/reference-model";
import type { ParsedWorkbook, WorkbookOverrides } from "../../sheets/parsed-workbook";
import { readKnownTabs } from "../check/check";
import type { WorkbookReader } from "../../workbook/port";
import { changeOfConflict, changeOfEdit, type ProposedChange } from "./proposed-change";

export interface AutoFillPlan {
  /** Fills into empty cells and canonical spellings, all safe. */
  changes: ProposedChange[];
  /** Filled cells whose lookup gives another value: applied only when ticked. */
  conflicts: ProposedChange[];
}

export function autoFillPlanOf(
  book: ParsedWorkbook,
  model: ReferenceModel,
  options: { normalise: boolean },
): AutoFillPlan {
  const plan = planFills(book, model, options);
  return {
    changes: plan.edits.map(changeOfEdit),
    conflicts: plan.conflicts.flatMap((conflict) => changeOfConflict(conflict) ?? []),
  };
}

export async function planAutoFill(
  reader: WorkbookReader,
  model: ReferenceModel,
  options: { normalise: boolean; overrides?: WorkbookOverrides } = { normalise: false },
): Promise<AutoFillPlan> {
  return autoFillPlanOf(await readKnownTabs(reader, options.overrides ?? {}), model, options);
}
