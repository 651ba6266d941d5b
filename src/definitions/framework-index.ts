/**
 * The framework index: which Level 3 capability and which information category the words of a Data
 * Categorisation row point to. Three sources, each explainable and measured by `npm run bench --
 * suggest` (bench/suggest-figure.ts, over the labelled rows in bench/labelled-rows.json):
 * - the framework's definitions: BM25 over each capability's name, definition and Level 2 name, and
 *   each category's name, description and group, queried with the row's activity, information object
 *   and use case (weighted: the activity speaks for the capability, the object for the category),
 *   NEM abbreviations read through synonyms.ts;
 * - the use case group's domains as a prior: a capability from a domain the group draws on counts more;
 * - the workbook's own categorised rows: the nearest rows by the same words vote for their values.
 * Every suggestion carries the analyst's words that matched (`because`). Pure: no I/O, no Office.
 */
import type { Capability, Level3Capability } from "../model/capability-model";
import type { InformationCategory } from "../model/information-categories";
import type { ReferenceModel } from "../model/reference-model";
import { Bm25Index, type QueryTerm, type Scored } from "./bm25";
import { inVocabulary, queryTerms, type QueryPart } from "./query-terms";
import { TUNING } from "./tuning";
import { stemsOf, wordsOf } from "./words";

/** The words of a row the index reads; any may be empty. */
export interface RowWords {
  activity?: string;
  informationObject?: string;
  useCase?: string;
  /** Code or name; its domains weigh the capabilities. */
  useCaseGroup?: string;
}

/** A row the workbook already categorised: its words and its values (id or name as written). */
export interface KnownRow extends RowWords {
  capability?: string;
  category?: string;
  /** Names the row (its worksheet row), so that a row never votes for its own values. */
  key?: number;
}

/** How to rank: without the workbook's rows, or without one of them (the row being judged). */
export interface RankOptions {
  neighbours?: boolean;
  excludeKey?: number;
  /** Categories: false ranks on the categories' own words, without the likeliest capabilities' say (bridged). */
  bridge?: boolean;
}

interface KnownValues {
  capability: Level3Capability | undefined;
  category: InformationCategory | undefined;
  key: number | undefined;
}

/**
 * The rows that say one text, as the votes need them: how many hold each value, and which row has
 * each key (to set the row being judged aside). Counted once, so a text of 50,000 identical rows
 * costs a query a few map entries, not a walk over every row.
 */
interface KnownText {
  size: number;
  tallies: { [K in "capability" | "category"]: Map<NonNullable<KnownValues[K]>, number> };
  byKey: Map<number, KnownValues>;
}

export interface CapabilitySuggestion {
  id: string;
  name: string;
  /** 0..1: how strongly the row's words point here (half at the score of a typical good match). */
  score: number;
  /** The unscaled score, for comparing two suggestions. */
  raw: number;
  because: string[];
  capability: Level3Capability;
}

export interface CategorySuggestion {
  name: string;
  group: string;
  score: number;
  raw: number;
  because: string[];
  category: InformationCategory;
}

export class FrameworkIndex {
  private readonly capabilities: Bm25Index<Level3Capability>;
  private readonly categories: Bm25Index<InformationCategory>;
  /** The workbook's rows, one text per distinct words, with the values of the rows that say them. */
  private readonly rows: Bm25Index<KnownText>;
  private knownCount = 0;
  /** Per capability, its affinity with each category (affinityOf), computed on first use. */
  private readonly affinities = new Map<Level3Capability, Map<InformationCategory, number>>();
  /** How many Level 3 capabilities each Level 2 holds. */
  private readonly level2Sizes = new Map<string, number>();

