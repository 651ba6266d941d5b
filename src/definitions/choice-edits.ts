/**
 * The cells a chosen capability or category writes on a Data Categorisation row: the value itself and
 * its lookups (Capability ID, Capability, Capability Group and Domain; Information Category and
 * Information Group), only in the columns the tab has and only where the cell says otherwise. A
 * rule's fix and the pane's choice both write these, as review changes.
 */
import { capabilityGroupOf, type Level3Capability } from "../model/capability-model";
import type { InformationCategory } from "../model/information-categories";
import type { CellChange } from "../check/finding";
import { cellOf, headerOf } from "../sheets/parsed-tab";
import type { CategorisationColumn } from "../sheets/tab-definitions";
import type { CategorisationRow, CategorisationTab } from "./row-suggestions";

function edits(
  tab: CategorisationTab,
  row: CategorisationRow,
  values: ReadonlyArray<readonly [CategorisationColumn, string]>,
): CellChange[] {
  const changes: CellChange[] = [];
  for (const [key, value] of values) {
    const cell = cellOf(tab, row.row, key);
    if (cell === undefined || row.text[key] === value) continue;
    changes.push({ sheet: tab.sheet, cell, row: row.row, column: headerOf(tab, key), value, previous: row.text[key] });
  }
  return changes;
}

export function capabilityEdits(
  tab: CategorisationTab,
  row: CategorisationRow,
  capability: Level3Capability,
): CellChange[] {
  return edits(tab, row, [
    ["capabilityId", capability.id],
    ["capability", capability.name],
    ["capabilityGroup", capabilityGroupOf(capability).name],
    ["domain", capability.domain.name],
  ]);
}

export function categoryEdits(
  tab: CategorisationTab,
  row: CategorisationRow,
  category: InformationCategory,
): CellChange[] {
  return edits(tab, row, [
    ["informationCategory", category.name],
    ["informationGroup", category.group.name],
  ]);
}
