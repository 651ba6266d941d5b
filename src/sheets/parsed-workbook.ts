/**
 * Finds the workbook's tabs by name (tolerant of case, spacing and the documented other names),
 * reads only those sheets through the port, and parses them. Cover, notes and pivot sheets are
 * never read.
 */
import type { VocabularyTerm } from "../model/closed-vocabulary";
import type { SheetGrid, WorkbookReader } from "../workbook/port";
import type { ParsedTab } from "./parsed-tab";
import { readTab, type ColumnOverrides } from "./read-tab";
import { readRolesTab, rolesTabNames } from "./roles-tab";
import { chooseCandidate, headerMatch, tabCandidates, type TabChoice } from "./tab-candidates";
import {
  categorisationTab,
  gapsTab,
  optionsTab,
  tabDefinitions,
  type CategorisationColumn,
  type GapColumn,
  type OptionColumn,
  type TabDefinition,
} from "./tab-definitions";

export interface TabLocations {
  categorisation?: string;
  gaps?: string;
  options?: string;
  roles?: string;
}

export interface ParsedWorkbook {
  sheetNames: string[];
  categorisation?: ParsedTab<CategorisationColumn>;
  gaps?: ParsedTab<GapColumn>;
  options?: ParsedTab<OptionColumn>;
  /** The Roles tab's roles, when the workbook has one. */
  roles?: { sheet: string; terms: VocabularyTerm[] };
  /** Tabs for which several sheets were candidates: which was checked, which were left (tab.several-candidates). */
  tabChoices?: TabChoice[];
  /**
   * When no sheet is named as any tab: sheets whose header row is a tab's (a sheet left "Sheet1", or
   * named "Data Categorisation - Table 1" as Apple Numbers names one table of several), so the
   * message can say which to rename. Tabs are found by name only (DESIGN.md); this is a hint.
   */
  lookalikes?: Array<{ sheet: string; tab: string }>;
}

/** Per-tab column overrides, keyed by tab id. */
export type WorkbookOverrides = Partial<Record<TabDefinition["id"], ColumnOverrides>>;

/** The best-named sheet that names the tab itself (its name or an accepted other name): a copy or an old tab alone is not the tab. */
function locate(
  definition: Pick<TabDefinition, "name" | "nameAliases">,
  sheetNames: readonly string[],
): string | undefined {
  const best = tabCandidates(definition, sheetNames)[0];
  return best !== undefined && best.rank <= 1 ? best.sheet : undefined;
}

const [rolesName, ...rolesAliases] = rolesTabNames;
const rolesTab = { name: rolesName ?? "Roles", nameAliases: rolesAliases };

/** Each tab's sheet by name alone: the best-named candidate (tab-candidates.ts). */
export function locateTabs(sheetNames: readonly string[]): TabLocations {
  return {
    categorisation: locate(categorisationTab, sheetNames),
    gaps: locate(gapsTab, sheetNames),
    options: locate(optionsTab, sheetNames),
    roles: locate(rolesTab, sheetNames),
  };
}

/**
 * Each tab's sheet by name and header: where several sheets are candidates for a tab, each is read
 * and the one to check chosen (tab-candidates.ts). The grids read on the way are handed back, so
 * no sheet is read twice.
 */
export async function chooseTabs(
  reader: WorkbookReader,
  sheetNames: readonly string[],
  overrides: WorkbookOverrides = {},
): Promise<{ where: TabLocations; grids: Map<string, SheetGrid>; choices: TabChoice[] }> {
  const where = locateTabs(sheetNames);
  const grids = new Map<string, SheetGrid>();
  const choices: TabChoice[] = [];
  for (const definition of tabDefinitions) {
    const candidates = tabCandidates(definition, sheetNames);
    if (candidates.length < 2 || where[definition.id] === undefined) continue;
    const matches = new Map<string, number>();
    for (const { sheet } of candidates) {
      const grid = await reader.readSheet(sheet);
      grids.set(sheet, grid);
      matches.set(sheet, headerMatch(definition, grid, overrides[definition.id]));
    }
    const chosen = chooseCandidate(candidates, matches);
    if (chosen === undefined) continue;
    where[definition.id] = chosen.sheet;
    choices.push({
      tab: definition.id,
      checked: chosen.sheet,
      left: candidates.filter((c) => c !== chosen).map((c) => c.sheet),
    });
  }
  return { where, grids, choices };
}

