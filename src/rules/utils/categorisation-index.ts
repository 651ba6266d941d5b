/**
 * The use cases and information objects that Data Categorisation holds, for the rules that check
 * the gap and options tabs against it. Built once per rule run; names compare ignoring case and
 * spacing, and near misses get a suggestion.
 */
import { fuzzyIndex, type FuzzyIndex } from "../../model/fuzzy-match";
import { vocabularyKey } from "../../model/text-normalise";
import type { ParsedWorkbook } from "../../sheets/parsed-workbook";
import { quote } from "./rule-helpers";

export interface NameIndex {
  has(name: string): boolean;
  suggest(name: string): string | undefined;
}

/** The message and suggestion for a name the index lacks: `Use case "X" does not appear in Y.` */
export function absentFrom(
  index: NameIndex,
  sheet: string,
  what: string,
  name: string,
): { message: string; suggestion?: string } {
  const near = index.suggest(name);
  const hint = near === undefined ? "" : ` Did you mean ${quote(near)}?`;
  return {
    message: `${what} ${quote(name)} does not appear in ${sheet}.${hint}`,
    ...(near === undefined ? {} : { suggestion: near }),
  };
}

function nameIndex(names: Iterable<string>): NameIndex {
  const byKey = new Map<string, string>();
  // Names come from cleaned cells; typography and case aside, they are the same name.
  for (const name of names) {
    const key = vocabularyKey(name);
    if (name !== "" && !byKey.has(key)) byKey.set(key, name);
  }
  let fuzzy: FuzzyIndex<string> | undefined;
  return {
    has: (name) => byKey.has(vocabularyKey(name)),
    suggest: (name) => {
      fuzzy ??= fuzzyIndex([...byKey.values()].map((value) => ({ keys: [value], value })));
      return fuzzy.suggest(name);
    },
  };
}

export interface CategorisationIndex {
  useCases: NameIndex;
  objects: NameIndex;
  sheet: string;
}

// One per parsed tab, like rowsByObject: live checking re-checks a gap or option row against the
// same Data Categorisation tab many times, and should not read its 50,000 rows each time.
const cache = new WeakMap<object, CategorisationIndex>();

/** Undefined when the workbook has no readable Data Categorisation tab to check against. */
export function categorisationIndex(book: ParsedWorkbook): CategorisationIndex | undefined {
  const tab = book.categorisation;
  if (tab === undefined || tab.headerRow === undefined) return undefined;
  let index = cache.get(tab);
  if (index !== undefined) return index;
  let useCases: NameIndex | undefined;
  let objects: NameIndex | undefined;
  // Built on first use: a book with no gap or option rows never pays for them.
  index = {
    sheet: tab.sheet,
    get useCases() {
      return (useCases ??= nameIndex(tab.rows.map((r) => r.text.useCase)));
    },
    get objects() {
      return (objects ??= nameIndex(tab.rows.map((r) => r.text.informationObject)));
    },
  };
  cache.set(tab, index);
  return index;
}
