/**
 * Data Categorisation rows grouped by information object (ignoring case and spacing), computed once
 * per parsed tab and shared by every rule that compares the rows of one object.
 */
import { looseKey } from "../model/text-normalise";
import type { ParsedRow, ParsedTab } from "../sheets/parsed-tab";

type ObjectRow = ParsedRow<"informationObject">;

const cache = new WeakMap<object, Map<string, ObjectRow[]>>();

export function rowsByObject<K extends string>(tab: ParsedTab<K | "informationObject">): Map<string, ParsedRow<K | "informationObject">[]> {
  let groups = cache.get(tab);
  if (groups === undefined) {
    groups = new Map();
    for (const row of tab.rows) {
      if (row.text.informationObject === "") continue;
      // `text` is cleaned already: lower-casing compares ignoring case and spacing.
      const key = row.text.informationObject.toLowerCase();
      const rows = groups.get(key);
      if (rows === undefined) groups.set(key, [row]);
      else rows.push(row);
    }
    cache.set(tab, groups);
  }
  return groups as Map<string, ParsedRow<K | "informationObject">[]>;
}

const spellingsCache = new WeakMap<object, Map<string, Map<string, ObjectRow[]>>>();

/**
 * Information objects spelt more than one way: for each loose key (looseKey: case, punctuation,
 * "&"/"and" and plural "s" ignored) that the rows spell differently, the rows per exact spelling.
 * Computed once per parsed tab on the rowsByObject grouping, so the costly loose key is worked out
 * once per object, not once per row or per rule run.
 */
export function objectSpellings<K extends string>(tab: ParsedTab<K | "informationObject">): Map<string, Map<string, ParsedRow<K | "informationObject">[]>> {
  let spellings = spellingsCache.get(tab);
  if (spellings === undefined) {
    const groups = rowsByObject(tab) as Map<string, ObjectRow[]>;
    const firstObject = new Map<string, string>(); // loose key -> the first object with it
    const otherObjects = new Map<string, string[]>(); // loose key -> the rest, for the few that have any
    const suspects = new Set<string>(); // loose keys whose rows are spelt more than one way
    for (const [objectKey, rows] of groups) {
      const key = looseKey(objectKey);
      if (!firstObject.has(key)) firstObject.set(key, objectKey);
      else {
        otherObjects.set(key, [...(otherObjects.get(key) ?? []), objectKey]);
        suspects.add(key);
      }
      // Same object ignoring case, but spelt differently ("Market forecast", "market Forecast").
      if (rows.length > 1) {
        const first = rows[0]?.text.informationObject;
        if (rows.some((row) => row.text.informationObject !== first)) suspects.add(key);
      }
    }
    spellings = new Map();
    for (const key of suspects) {
      const byName = new Map<string, ObjectRow[]>();
      for (const objectKey of [firstObject.get(key) ?? "", ...(otherObjects.get(key) ?? [])]) {
        for (const row of groups.get(objectKey) ?? []) {
          const rowsOfName = byName.get(row.text.informationObject);
          if (rowsOfName === undefined) byName.set(row.text.informationObject, [row]);
          else rowsOfName.push(row);
        }
      }
      spellings.set(key, byName);
    }
    spellingsCache.set(tab, spellings);
  }
  return spellings as Map<string, Map<string, ParsedRow<K | "informationObject">[]>>;
}

const severalCache = new WeakMap<object, ObjectRow[][]>();

/** The rowsByObject groups of two or more rows (most objects appear once), in the same order. */
export function objectsWithSeveralRows<K extends string>(tab: ParsedTab<K | "informationObject">): ParsedRow<K | "informationObject">[][] {
  let several = severalCache.get(tab);
  if (several === undefined) {
    several = [...(rowsByObject(tab) as Map<string, ObjectRow[]>).values()].filter((rows) => rows.length > 1);
    severalCache.set(tab, several);
  }
  return several as ParsedRow<K | "informationObject">[][];
}
