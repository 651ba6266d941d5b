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
import { Bm25Index, type Bm25Parameters, type QueryTerm, type Scored } from "./bm25";
import { inVocabulary, queryTerms, type QueryPart } from "./query-terms";
import { wordsOf } from "./words";

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
}

interface KnownValues {
  capability: Level3Capability | undefined;
  category: InformationCategory | undefined;
  key: number | undefined;
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

/**
 * The index's weights, tuned on the training rows of bench/labelled-rows.json (never the held-out
 * ones): how much each column of the row speaks for the capability and for the category, how much
 * a name counts against a definition, the use case group's prior and the nearest rows' votes.
 */
export const TUNING = {
  capabilityQuery: { activity: 1, informationObject: 0.5, useCase: 0.35 },
  categoryQuery: { activity: 0.7, informationObject: 1, useCase: 0.4 },
  nameWeight: 3,
  categoryNameWeight: 3,
  parentWeight: 1,
  groupWeight: 2,
  /**
   * Suggestions: a word the name and the definition both hold (weighted tf 4 and more) keeps
   * earning; k1 1.2 saturated it at the name alone and let a definition that merely mentions the
   * word draw level (training rows: category top-3 87.5% -> 93.2%, capability 79.5% -> 83.0%).
   */
  capabilityBm25: { k1: 3, b: 0.75 },
  categoryBm25: { k1: 3, b: 0.75 },
  /** The two rules' index keeps the saturation their thresholds were tuned with (unlikely-value.ts). */
  questioningBm25: { k1: 1.2, b: 0.75 },
  /** A capability in one of the use case group's domains counts this much more. */
  groupPrior: 1.3,
  /** A row of the workbook as near as can be (all its words the query's) votes this raw score. */
  neighbourWeight: 2.5,
  neighbours: 3,
  /** The raw score that reads as 0.5 (a term earns at most its weight times its idf, see bm25.ts). */
  halfScore: 1.82,
};

export class FrameworkIndex {
  private readonly capabilities: Bm25Index<Level3Capability>;
  private readonly categories: Bm25Index<InformationCategory>;
  private readonly rows: Bm25Index<KnownValues>;

  constructor(
    private readonly model: ReferenceModel,
    known: readonly KnownRow[] = [],
    saturation: { capability: Bm25Parameters; category: Bm25Parameters } = {
      capability: TUNING.capabilityBm25,
      category: TUNING.categoryBm25,
    },
  ) {
    this.capabilities = new Bm25Index(
      model.capabilities.level3.map((c) => ({
        value: c,
        fields: [
          { text: c.name, weight: TUNING.nameWeight },
          { text: c.definition, weight: 1 },
          { text: c.parent.name, weight: TUNING.parentWeight },
        ],
      })),
      saturation.capability,
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
      saturation.category,
    );
    this.rows = new Bm25Index(
      known.flatMap((row) => {
        const capability = this.level3Of(row.capability);
        const category =
          row.category === undefined ? undefined : model.information.categories.match(row.category)?.term;
        if (capability === undefined && category === undefined) return [];
        return [
          {
            value: { capability, category, key: row.key },
            fields: [
              { text: `${row.activity ?? ""} ${row.informationObject ?? ""}`, weight: 1 },
              { text: row.useCase ?? "", weight: 0.5 },
            ],
          },
        ];
      }),
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
    return this.rows.size;
  }

  /** The Level 3 capabilities the row's words match at all, best first. */
  rankCapabilities(row: RowWords, options: RankOptions = {}): CapabilitySuggestion[] {
    const query = queryTerms(parts(row, TUNING.capabilityQuery));
    const domains = new Set(
      this.model.useCaseGroups.match(row.useCaseGroup ?? "")?.term.domains.map((d) => d.name) ?? [],
    );
    const scored = this.capabilities
      .score(query)
      .map((s) => ({ ...s, score: domains.has(s.value.domain.name) ? s.score * TUNING.groupPrior : s.score }));
    const votes = options.neighbours === false ? [] : this.votes(query, options.excludeKey, (v) => v.capability);
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
    const votes = options.neighbours === false ? [] : this.votes(query, options.excludeKey, (v) => v.category);
    return combine(this.categories.score(query), votes).map(({ value, score, because }) => ({
      name: value.name,
      group: value.group.name,
      score: confidence(score),
      raw: score,
      because,
      category: value,
    }));
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

  /** The nearest known rows' values, each weighted by how near the row is. */
  private votes<T>(
    query: readonly QueryTerm[],
    excludeKey: number | undefined,
    valueOf: (row: KnownValues) => T | undefined,
  ): Array<Scored<T>> {
    if (this.rows.size === 0) return [];
    const near = this.rows
      .score(query)
      .filter((s) => excludeKey === undefined || s.value.key !== excludeKey)
      .slice(0, TUNING.neighbours);
    const ceiling = this.rows.ceiling(query);
    const byValue = new Map<T, Scored<T>>();
    for (const { value, score, because } of near) {
      const target = valueOf(value);
      if (target === undefined) continue;
      const had = byValue.get(target);
      if (had === undefined)
        byValue.set(target, {
          value: target,
          score: (score / ceiling) * TUNING.neighbourWeight,
          because: [...because],
        });
      else {
        had.score += (score / ceiling) * TUNING.neighbourWeight;
        for (const word of because) if (!had.because.includes(word)) had.because.push(word);
      }
    }
    return [...byValue.values()];
  }
}

function parts(row: RowWords, weights: { activity: number; informationObject: number; useCase: number }): QueryPart[] {
  return [
    { text: row.activity ?? "", weight: weights.activity },
    { text: row.informationObject ?? "", weight: weights.informationObject },
    { text: row.useCase ?? "", weight: weights.useCase },
  ];
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

// One index of the definitions per reference model for the pane, one for the rules.
const byModel = new WeakMap<ReferenceModel, FrameworkIndex>();
const questioningByModel = new WeakMap<ReferenceModel, FrameworkIndex>();

function oncePerModel(
  cache: WeakMap<ReferenceModel, FrameworkIndex>,
  model: ReferenceModel,
  build: () => FrameworkIndex,
): FrameworkIndex {
  let index = cache.get(model);
  if (index === undefined) {
    index = build();
    cache.set(model, index);
  }
  return index;
}

/** The index of the framework's definitions alone (no workbook rows), built once per model. */
export function definitionsIndex(model: ReferenceModel): FrameworkIndex {
  return oncePerModel(byModel, model, () => new FrameworkIndex(model));
}

/** The definitions alone as the two rules rank them (TUNING.questioningBm25), built once per model. */
export function questioningIndex(model: ReferenceModel): FrameworkIndex {
  return oncePerModel(
    questioningByModel,
    model,
    () => new FrameworkIndex(model, [], { capability: TUNING.questioningBm25, category: TUNING.questioningBm25 }),
  );
}
