/**
 * Which sheet is a tab when several could be: a copy ("Data Categorisation (2)", "Copy of Data
 * Categorisation"), an old one ("Data Categorisation OLD", "DC backup 2023"), a renamed one, or two
 * sheets whose names differ only in spacing. Each candidate is ranked by its name (the tab's name,
 * then an accepted other name, then a copy, then an old one); among those whose header row is
 * found, the best-named is checked, more matched headers breaking a tie, then tab order. Copies
 * and old tabs are candidates only beside a sheet that names the tab itself: alone, they are not it.
 */
import type { SheetGrid } from "../workbook/port";
import { tabNameMatches } from "./header-matching";
import { findHeaderRow, tabHeaderIndex, type ColumnOverrides } from "./read-tab";
import type { TabDefinition } from "./tab-definitions";
import { columnOfHeader } from "./header-matching";

/** The name ranks, best first. */
export type NameRank = 0 | 1 | 2 | 3;

// A copy: "Copy of X", "X (2)", "X - Copy", "X copy", "X (new)".
const COPY = /^copy\s+of\s+|\s*\([^()]*\)\s*$|\s*[-–_]?\s*copy(?:\s*\d+)?\s*$/i;
// An old one: "X OLD", "old X", "X backup", "X bak", "X archive", "X v2", "X 2023", "X 2023-05-01".
const OLD =
  /(?:^|[\s_-]+)(?:old|backup|bak|archived?|previous|prev|superseded|draft|v\d+(?:\.\d+)?|\d{4}(?:[-.]\d{1,2}){0,2}|\d{8})(?=$|[\s_-])/gi;

/** How a sheet name names the tab, or undefined when it does not. */
export function nameRank(
  definition: Pick<TabDefinition, "name" | "nameAliases">,
  sheetName: string,
): NameRank | undefined {
  const direct = tabNameMatches(definition, sheetName);
  if (direct !== undefined) return direct === "name" ? 0 : 1;
  const uncopied = sheetName.replace(COPY, "").trim();
  if (uncopied !== sheetName.trim() && uncopied !== "" && tabNameMatches(definition, uncopied) !== undefined) return 2;
  const unaged = uncopied.replace(OLD, " ").trim();
  if (unaged !== uncopied && unaged !== "" && tabNameMatches(definition, unaged) !== undefined) return 3;
  return undefined;
}

export interface TabCandidate {
  sheet: string;
  rank: NameRank;
}

/** The sheets that may be the tab, best-named first (tab order within a rank). */
export function tabCandidates(
  definition: Pick<TabDefinition, "name" | "nameAliases">,
  sheetNames: readonly string[],
): TabCandidate[] {
  const candidates: TabCandidate[] = [];
  for (const sheet of sheetNames) {
    const rank = nameRank(definition, sheet);
    if (rank !== undefined) candidates.push({ sheet, rank });
  }
  return candidates.sort((a, b) => a.rank - b.rank);
}

/** How many of the tab's columns the sheet's header row names; 0 when no header row is found. */
export function headerMatch(definition: TabDefinition, grid: SheetGrid, overrides?: ColumnOverrides): number {
  const index = tabHeaderIndex(definition, overrides);
  const header = findHeaderRow(grid.rows, index);
  if (header === undefined) return 0;
  return new Set(
    header.cells
      .map((cell) => (cell === "" ? undefined : columnOfHeader(index, cell)))
      .filter((key) => key !== undefined),
  ).size;
}

/** The candidate to check, given each one's header match: see the file comment. */
export function chooseCandidate(
  candidates: readonly TabCandidate[],
  matches: ReadonlyMap<string, number>,
): TabCandidate | undefined {
  const withHeader = candidates.filter((c) => (matches.get(c.sheet) ?? 0) > 0);
  const pool = withHeader.length > 0 ? withHeader : candidates;
  let best: TabCandidate | undefined;
  for (const candidate of pool) {
    if (
      best === undefined ||
      candidate.rank < best.rank ||
      (candidate.rank === best.rank && (matches.get(candidate.sheet) ?? 0) > (matches.get(best.sheet) ?? 0))
    )
      best = candidate;
  }
  return best;
}

/** A tab for which several sheets were candidates: the one checked and the ones left. */
export interface TabChoice {
  tab: TabDefinition["id"];
  checked: string;
  left: string[];
}
