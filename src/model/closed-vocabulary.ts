/**
 * A closed vocabulary (Interface, Sensitivity, Quality, roles...): recognises the canonical value,
 * its case/spacing variants and documented aliases, and suggests the nearest value for a near miss.
 */
import { BoundedMemo } from "./bounded-memo";
import { fuzzyIndex, type FuzzyIndex } from "./fuzzy-match";
import { cleanText, looseKey, tidiedKey, vocabularyKey } from "./text-normalise";

export interface VocabularyOptions {
  /**
   * Accept a fragment of one term's name ("visible and predictable") as that term when no other
   * term contains it: for long sentences such as the Major Outcomes.
   */
  matchUniquePart?: boolean;
  /**
   * Read "P1 (High)" or "Restricted - CIC" as meaning the term one half names, for short values
   * only: in a vocabulary whose names hold brackets themselves ("Telemetry (Device)") a half means nothing.
   */
  bracketedMeaning?: boolean;
}

// A fragment shorter than this is too vague to stand for a sentence.
const MIN_PART_LENGTH = 6;

export interface VocabularyTerm {
  name: string;
  description?: string;
  aliases?: string[];
  /** Words that mean this term (by its definition) but are not accepted as it: suggested instead. */
  synonyms?: string[];
}

// "P1 (High)", "Restricted (CIC)": a value with another word for it in brackets.
const BRACKETED = /^([^()]+?)\s*\(([^()]+)\)$/;
// "Restricted - CIC", "CIC – Restricted": the same after a dash.
const DASHED = /^([^()]+?)\s+[-\u2013\u2014]\s+([^()]+)$/;

/**
 * How an input matched: "exact" is the canonical spelling byte for byte; "variant" differs only in
 * case, spacing, typography or a slip tidiedKey drops ("Public."); "alias" is a documented other name.
 * All three are valid values.
 */
export type MatchKind = "exact" | "variant" | "alias";

export interface VocabularyMatch<T extends VocabularyTerm> {
  term: T;
  kind: MatchKind;
}

export class ClosedVocabulary<T extends VocabularyTerm = VocabularyTerm> {
  private readonly byKey = new Map<string, VocabularyMatch<T>>();
  // The same keys tidied (tidiedKey): a value matching only this way is a variant of the term.
  private readonly byTidiedKey = new Map<string, VocabularyMatch<T>>();
  private readonly bySynonym = new Map<string, T>();
  private readonly fuzzy: FuzzyIndex<T>;

  constructor(
    /** What the vocabulary is, for messages: "sensitivity", "interface". */
    readonly label: string,
    readonly terms: readonly T[],
    private readonly options: VocabularyOptions = {},
  ) {
    for (const term of terms) this.byKey.set(vocabularyKey(term.name), { term, kind: "variant" });
    for (const term of terms) {
      for (const alias of term.aliases ?? []) {
        const key = vocabularyKey(alias);
        if (!this.byKey.has(key)) this.byKey.set(key, { term, kind: "alias" });
      }
    }
    for (const term of terms) {
      for (const synonym of term.synonyms ?? []) this.bySynonym.set(vocabularyKey(synonym), term);
    }
    for (const [key, found] of this.byKey) {
      const tidied = tidiedKey(key);
      if (!this.byTidiedKey.has(tidied)) this.byTidiedKey.set(tidied, found);
    }
    this.fuzzy = fuzzyIndex(terms.map((term) => ({ keys: [term.name, ...(term.aliases ?? [])], value: term })));
  }

  /** The canonical names, in reference order. */
  get names(): string[] {
    return this.terms.map((term) => term.name);
  }

  private readonly memo = new BoundedMemo<VocabularyMatch<T> | undefined>();

  match(raw: string): VocabularyMatch<T> | undefined {
    return this.memo.get(raw, this.matchUncached);
  }

  private readonly matchUncached = (raw: string): VocabularyMatch<T> | undefined => {
    const key = vocabularyKey(raw);
    const found = this.byKey.get(key) ?? this.byTidiedKey.get(tidiedKey(key)) ?? this.uniquePart(raw);
    if (found === undefined) return undefined;
    if (found.kind === "variant" && raw === found.term.name) return { term: found.term, kind: "exact" };
    return found;
  };

  private uniquePart(raw: string): VocabularyMatch<T> | undefined {
    if (this.options.matchUniquePart !== true) return undefined;
    const part = looseKey(raw);
    if (part.length < MIN_PART_LENGTH) return undefined;
    const holders = this.terms.filter((term) => looseKey(term.name).includes(part));
    return holders.length === 1 && holders[0] !== undefined ? { term: holders[0], kind: "alias" } : undefined;
  }

  private readonly meanings = new BoundedMemo<T | undefined>();

  /**
   * The term a value that did not match means: a synonym ("Commercial in confidence" for
   * Restricted), or a value with the term or a synonym in brackets ("P1 (High)") whose other half
   * means no other term. Undefined when nothing, or more than one term, is meant.
   */
  meaning(raw: string): T | undefined {
    return this.meanings.get(raw, () => this.meaningUncached(raw));
  }

  private meaningUncached(raw: string): T | undefined {
    const synonym = this.bySynonym.get(vocabularyKey(raw));
    if (synonym !== undefined) return synonym;
    const text = cleanText(raw);
    const bracketed = this.options.bracketedMeaning === true ? (BRACKETED.exec(text) ?? DASHED.exec(text)) : null;
    if (bracketed === null) return undefined;
    const halves = [bracketed[1] ?? "", bracketed[2] ?? ""].map(
      (half) => this.match(half)?.term ?? this.bySynonym.get(vocabularyKey(half)),
    );
    const meant = new Set(halves.filter((term): term is T => term !== undefined));
    return meant.size === 1 ? [...meant][0] : undefined;
  }

  private readonly suggestions = new BoundedMemo<T | undefined>();

  /** Nearest canonical term for a value that did not match; undefined when nothing is close. */
  suggest(raw: string): T | undefined {
    return this.suggestions.get(raw, this.suggestUncached);
  }

  private readonly suggestUncached = (raw: string): T | undefined =>
    cleanText(raw) === "" ? undefined : this.fuzzy.suggest(raw);
}
