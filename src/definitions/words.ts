/**
 * The words of a cell or a definition as the framework index compares them: lower case, split at
 * anything that is not a letter or a digit, common function words and the framework's ubiquitous
 * words (CER, data, information...) dropped, each stemmed. Each word keeps its surface form, so a
 * suggestion can say which of the analyst's own words matched.
 */
import { stem } from "./stem";

export interface Word {
  /** As written, lower case ("envelopes"). */
  surface: string;
  /** As compared ("envelop"). */
  stem: string;
}

// Function words ("does" is not one: it is the plural of DOE), and words so common in the framework that they tell its entries apart by nothing.
const STOP = new Set(
  (
    "a an and are as at be by can could for from has have in into is it its of on or per such that the their them " +
    "there these this those to via vs was were which while who will with within without e g i.e eg ie etc also both each " +
    "other others all any more most new some than then over under between across through up down out off " +
    "cer cers data information relevant related relating necessary including include includes ensure ensuring area " +
    "s like well one many different various specific support supports"
  ).split(" "),
);

// The same few hundred words come back on every row: stem each once.
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

function stemOf(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    found = stem(word);
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, found);
  }
  return found;
}

/** The words of `text`, in order, without stop words. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  // The framework writes "non-market" and "off-market" alike for the same services.
  const joined = text
    .toLowerCase()
    .replace(/\b(?:off|non)[- ]market/g, "nonmarket")
    .replace(/\bon[- ]market/g, "onmarket");
  for (const surface of joined.split(/[^a-z0-9]+/)) {
    if (surface === "" || STOP.has(surface)) continue;
    words.push({ surface, stem: stemOf(surface) });
  }
  return words;
}

/** The stems of `text` (see wordsOf). */
export function stemsOf(text: string): string[] {
  return wordsOf(text).map((word) => word.stem);
}
