/**
 * Remove dropdowns: takes away only the rules the add-in installed (the areas recorded in the
 * workbook's settings) and only where the rule there is still the add-in's own list; an area the
 * analyst has since given a rule of their own, wholly or in part, is left as it is and reported.
 * The reference sheet goes too once nothing of the add-in's draws on it.
 */
import type { SheetArea } from "../../workbook/port";
import { isListsSource, LISTS_SHEET } from "./dropdown-lists";
import { areaId, DROPDOWNS_KEY, installedAreas, type DropdownPorts } from "./install-dropdowns";

export interface RemoveOutcome {
  removed: SheetArea[];
  /** Areas whose rule is no longer (only) the add-in's: kept. */
  kept: Array<SheetArea & { found: string }>;
  /** Whether the reference sheet was deleted. */
  listsDeleted: boolean;
}

export async function removeDropdowns(ports: Pick<DropdownPorts, "writer" | "dropdowns">): Promise<RemoveOutcome> {
  const areas = await installedAreas(ports.writer);
  const found = await ports.dropdowns.readValidations(areas);
  const outcome: RemoveOutcome = { removed: [], kept: [], listsDeleted: false };
  areas.forEach((area, index) => {
    const now = found[index] ?? { type: "None" };
    if (now.type === "None") return;
    if (now.type === "List" && isListsSource(now.source)) outcome.removed.push(area);
    else outcome.kept.push({ ...area, found: now.type });
  });
  await ports.dropdowns.clearValidations(outcome.removed);
  if (outcome.kept.length === 0) {
    await ports.dropdowns.deleteSheet(LISTS_SHEET);
    outcome.listsDeleted = true;
  }
  const record = areas.filter((area) => outcome.kept.some((kept) => areaId(kept) === areaId(area)));
  // Nothing recorded (e.g. an install that failed before its record was written): nothing to forget.
  if (areas.length > 0)
    await ports.writer.write({ settings: { [DROPDOWNS_KEY]: record.length === 0 ? null : record }, cells: [] });
  return outcome;
}
