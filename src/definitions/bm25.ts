/**
 * Okapi BM25 over stemmed words, with weighted fields (a capability's name counts more than its
 * definition) and weighted query terms (the activity counts more than the use case). Each score
 * keeps the query terms that earned it, so a suggestion can say why.
 * (Robertson and Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009.)
 */
import { stemsOf } from "./words";

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

export class Bm25Index<T> {
  private readonly docs: Array<{ value: T; terms: Map<string, number>; length: number }>;
  private readonly documentFrequency = new Map<string, number>();
  private readonly averageLength: number;

  constructor(
    entries: ReadonlyArray<{ value: T; fields: readonly Field[] }>,
    private readonly parameters: Bm25Parameters = { k1: 1.2, b: 0.75 },
  ) {
    this.docs = entries.map(({ value, fields }) => {
      const terms = new Map<string, number>();
      let length = 0;
      for (const field of fields) {
        for (const stem of stemsOf(field.text)) {
          terms.set(stem, (terms.get(stem) ?? 0) + field.weight);
          length += field.weight;
        }
      }
      for (const stem of terms.keys()) this.documentFrequency.set(stem, (this.documentFrequency.get(stem) ?? 0) + 1);
      return { value, terms, length };
    });
    this.averageLength = this.docs.reduce((sum, doc) => sum + doc.length, 0) / Math.max(1, this.docs.length);
  }

  get size(): number {
    return this.docs.length;
  }

  /** Inverse document frequency, never negative (the "+1" form). */
  idf(stem: string): number {
    const n = this.documentFrequency.get(stem) ?? 0;
    return Math.log(1 + (this.docs.length - n + 0.5) / (n + 0.5));
  }

  /** The score a document matching every query term as often as it can would reach: the scale of similarity. */
  ceiling(query: readonly QueryTerm[]): number {
    return query.reduce((sum, term) => sum + term.weight * this.idf(term.stem) * (this.parameters.k1 + 1), 0);
  }

  /** Every document with a positive score, best first. */
  score(query: readonly QueryTerm[]): Array<Scored<T>> {
    const results: Array<Scored<T>> = [];
    const idfs = query.map((term) => this.idf(term.stem));
    const { k1, b } = this.parameters;
    for (const doc of this.docs) {
      let score = 0;
      const credit = new Map<string, number>();
      query.forEach((term, i) => {
        const tf = doc.terms.get(term.stem);
        if (tf === undefined) return;
        const part = term.weight * (idfs[i] ?? 0) * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * doc.length) / this.averageLength)));
        score += part;
        credit.set(term.surface, (credit.get(term.surface) ?? 0) + part);
      });
      if (score > 0) results.push({ value: doc.value, score, because: [...credit.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word) });
    }
    return results.sort((a, b) => b.score - a.score);
  }
}
