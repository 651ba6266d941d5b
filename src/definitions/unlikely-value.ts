/**
 * When a row's capability or category is far from its words and another is clearly closer: the
 * judgement behind capability.unlikely-for-activity and category.unlikely-for-object, on the same
 * index the suggestions rank with (definitionsIndex). All conditions must hold, so a value the
 * words merely say little about is never questioned:
 * - far: the row's value scores at most `ratio` of the best one (or nothing at all), and is not a
 *   sibling of the best under one Level 2 (capability) or in its group (category);
 * - clearly closer: the best scores at least `minScore` (0..1);
 * - on the row's own words: the best matches at least `ownWords` distinct words (everyday words and
 *   the market's bodies aside) of the column that speaks for it (the activity for a capability, the
 *   information object for a category), and the row's value at most `currentOwnWords` of them;
 * - a second opinion (UnlikelyJudge.confirmed): the row's words taken together agree.
 * Tuned on rows known to be right (the training rows of bench/labelled-rows.json, the dev rows, the
 * sample and the test workbooks): at most 1 in 50 correct rows questioned
 * (tests/rules/unlikely-tolerance.test.ts).
 */
import type { Level3Capability } from "../model/capability-model";
import type { InformationCategory } from "../model/information-categories";
import type { ReferenceModel } from "../model/reference-model";
import {
  definitionsIndex,
  type CapabilitySuggestion,
  type CategorySuggestion,
  type FrameworkIndex,
  type RowWords,
} from "./framework-index";
import { BODY_STEMS, EVERYDAY_STEMS } from "./everyday-words";
import { isVocabularyPhrase } from "./query-terms";
import { stemsOf, wordsOf } from "./words";

export interface Ranked {
  raw: number;
  score: number;
  because: string[];
}

export interface UnlikelyThresholds {
  ratio: number;
  minScore: number;
  ownWords: number;
  currentOwnWords: number;
}

/** A capability's ranking is the less sure of the two (top-1 about 55%): it needs two words of the activity. */
export const CAPABILITY_UNLIKELY: UnlikelyThresholds = { ratio: 0.1, minScore: 0.55, ownWords: 2, currentOwnWords: 0 };
/** A category's 0.43: the confidence scale rose with the NEM expansions' weight (0.5 -> 0.6); 0.4 then questioned 3 more correct rows. */
export const CATEGORY_UNLIKELY: UnlikelyThresholds = { ratio: 0.1, minScore: 0.43, ownWords: 1, currentOwnWords: 0 };

/** Whether a word (or phrase) of `because` says nothing about the topic (everyday-words.ts). */
function everyday(word: string): boolean {
  return stemsOf(word).every((stem) => EVERYDAY_STEMS.has(stem) || BODY_STEMS.has(stem));
}

/**
 * How many distinct words of the own column `because` holds or stands for, everyday words aside; an
 * entry of the NEM vocabulary written as several words ("CSIP-AUS", "export limit") names one thing
 * and counts once.
 */
function ownMatches(because: readonly string[], own: ReadonlySet<string>): number {
  const matched = new Set<string>();
  let oneThing = 0;
  for (const word of because) {
    if (everyday(word)) continue;
    const parts = own.has(word) ? [word] : word.split(" ");
    if (!parts.every((part) => own.has(part))) continue;
    const fresh = parts.filter((part) => !everyday(part) && !matched.has(part));
    for (const part of fresh) matched.add(part);
    if (fresh.length > 1 && isVocabularyPhrase(word)) oneThing += fresh.length - 1;
  }
  return matched.size - oneThing;
}

export function clearlyBetter<S extends Ranked>(
  ranked: readonly S[],
  isCurrent: (s: S) => boolean,
  ownText: string,
  limits: UnlikelyThresholds,
): { current: S | undefined; better: S } | undefined {
  const best = ranked[0];
  if (best === undefined || isCurrent(best) || best.score < limits.minScore) return undefined;
  const current = ranked.find(isCurrent);
  if ((current?.raw ?? 0) > limits.ratio * best.raw) return undefined;
  const own = new Set(wordsOf(ownText).map((w) => w.surface));
  if (ownMatches(best.because, own) < limits.ownWords) return undefined;
  if (ownMatches(current?.because ?? [], own) > limits.currentOwnWords) return undefined;
  return { current, better: best };
}

/**
 * The two judgements as the rules ask them, remembered per distinct telling words: a capability
 * against the row's activity (and its use case group's domains), a category against the row's
 * information object. A workbook of 50,000 rows holds a few hundred distinct activities and objects
 * once their numbers and other words no definition knows are set aside (FrameworkIndex.telling), so
 * each is ranked once; the remembered texts make a re-check of the same tab almost free.
 */
export class UnlikelyJudge {
  /** A value the row's words taken together still rank this high is not questioned. */
  static readonly SECOND_OPINION_RANK = 3;
  private readonly texts = new Map<string, string>();
  private readonly seconds = new Map<string, boolean>();
  private readonly verdicts = new Map<
    string,
    | { current: CapabilitySuggestion | undefined; better: CapabilitySuggestion }
    | { current: CategorySuggestion | undefined; better: CategorySuggestion }
    | null
  >();

