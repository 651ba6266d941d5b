/**
 * Add missing tabs: whichever of the three tabs the workbook lacks is added with its canonical
 * headers as an Excel table, and gets the dropdowns, as the `template` command makes them. Existing
 * sheets are never touched (the dropdowns go on the new tabs alone).
 *
 * Adding is two steps (the tabs, then their dropdowns), and Excel can fail between them or half-way
 * through either. So the tabs being added are named in the workbook's settings first and forgotten
 * only once their dropdowns are on. Running Add missing tabs again after a failure finishes what it
 * began instead of finding nothing missing: a begun tab still holding nothing but its own headers
 * (perhaps without its table, which cannot be told from here) is made again from scratch, and a begun
 * tab the analyst has since typed into is kept as it is and gets its dropdowns.
 */
import type { ReferenceModel } from "../../model/reference-model";
import { locateTabs } from "../../sheets/parsed-workbook";
import { tabDefinitions, type TabDefinition } from "../../sheets/tab-definitions";
import type { NewTab, SheetGrid, WorkbookTabs } from "../../workbook/port";
import { installDropdowns, type DropdownPorts, type InstallOutcome } from "./install-dropdowns";

/** Settings key: the ids of the tabs an Add missing tabs began and has not finished. */
export const ADDING_TABS_KEY = "cer.addingTabs";

export interface AddTabsOutcome {
  /** The tabs added (or completed after an earlier failure), by name. */
  added: string[];
  dropdowns?: InstallOutcome;
}

function newTab(definition: TabDefinition): NewTab {
  return {
    name: definition.name,
    headers: definition.columns.map((c) => c.header),
    tableName: definition.name.replace(/[^A-Za-z]/g, ""),
  };
}

async function unfinished(ports: DropdownPorts): Promise<Set<string>> {
  const value = (await ports.writer.readSettings([ADDING_TABS_KEY]))[ADDING_TABS_KEY];
  return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : []);
}

/** Nothing in the sheet but (some of) the tab's headers in row 1, in their places. */
function holdsOnlyHeaders(grid: SheetGrid, tab: NewTab): boolean {
  return grid.rows.every(({ row, cells }) =>
    cells.every((text, column) => text === "" || (row === 1 && text === tab.headers[column])),
  );
}

export async function addMissingTabs(
  ports: DropdownPorts & { tabs: WorkbookTabs },
  model: ReferenceModel,
): Promise<AddTabsOutcome> {
  const where = locateTabs(await ports.reader.sheetNames());
  const begun = await unfinished(ports);
  const missing = tabDefinitions.filter((definition) => where[definition.id] === undefined);
  // A tab begun earlier is completed only under its own canonical name: one the analyst renamed or made is theirs.
  const resumed = tabDefinitions.filter(
    (definition) => begun.has(definition.id) && where[definition.id] === definition.name,
  );
  const targets = [...missing, ...resumed];
  if (targets.length === 0) {
    if (begun.size > 0) await ports.writer.write({ settings: { [ADDING_TABS_KEY]: null }, cells: [] });
    return { added: [] };
  }
  await ports.writer.write({ settings: { [ADDING_TABS_KEY]: targets.map((definition) => definition.id) }, cells: [] });
  const remade: TabDefinition[] = [];
  for (const definition of resumed) {
    if (!holdsOnlyHeaders(await ports.reader.readSheet(definition.name), newTab(definition))) continue;
    await ports.dropdowns.deleteSheet(definition.name);
    remade.push(definition);
  }
  await ports.tabs.addTabs(
    tabDefinitions.filter((definition) => missing.includes(definition) || remade.includes(definition)).map(newTab),
  );
  const dropdowns = await installDropdowns(ports, model, { tabs: targets.map((definition) => definition.id) });
  await ports.writer.write({ settings: { [ADDING_TABS_KEY]: null }, cells: [] });
  return { added: targets.map((definition) => definition.name), dropdowns };
}
