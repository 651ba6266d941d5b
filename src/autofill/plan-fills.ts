/**
 * The auto-fill plan for a parsed workbook: every lookup fill (empty cells only), conflicts where a
 * filled cell disagrees with its lookup, and with `normalise` the canonical-spelling rewrites.
 * Pure: the plan is data; adapters apply it. Planning again after applying a plan yields no edits.
 */
import type { ReferenceModel } from "../model/reference-model";
import { tabsWith } from "../rules/utils/rule-helpers";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import { planCapabilityFills } from "./capability-fill";
import { categorisationLookups } from "./categorisation-lookups";
import { planCategoryGroupFills } from "./category-group-fill";
import type { FillPlan, PlanOptions } from "./cell-edit";
import { planGapFills } from "./gap-fills";
import { planNormaliseEdits } from "./normalise-edits";
import { PlanBuilder } from "./plan-builder";
import { planUseCaseGroupFills, planUseCaseGroupNormalise } from "./use-case-group-fill";

export function planFills(
  book: ParsedWorkbook,
  model: ReferenceModel,
  options: PlanOptions = { normalise: false },
): FillPlan {
  const builder = new PlanBuilder();
  const categorisation = book.categorisation?.headerRow === undefined ? undefined : book.categorisation;
  const gaps = book.gaps?.headerRow === undefined ? undefined : book.gaps;
  // Fills first: a cell a lookup reports as a conflict is not also rewritten by normalise.
  if (categorisation !== undefined) {
    for (const tab of tabsWith<string>(book, ["categorisation"])) planCapabilityFills(builder, model.capabilities, tab);
    planCategoryGroupFills(builder, model, categorisation);
    planUseCaseGroupFills(builder, model, categorisation);
  }
  if (gaps !== undefined) planGapFills(builder, model, gaps, categorisationLookups(book, model));
  if (options.normalise) {
    if (categorisation !== undefined) planUseCaseGroupNormalise(builder, model, categorisation);
    planNormaliseEdits(builder, book, model);
  }
  return builder.plan();
}
