/**
 * Data Categorisation rows grouped by information object (ignoring case and spacing), computed once
 * per parsed tab and shared by every rule that compares the rows of one object.
 */
import { looseKey } from "../../model/text-normalise";
import { isStandIn } from "../../sheets/column-dictionary";
import type { ParsedRow, ParsedTab } from "../../sheets/parsed-tab";

type ObjectRow = ParsedRow<"informationObject">;

/**
 * Rows per object key (the object lower-cased). Most objects of a long tab have one row: such an
 * object keeps the row itself rather than an array of one, which spares tens of thousands of arrays.
 */
export class ObjectGroups<R extends ObjectRow = ObjectRow> {
  private readonly byKey = new Map<string, R | R[]>();

  add(key: string, row: R): void {
    const found = this.byKey.get(key);
    if (found === undefined) this.byKey.set(key, row);
    else if (Array.isArray(found)) found.push(row);
    else this.byKey.set(key, [found, row]);
  }

  /** The object's rows, in tab order; undefined for an object no row gives. */
  get(key: string): readonly R[] | undefined {
    const found = this.byKey.get(key);
    return found === undefined || Array.isArray(found) ? found : [found];
  }

  /** Each object in order of its first row, with its one row or, when it has several, all of them. */
  forEach(visit: (key: string, single: R | undefined, several: R[] | undefined) => void): void {
    this.byKey.forEach((found, key) =>
      Array.isArray(found) ? visit(key, undefined, found) : visit(key, found, undefined),
    );
  }
}

const cache = new WeakMap<object, ObjectGroups>();

export function rowsByObject<K extends string>(
  tab: ParsedTab<K | "informationObject">,
): ObjectGroups<ParsedRow<K | "informationObject">> {
  let groups = cache.get(tab);
  if (groups === undefined) {
    groups = new ObjectGroups();
    for (const row of tab.rows) {
      if (row.text.informationObject === "") continue;
      // `text` is cleaned already: lower-casing compares ignoring case and spacing.
      groups.add(row.text.informationObject.toLowerCase(), row);
    }
    cache.set(tab, groups);
  }
  return groups as ObjectGroups<ParsedRow<K | "informationObject">>;
}

const spellingsCache = new WeakMap<object, Map<string, Map<string, ObjectRow[]>>>();

/**
 * Information objects spelt more than one way: for each loose key (looseKey: case, punctuation,
 * "&"/"and" and plural "s" ignored) that the rows spell differently, the rows per exact spelling.
 * Computed once per parsed tab on the rowsByObject grouping, so the costly loose key is worked out
 * once per object, not once per row or per rule run.
 */
export function objectSpellings<K extends string>(
  tab: ParsedTab<K | "informationObject">,
): Map<string, Map<string, ParsedRow<K | "informationObject">[]>> {
  let spellings = spellingsCache.get(tab);
  if (spellings === undefined) {
    const groups = rowsByObject(tab) as ObjectGroups;
    // Objects are grouped by their lower-cased text, so two groups can share a loose key only when
    // one of them is not its own loose key (it has punctuation, "&", a plural...): only those keys
    // are contested, and only they need the map of first objects. Most of a long tab's thousands
    // of objects are their own loose key and skip it.
    const objectKeys: string[] = [];
    const looseKeys: string[] = [];
    const severalRows: Array<ObjectRow[] | undefined> = [];
    const contested = new Set<string>();
    groups.forEach((objectKey, _, several) => {
      // A placeholder ("N/A", "n/a", "TBC") names no object, however it is spelt.
      if (isStandIn(objectKey)) return;
      const key = looseKey(objectKey);
      objectKeys.push(objectKey);
      looseKeys.push(key);
      severalRows.push(several);
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
      const rows = severalRows[i];
      if (rows !== undefined) {
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
export function objectsWithSeveralRows<K extends string>(
  tab: ParsedTab<K | "informationObject">,
): ParsedRow<K | "informationObject">[][] {
  let several = severalCache.get(tab);
  if (several === undefined) {
    const found: ObjectRow[][] = [];
    (rowsByObject(tab) as ObjectGroups).forEach((_, __, rows) => {
      if (rows !== undefined) found.push(rows);
    });
    several = found;
    severalCache.set(tab, several);
  }
  return several as ParsedRow<K | "informationObject">[][];
}