  constructor(private readonly index: FrameworkIndex) {}

  capability(
    activity: string,
    useCaseGroup: string,
    capability: Level3Capability,
  ): { current: CapabilitySuggestion | undefined; better: CapabilitySuggestion } | undefined {
    const words = this.tellingOf(activity, "capabilities");
    if (words === "") return undefined;
    const key = `c\u0000${capability.id}\u0000${useCaseGroup}\u0000${words}`;
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      const ranked = this.index.rankCapabilities({ activity: words, useCaseGroup }, { neighbours: false });
      const found = clearlyBetter(ranked, (s) => s.capability === capability, words, CAPABILITY_UNLIKELY);
      // A sibling under the same Level 2 is a fine distinction, not a far value: never questioned.
      verdict = found === undefined || found.better.capability.parent === capability.parent ? null : found;
      this.remember(this.verdicts, key, verdict);
    }
    return (verdict ?? undefined) as
      { current: CapabilitySuggestion | undefined; better: CapabilitySuggestion } | undefined;
  }

  category(
    object: string,
    category: InformationCategory,
  ): { current: CategorySuggestion | undefined; better: CategorySuggestion } | undefined {
    const words = this.tellingOf(object, "categories");
    if (words === "") return undefined;
    const key = `k\u0000${category.name}\u0000${words}`;
    let verdict = this.verdicts.get(key);
    if (verdict === undefined) {
      // Far from the object's own words: the categories' descriptions alone, without the capabilities' say.
      const ranked = this.index.rankCategories({ informationObject: words }, { neighbours: false, bridge: false });
      const found = clearlyBetter(ranked, (s) => s.category === category, words, CATEGORY_UNLIKELY);
      // A category of the same group (Telemetry (Device) for Telemetry (Portfolio)) is near, not far.
      verdict = found === undefined || found.better.category.group === category.group ? null : found;
      this.remember(this.verdicts, key, verdict);
    }
    return (verdict ?? undefined) as
      { current: CategorySuggestion | undefined; better: CategorySuggestion } | undefined;
  }

  /**
   * The second opinion, asked only once a value looks unlikely: the row's words taken together
   * (activity, information object and use case) must agree. The value is questioned only when they
   * too put `better` first and leave the value out of their first few (the object may explain a
   * capability the activity alone does not).
   */
  confirmed(
    row: RowWords,
    value: Level3Capability | InformationCategory,
    better: Level3Capability | InformationCategory,
  ): boolean {
    const level3 = "parent" in value;
    const of = level3 ? "capabilities" : "categories";
    const telling: RowWords = {
      activity: this.tellingOf(row.activity ?? "", of),
      informationObject: this.tellingOf(row.informationObject ?? "", of),
      useCase: this.tellingOf(row.useCase ?? "", of),
      useCaseGroup: row.useCaseGroup ?? "",
    };
    const name = (v: Level3Capability | InformationCategory) => ("parent" in v ? v.id : v.name);
    const key = `s\u0000${name(value)}\u0000${name(better)}\u0000${telling.useCaseGroup}\u0000${telling.activity}\u0000${telling.informationObject}\u0000${telling.useCase}`;
    let agreed = this.seconds.get(key);
    if (agreed === undefined) {
      const ranked: ReadonlyArray<{ capability?: unknown; category?: unknown }> = level3
        ? this.index.rankCapabilities(telling, { neighbours: false })
        : // A category on the categories' own words, as its first look: the capabilities' say
          // (bridged) would let a use case group's domains overrule what the object plainly is.
          this.index.rankCategories(telling, { neighbours: false, bridge: false });
      const values = ranked
        .slice(0, UnlikelyJudge.SECOND_OPINION_RANK)
        .map((s) => (level3 ? s.capability : s.category));
      agreed = values[0] === better && !values.includes(value);
      this.remember(this.seconds, key, agreed);
    }
    return agreed;
  }

  private tellingOf(text: string, of: "capabilities" | "categories"): string {
    const key = `${of}\u0000${text}`;
    let words = this.texts.get(key);
    if (words === undefined) {
      words = this.index.telling(text, of);
      this.remember(this.texts, key, words);
    }
    return words;
  }

  // Bounded: a column of all-distinct free text must not grow these without limit.
  private remember<V>(map: Map<string, V>, key: string, value: V): void {
    if (map.size >= MEMORY) map.clear();
    map.set(key, value);
  }
}

const MEMORY = 200_000;
const judges = new WeakMap<ReferenceModel, UnlikelyJudge>();

/** One judge per reference model, shared by the two rules and kept between checks. */
export function unlikelyJudge(model: ReferenceModel): UnlikelyJudge {
  let judge = judges.get(model);
  if (judge === undefined) {
    judge = new UnlikelyJudge(definitionsIndex(model));
    judges.set(model, judge);
  }
  return judge;
}
