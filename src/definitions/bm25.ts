/**
 * Okapi BM25 over stemmed words, with weighted fields (a capability's name counts more than its
 * definition) and weighted query terms (the activity counts more than the use case). Each score
 * keeps the query terms that earned it, so a suggestion can say why. The (k1 + 1) factor of the
 * textbook formula is left out: a term earns at most its weight times its idf whatever k1 is, so
 * tuning k1 (how fast repeats saturate) leaves the scale of scores, which the rules read, alone.
 * (Robertson and Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009.)
 */
import { stemsOf } from "./words";

/** The term of two neighbouring stems. */
export function phrase(first: string, second: string): string {
  return `${first} ${second}`;
}

export interface Field {
  text: string;
  /** How much one occurrence here counts (a name 3, a definition 1). */
  weight: number;
}

export interface QueryTerm {
  stem: string;
  weight: number;
  /** The analyst's word a match on this term is credited to. */
  surface: string;
}

export interface Scored<T> {
  value: T;
  score: number;
  /** Matched query words, the strongest first. */
  because: string[];
}

/** k1: how fast repeated words saturate; b: how much a long text is discounted. */
export interface Bm25Parameters {
  k1: number;
  b: number;
}

interface Posting {
  doc: number;
  /** Weighted term frequency. */
  tf: number;
}

export class Bm25Index<T> {
  private readonly values: T[] = [];
  private readonly lengths: number[] = [];
  /** Per stem, the documents holding it: a query visits only those (rules score every row). */
  private readonly postings = new Map<string, Posting[]>();
  private readonly averageLength: number;

  constructor(
    entries: ReadonlyArray<{ value: T; fields: readonly Field[] }>,
    private readonly parameters: Bm25Parameters = { k1: 1.2, b: 0.75 },
  ) {
    entries.forEach(({ value, fields }, doc) => {
      const terms = new Map<string, number>();
      let length = 0;
      for (const field of fields) {
        const stems = stemsOf(field.text);
        stems.forEach((stem, i) => {
          terms.set(stem, (terms.get(stem) ?? 0) + field.weight);
          length += field.weight;
          // Each two neighbouring words are a term too ("service order", "dispatch instruction"), so
          // a phrase the analyst wrote counts more than its words scattered over a definition.
          if (i > 0) {
            const pair = phrase(stems[i - 1] as string, stem);
            terms.set(pair, (terms.get(pair) ?? 0) + field.weight);
          }
        });
      }
      for (const [stem, tf] of terms) {
        const list = this.postings.get(stem) ?? [];
        list.push({ doc, tf });
        this.postings.set(stem, list);
      }
      this.values.push(value);
      this.lengths.push(length);
    });
    this.averageLength = this.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, this.values.length);
  }

  get size(): number {
    return this.values.length;
  }

  /** Whether some document holds the stem: a query word without one cannot change a score. */
  has(stem: string): boolean {
    return this.postings.has(stem);
  }

  /** Inverse document frequency, never negative (the "+1" form). */
  idf(stem: string): number {
    const n = this.postings.get(stem)?.length ?? 0;
    return Math.log(1 + (this.values.length - n + 0.5) / (n + 0.5));
  }

  /** The score a document matching every query term as often as it can would reach: the scale of similarity. */
  ceiling(query: readonly QueryTerm[]): number {
    return query.reduce((sum, term) => sum + term.weight * this.idf(term.stem), 0);
  }

  /** Every document with a positive score, best first (ties in the order the documents were given). */
  score(query: readonly QueryTerm[]): Array<Scored<T>> {
    const { k1, b } = this.parameters;
    const scores = new Map<number, { score: number; credit: Map<string, number> }>();
    for (const term of query) {
      const list = this.postings.get(term.stem);
      if (list === undefined) continue;
      const idf = this.idf(term.stem);
      for (const { doc, tf } of list) {
        const part =
          term.weight * idf * (tf / (tf + k1 * (1 - b + (b * (this.lengths[doc] ?? 0)) / this.averageLength)));
        let entry = scores.get(doc);
        if (entry === undefined) {
          entry = { score: 0, credit: new Map() };
          scores.set(doc, entry);
        }
        entry.score += part;
        entry.credit.set(term.surface, (entry.credit.get(term.surface) ?? 0) + part);
      }
    }
    return [...scores.entries()]
      .sort((x, y) => y[1].score - x[1].score || x[0] - y[0])
      .map(([doc, { score, credit }]) => ({
        value: this.values[doc] as T,
        score,
        because: [...credit.entries()].sort((x, y) => y[1] - x[1]).map(([word]) => word),
      }));
  }
}
