/**
 * Information Category -> Information Group (Table 1: a category belongs to exactly one group), on
 * Data Categorisation, the one tab with both columns.
 */
import type { ReferenceModel } from "../model/reference-model";
import { quote } from "../rules/utils/rule-helpers";
import type { ParsedTab } from "../sheets/parsed-tab";
import type { CategorisationColumn } from "../sheets/tab-definitions";
import type { PlanBuilder } from "./plan-builder";

export function planCategoryGroupFills(
  builder: PlanBuilder,
  model: ReferenceModel,
  tab: ParsedTab<CategorisationColumn>,
): void {
  if (tab.columns.informationGroup === undefined) return;
  const groups = model.information.groups;
  for (const row of tab.rows) {
    const category =
      row.text.informationCategory === ""
        ? undefined
        : model.information.categories.match(row.text.informationCategory)?.term;
    if (category === undefined) continue;
    builder.fill(tab, row, "informationGroup", {
      value: category.group.name,
      source: `Information Category ${quote(category.name)}`,
      agrees: (existing) => groups.match(existing)?.term === category.group,
    });
  }
}
