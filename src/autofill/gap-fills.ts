/**
 * Distinct Gap Analysis fills. A gap row's capability comes from its Capability ID, else its
 * Capability name, else its Use Case when Data Categorisation maps that use case to exactly one
 * capability; whichever it is fills Capability ID, Capability and Domain in the same plan, so
 * planning again finds nothing more to do. Information Category comes from the Information Object
 * when every Data Categorisation row for that object gives the same category.
 */
import type { ReferenceModel } from "../model/reference-model";
import { splitList } from "../model/text-normalise";
import { quote } from "../rules/utils/rule-helpers";
import type { ParsedTab } from "../sheets/parsed-tab";
import type { GapColumn } from "../sheets/tab-definitions";
import { capabilityOfCells, fillCapabilityColumns, type RowCapability } from "./capability-fill";
import type { CategorisationLookups } from "./categorisation-lookups";
import type { PlanBuilder } from "./plan-builder";

export function planGapFills(
  builder: PlanBuilder,
  model: ReferenceModel,
  tab: ParsedTab<GapColumn>,
  lookups: CategorisationLookups,
): void {
  const categories = model.information.categories;
  for (const row of tab.rows) {
    let found: RowCapability | undefined = capabilityOfCells(
      model.capabilities,
      row.text.capabilityId,
      row.text.capability,
    );
    if (found === undefined && row.text.useCase !== "") {
      // A cell may list several use cases; they must still lead to one capability.
      const capability = lookups.onlyCapabilityOf(splitList(row.raw.useCase, { commas: false }));
      if (capability !== undefined)
        found = {
          capability,
          source: `Use Case ${quote(row.text.useCase)} (its only capability in Data Categorisation)`,
        };
    }
    if (found !== undefined) fillCapabilityColumns(builder, model.capabilities, tab, row, found);

    if (tab.columns.informationCategory !== undefined && row.text.informationObject !== "") {
      const category = lookups.onlyCategoryOf(row.text.informationObject);
      if (category !== undefined) {
        builder.fill(tab, row, "informationCategory", {
          value: category.name,
          source: `Information Object ${quote(row.text.informationObject)} (its category on every Data Categorisation row)`,
          agrees: (existing) => categories.match(existing)?.term === category,
        });
      }
    }
  }
}
