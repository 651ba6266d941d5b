/**
 * "Did you mean": the closest known value to a near miss, or nothing when no value is close enough
 * or two are equally close. Suggestions must be trustworthy, so the bar is tight.
 */
import { distance } from "fastest-levenshtein";
import { looseKey } from "./text-normalise";

export interface FuzzyIndex<T> {
  /** Best unique candidate for the input, or undefined. */
  suggest(input: string): T | undefined;
}

/** How many edits a value of this length may be away and still be suggested. */
function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  if (length <= 12) return 2;
  return 3;
}

export function fuzzyIndex<T>(entries: ReadonlyArray<{ keys: string[]; value: T }>): FuzzyIndex<T> {
  const keyed: { key: string; value: T }[] = [];
  for (const entry of entries) {
    for (const key of entry.keys) keyed.push({ key: looseKey(key), value: entry.value });
  }
  return {
    suggest(input: string): T | undefined {
      const probe = looseKey(input);
      if (probe.length === 0) return undefined;
      let best: T | undefined;
      let bestDistance = Infinity;
      let tie = false;
      for (const { key, value } of keyed) {
        const d = probe === key ? 0 : distance(probe, key);
        if (d < bestDistance) {
          best = value;
          bestDistance = d;
          tie = false;
        } else if (d === bestDistance && value !== best) {
          tie = true;
        }
      }
      if (best === undefined || tie) return undefined;
      return bestDistance <= allowedEdits(Math.min(probe.length, 40)) ? best : undefined;
    },
  };
}