export class NoKnownTabsError extends Error {
  override readonly name = "NoKnownTabsError";
}

/** Throws NoKnownTabsError, naming the sheets the book does have, when it has none of the three tabs. */
export function requireKnownTabs(book: ParsedWorkbook): void {
  if (book.categorisation !== undefined || book.gaps !== undefined || book.options !== undefined) return;
  const names = book.sheetNames.map((n) => `"${n}"`).join(", ");
  const lookalikes = book.lookalikes ?? [];
  const [only] = lookalikes;
  const hint =
    only === undefined
      ? ""
      : lookalikes.length === 1
        ? ` Sheet "${only.sheet}" has the headers of "${only.tab}": rename it "${only.tab}" and run this again.`
        : ` Sheets with a tab's headers: ${lookalikes.map(({ sheet, tab }) => `"${sheet}" is "${tab}"`).join(", ")}; rename them so and run this again.`;
  throw new NoKnownTabsError(
    `This workbook has none of the tabs "Data Categorisation", "Distinct Gap Analysis" or "Options" (its sheets: ${names || "none"}).${hint}`,
  );
}

/**
 * Sheets whose header row is one of the tabs', each with the tab whose columns it names most (at
 * least three). Read only when no sheet is named as a tab, to say which to rename; a sheet that
 * cannot be read gives no hint rather than another error.
 */
async function lookalikeTabs(
  reader: WorkbookReader,
  sheetNames: readonly string[],
): Promise<ParsedWorkbook["lookalikes"]> {
  const found: Array<{ sheet: string; tab: string }> = [];
  for (const sheet of sheetNames) {
    let grid: SheetGrid;
    try {
      grid = await reader.readSheet(sheet);
    } catch {
      continue;
    }
    let best: { tab: string; columns: number } | undefined;
    for (const definition of tabDefinitions) {
      const columns = headerMatch(definition, grid);
      if (columns >= 3 && columns > (best?.columns ?? 0)) best = { tab: definition.name, columns };
    }
    if (best !== undefined) found.push({ sheet, tab: best.tab });
  }
  return found;
}

export async function readWorkbook(reader: WorkbookReader, overrides: WorkbookOverrides = {}): Promise<ParsedWorkbook> {
  const sheetNames = await reader.sheetNames();
  const { where, grids, choices } = await chooseTabs(reader, sheetNames, overrides);
  const read = async (sheet: string) => grids.get(sheet) ?? (await reader.readSheet(sheet));
  const book: ParsedWorkbook = { sheetNames };
  if (where.categorisation !== undefined) {
    book.categorisation = readTab(categorisationTab, await read(where.categorisation), overrides.categorisation);
  }
  if (where.gaps !== undefined) book.gaps = readTab(gapsTab, await read(where.gaps), overrides.gaps);
  if (where.options !== undefined) book.options = readTab(optionsTab, await read(where.options), overrides.options);
  if (where.roles !== undefined) book.roles = { sheet: where.roles, terms: readRolesTab(await read(where.roles)) };
  if (choices.length > 0) book.tabChoices = choices;
  if (where.categorisation === undefined && where.gaps === undefined && where.options === undefined) {
    const lookalikes = await lookalikeTabs(
      reader,
      sheetNames.filter((sheet) => sheet !== where.roles),
    );
    if (lookalikes !== undefined && lookalikes.length > 0) book.lookalikes = lookalikes;
  }
  return book;
}
