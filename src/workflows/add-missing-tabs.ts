/**
 * Add missing tabs: whichever of the three tabs the workbook lacks is added with its canonical
 * headers as an Excel table, and gets the dropdowns, as the `template` command makes them. Existing
 * sheets are never touched (the dropdowns go on the new tabs alone).
 */
import type { ReferenceModel } from "../model/reference-model";
import { locateTabs } from "../sheets/parsed-workbook";
import { tabDefinitions } from "../sheets/tab-definitions";
import type { WorkbookTabs } from "../workbook/port";
import { installDropdowns, type DropdownPorts, type InstallOutcome } from "./install-dropdowns";

export interface AddTabsOutcome {
  /** The tabs added, by name. */
  added: string[];
  dropdowns?: InstallOutcome;
}

export async function addMissingTabs(ports: DropdownPorts & { tabs: WorkbookTabs }, model: ReferenceModel): Promise<AddTabsOutcome> {
  const where = locateTabs(await ports.reader.sheetNames());
  const missing = tabDefinitions.filter((definition) => where[definition.id] === undefined);
  if (missing.length === 0) return { added: [] };
  await ports.tabs.addTabs(missing.map((definition) => ({ name: definition.name, headers: definition.columns.map((c) => c.header), tableName: definition.name.replace(/[^A-Za-z]/g, "") })));
  const dropdowns = await installDropdowns(ports, model, { tabs: missing.map((definition) => definition.id) });
  return { added: missing.map((definition) => definition.name), dropdowns };
}
