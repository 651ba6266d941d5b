/**
 * The next free Gap IDs in the workbook's own pattern, so proposed gaps read like the analyst's:
 * G07 after G06, GAP-012 after GAP-011, "Gap 10" after "Gap 9". A pattern is the text before the
 * trailing number (prefix and separator, spelt as the id with the highest number spells it) and the
 * number's width: the shortest run of digits among the ids of that prefix, so G01..G09 give width 2
 * and G1..G9 no padding; a number past the width simply grows (G99 -> G100). The prefix most ids
 * share wins, ties going to the one with the highest number. Without any numbered id the default is
 * G01, G02... A candidate equal to a taken id, even loosely ("G-07" for "G07"), is skipped.
 */
import { cleanText } from "../model/text-normalise";
import { looseIdKey } from "../rules/utils/id-keys";

export interface GapIdPattern {
  /** Everything before the number, separator included: "G", "GAP-", "Gap ". */
  prefix: string;
  /** Digits the number is padded to with zeros; 1 means no padding. */
  width: number;
  /** The highest number the workbook uses with this prefix; 0 when none. */
  highest: number;
}

/** What a workbook without numbered Gap IDs starts with: G01. */
export const DEFAULT_GAP_ID_PATTERN: GapIdPattern = { prefix: "G", width: 2, highest: 0 };

const NUMBERED = /^(.*?)(\d+)$/;

export function gapIdPattern(ids: readonly string[]): GapIdPattern {
  const byPrefix = new Map<string, GapIdPattern & { count: number }>();
  for (const raw of ids) {
    const match = NUMBERED.exec(cleanText(raw));
    if (match === null) continue;
    const [, prefix = "", digits = ""] = match;
    const number = Number(digits);
    const seen = byPrefix.get(prefix.toLowerCase());
    if (seen === undefined) {
      byPrefix.set(prefix.toLowerCase(), { prefix, count: 1, width: digits.length, highest: number });
      continue;
    }
    seen.count++;
    seen.width = Math.min(seen.width, digits.length);
    if (number >= seen.highest) {
      seen.highest = number;
      seen.prefix = prefix;
    }
  }
  let best: (GapIdPattern & { count: number }) | undefined;
  for (const candidate of byPrefix.values()) {
    if (
      best === undefined ||
      candidate.count > best.count ||
      (candidate.count === best.count && candidate.highest > best.highest)
    )
      best = candidate;
  }
  return best === undefined
    ? DEFAULT_GAP_ID_PATTERN
    : { prefix: best.prefix, width: best.width, highest: best.highest };
}

export function formatGapId(pattern: Pick<GapIdPattern, "prefix" | "width">, number: number): string {
  return `${pattern.prefix}${String(number).padStart(pattern.width, "0")}`;
}

/**
 * `count` new ids after the highest of the pattern of `ids`, none equal (loosely) to one of `ids`
 * or of `alsoTaken` (ids named elsewhere, such as an option's Gap ID with no gap row yet).
 */
export function nextGapIds(ids: readonly string[], count: number, alsoTaken: readonly string[] = []): string[] {
  const pattern = gapIdPattern(ids);
  const taken = new Set([...ids, ...alsoTaken].map(looseIdKey));
  const next: string[] = [];
  for (let number = pattern.highest + 1; next.length < count; number++) {
    const id = formatGapId(pattern, number);
    if (taken.has(looseIdKey(id))) continue;
    taken.add(looseIdKey(id));
    next.push(id);
  }
  return next;
}