  constructor(
    private readonly model: ReferenceModel,
    known: readonly KnownRow[] = [],
  ) {
    for (const c of model.capabilities.level3)
      this.level2Sizes.set(c.parent.id, (this.level2Sizes.get(c.parent.id) ?? 0) + 1);
    this.capabilities = new Bm25Index(
      model.capabilities.level3.map((c) => ({
        value: c,
        fields: [
          { text: c.name, weight: TUNING.nameWeight },
          { text: c.definition, weight: 1 },
          { text: c.parent.name, weight: TUNING.parentWeight },
        ],
      })),
      TUNING.capabilityBm25,
    );
    this.categories = new Bm25Index(
      model.information.categories.terms.map((c) => ({
        value: c,
        fields: [
          { text: c.name, weight: TUNING.categoryNameWeight },
          { text: c.description, weight: 1 },
          { text: c.group.name, weight: TUNING.groupWeight },
        ],
      })),
      TUNING.categoryBm25,
    );
    // Rows with the same words (numbers aside: "Market forecast 37" says what "Market forecast 38"
    // does) are one text of the index, holding each row's values: a workbook of 50,000 rows says a
    // few thousand things at most, and a query then visits each once.
    const texts = new Map<string, { row: KnownRow; members: KnownValues[] }>();
    for (const row of known) {
      const capability = this.level3Of(row.capability);
      const category = row.category === undefined ? undefined : model.information.categories.match(row.category)?.term;
      if (capability === undefined && category === undefined) continue;
      const key = [row.activity, row.informationObject, row.useCase].map(wordsKey).join("\u0000");
      const text = texts.get(key) ?? { row, members: [] };
      text.members.push({ capability, category, key: row.key });
      texts.set(key, text);
      this.knownCount++;
    }
    this.rows = new Bm25Index(
      [...texts.values()].map(({ row, members }) => ({
        value: knownText(members),
        fields: [
          { text: `${row.activity ?? ""} ${row.informationObject ?? ""}`, weight: 1 },
          { text: row.useCase ?? "", weight: 0.5 },
        ],
      })),
    );
  }

  /**
   * The words of `text` that can move a score in the capability or category index: those some
   * definition holds or the NEM vocabulary reads, in order. Two texts with the same such words rank
   * alike on their own, so the rules judge each distinct one once ("Market forecast 37" is "market
   * forecast").
   */
  telling(text: string, of: "capabilities" | "categories"): string {
    const index = of === "capabilities" ? this.capabilities : this.categories;
    return wordsOf(text)
      .filter((word) => index.has(word.stem) || inVocabulary(word.surface))
      .map((word) => word.surface)
      .join(" ");
  }

  /** How many of the workbook's rows the index learnt from. */
  get knownRows(): number {
    return this.knownCount;
  }

  /** The Level 3 capabilities the row's words match at all, best first. */
  rankCapabilities(row: RowWords, options: RankOptions = {}): CapabilitySuggestion[] {
    const query = queryTerms(parts(row, TUNING.capabilityQuery));
    const domains = new Set(
      this.model.useCaseGroups.match(row.useCaseGroup ?? "")?.term.domains.map((d) => d.name) ?? [],
    );
    const scored = withSiblings(
      this.capabilities
        .score(query)
        .map((s) => ({ ...s, score: domains.has(s.value.domain.name) ? s.score * TUNING.groupPrior : s.score })),
      this.level2Sizes,
    );
    const votes = options.neighbours === false ? [] : this.votes(query, options.excludeKey, "capability");
    return combine(scored, votes).map(({ value, score, because }) => ({
      id: value.id,
      name: value.name,
      score: confidence(score),
      raw: score,
      because,
      capability: value,
    }));
  }

  /** The information categories the row's words match at all, best first. */
  rankCategories(row: RowWords, options: RankOptions = {}): CategorySuggestion[] {
    const query = queryTerms(parts(row, TUNING.categoryQuery));
    const votes = options.neighbours === false ? [] : this.votes(query, options.excludeKey, "category");
    const scored = this.categories.score(query);
    return combine(options.bridge === false ? scored : this.bridged(row, scored), votes).map(
      ({ value, score, because }) => ({
        name: value.name,
        group: value.group.name,
        score: confidence(score),
        raw: score,
        because,
        category: value,
      }),
    );
  }

