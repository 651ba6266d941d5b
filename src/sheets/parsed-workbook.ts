/**
 * Finds the workbook's tabs by name (tolerant of case, spacing and the documented other names),
 * reads only those sheets through the port, and parses them. Cover, notes and pivot sheets are
 * never read.
 */
import type { VocabularyTerm } from "../model/closed-vocabulary";
import type { WorkbookReader } from "../workbook/port";
import { tabNameMatches } from "./header-matching";
import type { ParsedTab } from "./parsed-tab";
import { readTab, type ColumnOverrides } from "./read-tab";
import { readRolesTab, rolesTabNames } from "./roles-tab";
import {
  categorisationTab,
  gapsTab,
  optionsTab,
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
}

/** Per-tab column overrides, keyed by tab id. */
export type WorkbookOverrides = Partial<Record<TabDefinition["id"], ColumnOverrides>>;

function locate(definition: Pick<TabDefinition, "name" | "nameAliases">, sheetNames: readonly string[]): string | undefined {
  return (
    sheetNames.find((name) => tabNameMatches(definition, name) === "name") ??
    sheetNames.find((name) => tabNameMatches(definition, name) === "alias")
  );
}

export function locateTabs(sheetNames: readonly string[]): TabLocations {
  const [rolesName, ...rolesAliases] = rolesTabNames;
  return {
    categorisation: locate(categorisationTab, sheetNames),
    gaps: locate(gapsTab, sheetNames),
    options: locate(optionsTab, sheetNames),
    roles: locate({ name: rolesName ?? "Roles", nameAliases: rolesAliases }, sheetNames),
  };
}

export class NoKnownTabsError extends Error {
  override readonly name = "NoKnownTabsError";
}

/** Throws NoKnownTabsError, naming the sheets the book does have, when it has none of the three tabs. */
export function requireKnownTabs(book: ParsedWorkbook): void {
  if (book.categorisation !== undefined || book.gaps !== undefined || book.options !== undefined) return;
  const names = book.sheetNames.map((n) => `"${n}"`).join(", ");
  throw new NoKnownTabsError(
    `This workbook has none of the tabs "Data Categorisation", "Distinct Gap Analysis" or "Options" (its sheets: ${names || "none"}).`,
  );
}

export async function readWorkbook(reader: WorkbookReader, overrides: WorkbookOverrides = {}): Promise<ParsedWorkbook> {
  const sheetNames = await reader.sheetNames();
  const where = locateTabs(sheetNames);
  const book: ParsedWorkbook = { sheetNames };
  if (where.categorisation !== undefined) {
    book.categorisation = readTab(categorisationTab, await reader.readSheet(where.categorisation), overrides.categorisation);
  }
  if (where.gaps !== undefined) book.gaps = readTab(gapsTab, await reader.readSheet(where.gaps), overrides.gaps);
  if (where.options !== undefined) book.options = readTab(optionsTab, await reader.readSheet(where.options), overrides.options);
  if (where.roles !== undefined) book.roles = { sheet: where.roles, terms: readRolesTab(await reader.readSheet(where.roles)) };
  return book;
}
