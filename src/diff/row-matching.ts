/**
 * Pairs the rows of one tab in two versions of a workbook by what they are, not where they sit, as
 * waivers key them (rowIdentity): use case + activity + information object on Data Categorisation,
 * the Gap ID, the Option ID. Sorting the tab or inserting rows above moves rows without unpairing
 * them. A row whose key cell was edited has no partner by key; it is then paired by its other cells
 * (same values in every other column), so an edited object name reads as one changed row instead of
 * a removed and an added one. Deterministic for duplicate keys: within one key, rows equal in every
 * cell pair first, then the rest in worksheet order. Pure.
 */
import type { ParsedRow } from "../sheets/parsed-tab";
import { identityColumns, rowIdentity } from "../check/waived-findings";
import type { TabId } from "../check/finding";

export interface RowPair {
  before: ParsedRow;
  after: ParsedRow;
}

export interface RowMatching {
  /** Pairs in no particular order. */
  pairs: RowPair[];
  /** Rows of the new version with no partner, in worksheet order. */
  added: ParsedRow[];
  /** Rows of the old version with no partner, in worksheet order. */
  removed: ParsedRow[];
}

const SEPARATOR = "\u0000";
/** How many alike rows are weighed for one row whose key was edited. */
const CLOSEST_SCAN = 256;

/** Every compared cell of a row as one string: equal exactly when every cell reads the same. */
function contentOf(row: ParsedRow, keys: readonly string[]): string {
  let text = "";
  for (const key of keys) text += (row.raw[key] ?? "") + SEPARATOR;
  return text;
}

/** Each key's first position, and every position of the keys that occur more than once. */
function keyIndex(keys: readonly string[]): { first: Map<string, number>; more: Map<string, number[]> } {
  const first = new Map<string, number>();
  const more = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const at = first.get(key);
    if (at === undefined) first.set(key, i);
    else {
      const list = more.get(key);
      if (list === undefined) more.set(key, [at, i]);
      else list.push(i);
    }
  });
  return { first, more };
}

function groupBy(rows: readonly ParsedRow[], keyOf: (row: ParsedRow) => string): Map<string, ParsedRow[]> {
  const groups = new Map<string, ParsedRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return groups;
}

/** Pairs `before` and `after` rows of one key: equal rows first, then the rest in order. */
function pairWithin(
  before: ParsedRow[],
  after: ParsedRow[],
  columns: readonly string[],
  pairs: RowPair[],
): { before: ParsedRow[]; after: ParsedRow[] } {
  if (before.length === 1 && after.length === 1) {
    pairs.push({ before: before[0] as ParsedRow, after: after[0] as ParsedRow });
    return { before: [], after: [] };
  }
  const unpairedBefore = groupBy(before, (row) => contentOf(row, columns));
  const restAfter: ParsedRow[] = [];
  for (const row of after) {
    const same = unpairedBefore.get(contentOf(row, columns));
    const partner = same?.shift();
    if (partner === undefined) restAfter.push(row);
    else pairs.push({ before: partner, after: row });
  }
  const stillUnpaired = new Set([...unpairedBefore.values()].flat());
  const restBefore = before.filter((row) => stillUnpaired.has(row));
  const n = Math.min(restBefore.length, restAfter.length);
  for (let i = 0; i < n; i++) pairs.push({ before: restBefore[i] as ParsedRow, after: restAfter[i] as ParsedRow });
  return { before: restBefore.slice(n), after: restAfter.slice(n) };
}

/**
 * `columns` are the column keys compared (those either version maps). Rows are matched by key,
 * then the leftovers by their non-key cells, preferring the partner that shares most key cells and
 * then the nearest position.
 */
export function matchRows(
  tab: TabId,
  before: readonly ParsedRow[],
  after: readonly ParsedRow[],
  columns: readonly string[],
): RowMatching {
  const keyColumnsOfTab = identityColumns[tab];
  // rowIdentity's cells as one string, built without the array: this runs for every row of both versions.
  const identity = (row: ParsedRow) => {
    let key = "";
    for (const column of keyColumnsOfTab) key += (row.text[column] ?? "").toLowerCase() + SEPARATOR;
    return key;
  };
  const keysBefore = before.map(identity);
  const keysAfter = after.map(identity);
  const indexBefore = keyIndex(keysBefore);
  const indexAfter = keyIndex(keysAfter);
  const pairs: RowPair[] = [];
  const paired = new Uint8Array(before.length);
  const leftAfter: ParsedRow[] = [];
  for (let i = 0; i < after.length; i++) {
    const key = keysAfter[i] as string;
    const first = indexBefore.first.get(key);
    if (first === undefined) {
      leftAfter.push(after[i] as ParsedRow);
      continue;
    }
    const olds = indexBefore.more.get(key);
    const news = indexAfter.more.get(key);
    if (olds === undefined && news === undefined) {
      pairs.push({ before: before[first] as ParsedRow, after: after[i] as ParsedRow });
      paired[first] = 1;
      continue;
    }
    // A duplicated key, handled once, at its first row in the new version.
    if (indexAfter.first.get(key) !== i) continue;
    const oldRows = (olds ?? [first]).map((j) => before[j] as ParsedRow);
    const rest = pairWithin(
      oldRows,
      (news ?? [i]).map((j) => after[j] as ParsedRow),
      columns,
      pairs,
    );
    const unpaired = new Set(rest.before);
    (olds ?? [first]).forEach((j, n) => {
      if (!unpaired.has(oldRows[n] as ParsedRow)) paired[j] = 1;
    });
    for (const row of rest.after) leftAfter.push(row); // never spread: a group may be 100,000 rows
  }
  const leftBefore = before.filter((_, j) => paired[j] === 0);

  // A key cell edited: the row keeps its other cells.
  const keyColumns = new Set(identityColumns[tab]);
  const others = columns.filter((c) => !keyColumns.has(c));
  const byOthers = groupBy(leftBefore, (row) => contentOf(row, others));
  const added: ParsedRow[] = [];
  for (const row of leftAfter.sort((a, b) => a.row - b.row)) {
    const content = contentOf(row, others);
    // A row with every other cell empty says nothing about which row it was.
    const candidates = content.replaceAll(SEPARATOR, "") === "" ? undefined : byOthers.get(content);
    const partner = candidates === undefined ? undefined : closest(tab, row, candidates);
    if (partner === undefined || candidates === undefined) {
      added.push(row);
      continue;
    }
    candidates.splice(candidates.indexOf(partner), 1);
    pairs.push({ before: partner, after: row });
  }
  const removed = [...byOthers.values()].flat().sort((a, b) => a.row - b.row);
  return { pairs, added, removed };
}

/** The candidate sharing most key cells with `row`, then the nearest in position, then the first. */
function closest(tab: TabId, row: ParsedRow, candidates: readonly ParsedRow[]): ParsedRow | undefined {
  const key = rowIdentity(tab, row);
  let best: ParsedRow | undefined;
  let bestShared = -1;
  let bestDistance = Infinity;
  // Bounded: a tab of many alike rows must not make this quadratic.
  for (const candidate of candidates.slice(0, CLOSEST_SCAN)) {
    const other = rowIdentity(tab, candidate);
    const shared = key.filter((cell, i) => cell !== "" && cell === other[i]).length;
    const distance = Math.abs(candidate.row - row.row);
    if (shared > bestShared || (shared === bestShared && distance < bestDistance)) {
      best = candidate;
      bestShared = shared;
      bestDistance = distance;
    }
  }
  return best;
}
