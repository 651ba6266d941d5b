/**
 * Turns the analyst's words (an activity, an information object, a use case, typed search words)
 * into weighted BM25 query terms: each word stemmed, and each abbreviation or shorthand of the NEM
 * vocabulary (synonyms.ts) expanded into the framework's words at a lower weight, credited to the
 * word the analyst wrote.
 */
import { phrase, type QueryTerm } from "./bm25";
import { NEM_SYNONYMS } from "./synonyms";
import { BODY_STEMS } from "./everyday-words";
import { singular } from "./stem";
import { TUNING } from "./tuning";
import { wordsOf, type Word } from "./words";

export interface QueryPart {
  text: string;
  weight: number;
}

// The vocabulary keyed by its left-hand sides' words in the singular, so "envelopes" finds
// "envelope" and "Tx-Dx" finds "tx-dx" however it is spelt (no further stemming: "fine" must not
// find "final").
let byStems: Map<string, string> | undefined;

function singulars(text: string): string[] {
  return wordsOf(text).map((word) => singular(word.surface));
}

function vocabulary(): Map<string, string> {
  byStems ??= new Map(Object.entries(NEM_SYNONYMS).map(([key, words]) => [singulars(key).join(" "), words]));
  return byStems;
}

let vocabularyWords: Set<string> | undefined;

/** Whether a word (in the singular) is part of some entry of the NEM vocabulary. */
export function inVocabulary(word: string): boolean {
  vocabularyWords ??= new Set([...vocabulary().keys()].flatMap((key) => key.split(" ")));
  return vocabularyWords.has(singular(word));
}

/** Whether a text of several words is one entry of the NEM vocabulary ("CSIP-AUS", "rule change"): one thing named. */
export function isVocabularyPhrase(text: string): boolean {
  const key = singulars(text);
  return key.length > 1 && vocabulary().has(key.join(" "));
}

/** The NEM vocabulary's entries found in `text` (two-word phrases and single words), each with the analyst's words. */
function expansions(text: string): Array<{ surface: string; words: string }> {
  const words = wordsOf(text).map((word) => ({ surface: word.surface, key: singular(word.surface) }));
  const found: Array<{ surface: string; words: string }> = [];
  const seen = new Set<string>();
  const add = (key: string, surface: string) => {
    const expansion = vocabulary().get(key);
    if (expansion === undefined || seen.has(key)) return;
    seen.add(key);
    found.push({ surface, words: expansion });
  };
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (next !== undefined) add(`${word.key} ${next.key}`, `${word.surface} ${next.surface}`);
    add(word.key, word.surface);
  });
  return found;
}

/**
 * How much a word counts for what it is: a market body or network business ("AEMO", "DNSP") says
 * who acts, not what about, so it and its expansion count less (everyday-words.ts). Everyday verbs
 * keep their weight: "publish", "settle" and "register" open the capabilities' own names.
 */
function weightOf(stem: string): number {
  return BODY_STEMS.has(stem) ? TUNING.bodyWeight : 1;
}

/** The stem of a one-word surface ("aemo"); a phrase's surface counts as itself. */
function stemOfSurface(surface: string): string {
  const words = wordsOf(surface);
  return words.length === 1 ? (words[0] as Word).stem : surface;
}

/** The query terms of some weighted texts, one term per stem (the highest weight wins). */
export function queryTerms(parts: readonly QueryPart[]): QueryTerm[] {
  const terms = new Map<string, QueryTerm>();
  const add = (stem: string, weight: number, surface: string) => {
    const had = terms.get(stem);
    if (had === undefined || had.weight < weight)
      terms.set(stem, { stem, weight, surface: had !== undefined && had.weight >= weight ? had.surface : surface });
  };
  const addWords = (words: readonly Word[], weight: number, surface?: string) => {
    words.forEach((word, i) => {
      add(word.stem, weight * weightOf(word.stem), surface ?? word.surface);
      const previous = words[i - 1];
      if (previous !== undefined)
        add(
          phrase(previous.stem, word.stem),
          weight * TUNING.phraseWeight,
          surface ?? `${previous.surface} ${word.surface}`,
        );
    });
  };
  for (const { text, weight } of parts) {
    if (weight <= 0 || text.trim() === "") continue;
    addWords(wordsOf(text), weight);
    for (const { surface, words } of expansions(text))
      addWords(wordsOf(words), weight * TUNING.expansionWeight * weightOf(stemOfSurface(surface)), surface);
  }
  return [...terms.values()];
}
