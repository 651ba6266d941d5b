/**
 * The analyst's own column mapping: when a required column is not found, the pane shows the tab's
 * headers and the analyst says which column is which. The choice is kept in the workbook's settings
 * under COLUMN_MAPPING_KEY (tab id -> column key -> the header text that holds it), so it travels with
 * the file: Office keeps an add-in's settings inside the .xlsx (xl/webextensions/),
 * and the command line reads it from there (webextension-settings.ts), so `validate` and `fix` on
 * the saved file read the tabs as the pane does. A header, not a column letter, is kept: it still
 * holds when columns are inserted or moved. Read defensively: a setting is data from a file.
 */
import * as z from "zod/mini";
import type { WorkbookOverrides } from "../../sheets/parsed-workbook";
import { readWorkbook } from "../../sheets/parsed-workbook";
import { HEADER_SEARCH_ROWS, type ColumnOverrides } from "../../sheets/read-tab";
import { tabDefinitions, type TabDefinition, canonicalHeader } from "../../sheets/tab-definitions";
import { columnLetter } from "../../workbook/cell-address";
import type { SheetGrid, WorkbookReader, WorkbookWriter } from "../../workbook/port";

export const COLUMN_MAPPING_KEY = "cer.columnMapping";

type TabId = TabDefinition["id"];

/** Where the mapping is read from: the pane's writer, or an .xlsx file's settings. */
export type SettingsSource = Pick<WorkbookWriter, "readSettings">;

const mappingSchema = z.record(z.string(), z.record(z.string(), z.string()));

/** The saved mapping, only for tabs and columns the add-in knows; {} when there is none. */
export async function readColumnMapping(settings: SettingsSource): Promise<WorkbookOverrides> {
  const parsed = mappingSchema.safeParse((await settings.readSettings([COLUMN_MAPPING_KEY]))[COLUMN_MAPPING_KEY]);
  if (!parsed.success) return {};
  const mapping: WorkbookOverrides = {};
  for (const definition of tabDefinitions) {
    const saved = parsed.data[definition.id];
    if (saved === undefined) continue;
    const keys = new Set<string>(definition.columns.map((c) => c.key));
    const columns = Object.fromEntries(
      Object.entries(saved).filter(([key, header]) => keys.has(key) && header.trim() !== ""),
    );
    if (Object.keys(columns).length > 0) mapping[definition.id] = columns;
  }
  return mapping;
}

/**
 * Saves the analyst's choice for one tab (column key -> header text; an empty header forgets that
 * column), keeping the other tabs' mapping. Returns the whole mapping as saved.
 */
export async function saveColumnMapping(
  writer: WorkbookWriter,
  tab: TabId,
  columns: ColumnOverrides,
): Promise<WorkbookOverrides> {
  const mapping = await readColumnMapping(writer);
  const merged: Record<string, string> = { ...(mapping[tab] as Record<string, string> | undefined) };
  for (const [key, header] of Object.entries(columns)) {
    if (header === undefined || header.trim() === "") delete merged[key];
    else merged[key] = header;
  }
  if (Object.keys(merged).length > 0) mapping[tab] = merged;
  else delete mapping[tab];
  await writer.write({
    settings: { [COLUMN_MAPPING_KEY]: Object.keys(mapping).length > 0 ? mapping : null },
    cells: [],
  });
  return mapping;
}

/** What the pane shows for one tab: its header cells, which required columns are missing, and what is mapped now. */
export interface MappingChoices {
  tab: TabId;
  sheet: string;
  /** The header row found, or the fullest of the first rows when none was. */
  headerRow: number | undefined;
  headers: Array<{ column: string; text: string }>;
  missing: Array<{ key: string; header: string }>;
  /** Column key -> the header it is read from now. */
  mapped: Record<string, string>;
}

export async function columnMappingChoices(
  reader: WorkbookReader,
  settings: SettingsSource,
): Promise<MappingChoices[]> {
  const overrides = await readColumnMapping(settings);
  // The grids the parse read are kept, so each tab is read from Excel once, not again for its header cells.
  const grids = new Map<string, SheetGrid>();
  const keeping: WorkbookReader = {
    sheetNames: () => reader.sheetNames(),
    readSheet: async (name) => {
      const grid = await reader.readSheet(name);
      grids.set(name, grid);
      return grid;
    },
  };
  const book = await readWorkbook(keeping, overrides);
  const choices: MappingChoices[] = [];
  for (const tab of [book.categorisation, book.gaps, book.options]) {
    if (tab === undefined) continue;
    const id = tab.definition.id;
    const grid = grids.get(tab.sheet) ?? (await reader.readSheet(tab.sheet));
    const candidates = grid.rows.filter((row) => row.row <= HEADER_SEARCH_ROWS);
    const fullest = [...candidates].sort(
      (a, b) => b.cells.filter((c) => c.trim() !== "").length - a.cells.filter((c) => c.trim() !== "").length,
    )[0];
    const headerRow = tab.headerRow ?? fullest?.row;
    const cells = grid.rows.find((row) => row.row === headerRow)?.cells ?? [];
    choices.push({
      tab: id,
      sheet: tab.sheet,
      headerRow,
      headers: cells.flatMap((text, index) => (text.trim() === "" ? [] : [{ column: columnLetter(index), text }])),
      missing: tab.missingRequired.map((key) => ({ key, header: canonicalHeader(tab.definition, key) })),
      mapped: Object.fromEntries(
        Object.entries(tab.headers as Record<string, string | undefined>).flatMap(([key, header]) =>
          header === undefined ? [] : [[key, header]],
        ),
      ),
    });
  }
  return choices;
}