  /**
   * The categories the row's likeliest capabilities speak for, added to the categories' own
   * scores: "Settle off-market flex payments" points to 4.5.7 Manage off-market financial
   * transactions, whose definition reads as Financial, though the object "Flex settlement statement"
   * alone says little. Each of the best TUNING.bridgeCapabilities capabilities (definitions only)
   * adds, in proportion to its score against the best one's, TUNING.bridgeShare of its affinity with
   * each category, on the scale of the best category's score. Its matched words join `because`.
   */
  private bridged(
    row: RowWords,
    scored: ReadonlyArray<Scored<InformationCategory>>,
  ): Array<Scored<InformationCategory>> {
    const capabilities = this.rankCapabilities(row, { neighbours: false }).slice(0, TUNING.bridgeCapabilities);
    const best = capabilities[0];
    if (TUNING.bridgeShare === 0 || best === undefined) return [...scored];
    const scale = (scored[0]?.score ?? TUNING.halfScore) * (TUNING.bridgeShare / TUNING.bridgeCapabilities);
    const byCategory = new Map(scored.map((s) => [s.value, { ...s, because: [...s.because] }]));
    const lifts: Array<{ category: InformationCategory; lift: number; because: readonly string[] }> = [];
    for (const capability of capabilities) {
      for (const [category, affinity] of this.affinityOf(capability.capability)) {
        const lift = scale * (capability.raw / best.raw) * affinity;
        const had = byCategory.get(category) ?? { value: category, score: 0, because: [] };
        had.score += lift;
        byCategory.set(category, had);
        lifts.push({ category, lift, because: capability.because });
      }
    }
    // A capability's words join `because` only where its say made a quarter of the category's score.
    for (const { category, lift, because } of lifts) {
      const had = byCategory.get(category);
      if (had === undefined || lift < had.score / 4) continue;
      for (const word of because) if (!had.because.includes(word)) had.because.push(word);
    }
    return [...byCategory.values()].sort((a, b) => b.score - a.score);
  }

  /** A capability's affinity with each category: its name and definition ranked as an information object, as a share of the best. */
  private affinityOf(capability: Level3Capability): Map<InformationCategory, number> {
    let affinity = this.affinities.get(capability);
    if (affinity === undefined) {
      const ranked = this.categories.score(
        queryTerms([{ text: `${capability.name} ${capability.definition}`, weight: 1 }]),
      );
      const top = ranked[0]?.score ?? 1;
      affinity = new Map(ranked.map((s) => [s.value, s.score / top]));
      this.affinities.set(capability, affinity);
    }
    return affinity;
  }

  /** Capabilities and categories for words typed in a search box, the best `limit` of each. */
  search(text: string, limit = 5): { capabilities: CapabilitySuggestion[]; categories: CategorySuggestion[] } {
    const row = { activity: text, informationObject: text };
    return {
      capabilities: this.rankCapabilities(row, { neighbours: false }).slice(0, limit),
      categories: this.rankCategories(row, { neighbours: false }).slice(0, limit),
    };
  }

  private level3Of(text: string | undefined): Level3Capability | undefined {
    if (text === undefined || text.trim() === "") return undefined;
    const found: Capability | undefined = this.model.capabilities.byId(text) ?? this.model.capabilities.byName(text)[0];
    return found?.level === 3 ? found : undefined;
  }

  /**
   * The nearest known texts' values, each weighted by how near the text is and by the share of the
   * text's rows holding the value (the row being judged, `excludeKey`, aside).
   */
  private votes<K extends "capability" | "category">(
    query: readonly QueryTerm[],
    excludeKey: number | undefined,
    kind: K,
  ): Array<Scored<NonNullable<KnownValues[K]>>> {
    type T = NonNullable<KnownValues[K]>;
    if (this.rows.size === 0) return [];
    const near: Array<{ text: KnownText; score: number; because: string[]; own: KnownValues | undefined }> = [];
    for (const { value: text, score, because } of this.rows.score(query)) {
      if (near.length === TUNING.neighbours) break;
      const own = excludeKey === undefined ? undefined : text.byKey.get(excludeKey);
      if (text.size - (own === undefined ? 0 : 1) > 0) near.push({ text, score, because, own });
    }
    const ceiling = this.rows.ceiling(query);
    const byValue = new Map<T, Scored<T>>();
    for (const { text, score, because, own } of near) {
      const size = text.size - (own === undefined ? 0 : 1);
      const ownValue = own?.[kind];
      const tally: ReadonlyMap<T, number> = text.tallies[kind];
      for (const [target, count] of tally) {
        // Each of the text's rows votes a share; the row being judged has no say about itself.
        const rows = count - (target === ownValue ? 1 : 0);
        if (rows === 0) continue;
        const vote = ((score / ceiling) * TUNING.neighbourWeight * rows) / size;
        const had = byValue.get(target);
        if (had === undefined) byValue.set(target, { value: target, score: vote, because: [...because] });
        else {
          had.score += vote;
          for (const word of because) if (!had.because.includes(word)) had.because.push(word);
        }
      }
    }
    return [...byValue.values()];
  }
}

