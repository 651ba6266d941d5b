/**
 * Data Categorisation rows grouped by information object (ignoring case and spacing), computed once
 * per parsed tab and shared by every rule that compares the rows of one object.
 */
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
