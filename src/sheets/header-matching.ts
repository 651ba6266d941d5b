/**
 * Recognising a header cell as a canonical column. Tolerates case, repeated or trailing spaces,
 * line breaks inside the cell, a trailing "(s)", "/s" or plural "s", punctuation, a required-marker "*"
 * and "#" for "ID", plus each column's documented aliases.
 */
import { looseKey, vocabularyKey } from "../model/text-normalise";
import type { TabDefinition } from "./tab-definitions";

/** The comparison key of a header or tab name: "Receiver(s)*" and "receivers" agree. */
export function headerKey(text: string): string {
  // "Receiver/s" is "Receiver(s)": one or more.
  return looseKey(text.replace(/#/g, " id ").replace(/\/s\b/gi, ""));
}

/**
 * The keys a header cell may be matched by, most specific first: the whole text, then without a
 * trailing note in brackets ("Minimum Frequency (mins)", "Quality Rationale [if Issues]") or after a
 * dash, colon or spaced slash ("Sensitivity - see definitions", "Quality Rationale / Comments").
 */
export function headerKeys(text: string): string[] {
  const keys = [headerKey(text)];
  const withoutNote = text.replace(/\s*[([][^)\]]*[)\]]\s*[*:]?\s*$/, "");
  if (withoutNote !== text && withoutNote.trim() !== "") keys.push(headerKey(withoutNote));
  const beforeDash = text.split(/\s+[-–—/]\s+|:\s+/)[0] ?? "";
  if (beforeDash !== text && beforeDash.trim() !== "") keys.push(headerKey(beforeDash));
  return keys;
}

/** The column a header cell names, if any. */
export function columnOfHeader<K extends string>(index: ReadonlyMap<string, K>, text: string): K | undefined {
  for (const key of headerKeys(text)) {
    const column = index.get(key);
    if (column !== undefined) return column;
  }
  return undefined;
}

/** Header key -> column key, for one tab, built once. */
export function headerIndex<K extends string>(definition: TabDefinition<K>): Map<string, K> {
  const index = new Map<string, K>();
  // Canonical headers first, so an alias never shadows another column's own name.
  for (const column of definition.columns) index.set(headerKey(column.header), column.key);
  for (const column of definition.columns) {
    for (const alias of column.aliases) {
      const key = headerKey(alias);
      if (!index.has(key)) index.set(key, column.key);
    }
  }
  return index;
}

/** Does this sheet name denote the tab? Exact-name matches are preferred by the caller. */
export function tabNameMatches(
  definition: Pick<TabDefinition, "name" | "nameAliases">,
  sheetName: string,
): "name" | "alias" | undefined {
  if (vocabularyKey(sheetName) === vocabularyKey(definition.name)) return "name";
  const key = headerKey(sheetName);
  return [definition.name, ...definition.nameAliases].some((alias) => headerKey(alias) === key) ? "alias" : undefined;
}
