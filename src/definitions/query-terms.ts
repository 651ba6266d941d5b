/**
 * Turns the analyst's words (an activity, an information object, a use case, typed search words)
 * into weighted BM25 query terms: each word stemmed, and each abbreviation or shorthand of the NEM
 * vocabulary (synonyms.ts) expanded into the framework's words at a lower weight, credited to the
 * word the analyst wrote.
 */
import type { QueryTerm } from "./bm25";
import { NEM_SYNONYMS } from "./synonyms";
import { wordsOf } from "./words";

/** How much an expansion counts against the word itself. */
const EXPANSION_WEIGHT = 0.7;

export interface QueryPart {
  text: string;
  weight: number;
}

/** The NEM vocabulary's entries found in `text`: its phrases (two words) and single words, with their surface. */
function expansions(text: string): Array<{ surface: string; words: string }> {
  const tokens = text.toLowerCase().split(/[^a-z0-9/-]+/).filter((token) => token !== "");
  const found: Array<{ surface: string; words: string }> = [];
  const seen = new Set<string>();
  const add = (key: string) => {
    const words = NEM_SYNONYMS[key];
    if (words === undefined || seen.has(key)) return;
    seen.add(key);
    found.push({ surface: key, words });
  };
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (next !== undefined) add(`${token} ${next}`);
    add(token);
    // "Tx-Dx", "RIT-D": the joined form first, then each part.
    for (const part of token.split(/[/-]/)) if (part !== token) add(part);
  });
  return found;
}

/** The query terms of some weighted texts, one term per stem (the highest weight wins). */
export function queryTerms(parts: readonly QueryPart[]): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  const add = (stem: string, weight: number, surface: string) => {
    const had = terms.get(stem);
    if (had === undefined || had.weight < weight) terms.set(stem, { stem, weight, surface: had !== undefined && had.weight >= weight ? had.surface : surface });
  };
  for (const { text, weight } of parts) {
    if (weight <= 0 || text.trim() === "") continue;
    for (const word of wordsOf(text)) add(word.stem, weight, word.surface);
    for (const { surface, words } of expansions(text)) {
      for (const word of wordsOf(words)) add(word.stem, weight * EXPANSION_WEIGHT, surface);
    }
  }
  return [...terms.values()];
}
