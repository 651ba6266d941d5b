/**
 * The use cases and information objects that Data Categorisation holds, for the rules that check
 * the gap and options tabs against it. Built once per rule run; names compare ignoring case and
 * spacing, and near misses get a suggestion.
 */
import { fuzzyIndex, type FuzzyIndex } from "../model/fuzzy-match";
import { vocabularyKey } from "../model/text-normalise";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";

export interface NameIndex {
  has(name: string): boolean;
  suggest(name: string): string | undefined;
}

function nameIndex(names: Iterable<string>): NameIndex {
  const byKey = new Map<string, string>();
  for (const name of names) if (name !== "" && !byKey.has(vocabularyKey(name))) byKey.set(vocabularyKey(name), name);
  let fuzzy: FuzzyIndex<string> | undefined;
  return {
    has: (name) => byKey.has(vocabularyKey(name)),
    suggest: (name) => {
      fuzzy ??= fuzzyIndex([...byKey.values()].map((value) => ({ keys: [value], value })));
      return fuzzy.suggest(name);
    },
  };
}

/** Undefined when the workbook has no readable Data Categorisation tab to check against. */
export function categorisationIndex(book: ParsedWorkbook): { useCases: NameIndex; objects: NameIndex; sheet: string } | undefined {
  const tab = book.categorisation;
  if (tab === undefined || tab.headerRow === undefined) return undefined;
  return {
    sheet: tab.sheet,
    useCases: nameIndex(tab.rows.map((r) => r.text.useCase)),
    objects: nameIndex(tab.rows.map((r) => r.text.informationObject)),
  };
}