function knownText(members: readonly KnownValues[]): KnownText {
  const text: KnownText = {
    size: members.length,
    tallies: { capability: new Map(), category: new Map() },
    byKey: new Map(),
  };
  const { capability: capabilities, category: categories } = text.tallies;
  for (const member of members) {
    if (member.capability !== undefined)
      capabilities.set(member.capability, (capabilities.get(member.capability) ?? 0) + 1);
    if (member.category !== undefined) categories.set(member.category, (categories.get(member.category) ?? 0) + 1);
    if (member.key !== undefined) text.byKey.set(member.key, member);
  }
  return text;
}

/** A text's stems without its numbers: what a known row says, for grouping rows that say the same. */
function wordsKey(text: string | undefined): string {
  return stemsOf(text ?? "")
    .filter((stem) => !/^\d+$/.test(stem))
    .join(" ");
}

function parts(row: RowWords, weights: { activity: number; informationObject: number; useCase: number }): QueryPart[] {
  return [
    { text: row.activity ?? "", weight: weights.activity },
    { text: row.informationObject ?? "", weight: weights.informationObject },
    { text: row.useCase ?? "", weight: weights.useCase },
  ];
}

/**
 * Each Level 3's score plus a share of its Level 2 siblings' mean score: words that match several
 * capabilities of one Level 2 ("forecast", "settle") say the row belongs to that Level 2, and lift
 * its members above a lone match elsewhere. Best first again.
 */
function withSiblings(
  scored: ReadonlyArray<Scored<Level3Capability>>,
  sizes: ReadonlyMap<string, number>,
): Array<Scored<Level3Capability>> {
  if (TUNING.siblingShare === 0) return [...scored];
  const byParent = new Map<string, number>();
  for (const s of scored) byParent.set(s.value.parent.id, (byParent.get(s.value.parent.id) ?? 0) + s.score);
  return scored
    .map((s) => {
      const siblings = (sizes.get(s.value.parent.id) ?? 1) - 1;
      const others = (byParent.get(s.value.parent.id) ?? 0) - s.score;
      return { ...s, score: s.score + (siblings > 0 ? (TUNING.siblingShare * others) / siblings : 0) };
    })
    .sort((a, b) => b.score - a.score);
}

/** The definitions' scores plus the nearest rows' votes, best first; ties keep the framework's order. */
function combine<T>(scored: ReadonlyArray<Scored<T>>, votes: ReadonlyArray<Scored<T>>): Array<Scored<T>> {
  const byValue = new Map<T, Scored<T>>();
  for (const s of scored) byValue.set(s.value, { ...s, because: [...s.because] });
  for (const vote of votes) {
    const had = byValue.get(vote.value);
    if (had === undefined) byValue.set(vote.value, { ...vote });
    else {
      had.score += vote.score;
      for (const word of vote.because) if (!had.because.includes(word)) had.because.push(word);
    }
  }
  return [...byValue.values()].sort((a, b) => b.score - a.score);
}

function confidence(raw: number): number {
  return Math.round((raw / (raw + TUNING.halfScore)) * 100) / 100;
}

// One index of the definitions per reference model: the pane's search and the two rules share it,
// so a value a rule offers is the one the suggestions put first for the same words.
const byModel = new WeakMap<ReferenceModel, FrameworkIndex>();

/** The index of the framework's definitions alone (no workbook rows), built once per model. */
export function definitionsIndex(model: ReferenceModel): FrameworkIndex {
  let index = byModel.get(model);
  if (index === undefined) {
    index = new FrameworkIndex(model);
    byModel.set(model, index);
  }
  return index;
}
