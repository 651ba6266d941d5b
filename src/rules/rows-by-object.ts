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
    // Objects are grouped by their lower-cased text, so two groups can share a loose key only when
    // one of them is not its own loose key (it has punctuation, "&", a plural...): only those keys
    // are contested, and only they need the map of first objects. Most of a long tab's thousands
    // of objects are their own loose key and skip it.
    const objectKeys: string[] = [];
    const looseKeys: string[] = [];
    const rowsOfObjects: ObjectRow[][] = [];
    const contested = new Set<string>();
    groups.forEach((rows, objectKey) => {
      const key = looseKey(objectKey);
      objectKeys.push(objectKey);
      looseKeys.push(key);
      rowsOfObjects.push(rows);
      if (key !== objectKey) contested.add(key);
    });
    const firstObject = new Map<string, string>(); // contested loose key -> the first object with it
    const otherObjects = new Map<string, string[]>(); // loose key -> the rest, for the few that have any
    const suspects = new Set<string>(); // loose keys whose rows are spelt more than one way
    for (let i = 0; i < objectKeys.length; i++) {
      const objectKey = objectKeys[i] as string;
      const key = looseKeys[i] as string;
      if (contested.size > 0 && contested.has(key)) {
        if (!firstObject.has(key)) firstObject.set(key, objectKey);
        else {
          otherObjects.set(key, [...(otherObjects.get(key) ?? []), objectKey]);
          suspects.add(key);
        }
      }
      // Same object ignoring case, but spelt differently ("Market forecast", "market Forecast").
      const rows = rowsOfObjects[i] as ObjectRow[];
      if (rows.length > 1) {
        const first = rows[0]?.text.informationObject;
        if (rows.some((row) => row.text.informationObject !== first)) suspects.add(key);
      }
    }
    spellings = new Map();
    for (const key of suspects) {
      const byName = new Map<string, ObjectRow[]>();
      // An uncontested key has one object: the key itself.
      for (const objectKey of [firstObject.get(key) ?? key, ...(otherObjects.get(key) ?? [])]) {
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
