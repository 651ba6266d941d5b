/**
 * The framework's capability model as linked objects (domain <- Level 2 <- Level 3) and the lookups
 * the rules and auto-fill need: by id, by exact or normalised name, and "did you mean" for names.
 * Ids are never fuzzy-matched: 4.3.15 is not "nearly" 4.3.5.
 */
import { BoundedMemo } from "./bounded-memo";
import { fuzzyIndex, type FuzzyIndex } from "./fuzzy-match";
import type { CapabilityModelSeed } from "./seed-schemas";
import { cleanText, tidiedKey, vocabularyKey } from "./text-normalise";

export interface Domain {
  name: string;
  description: string;
  capabilitySummary: string;
}

export interface Level2Capability {
  level: 2;
  id: string;
  name: string;
  definition: string;
  domain: Domain;
}

export interface Level3Capability {
  level: 3;
  id: string;
  name: string;
  definition: string;
  parent: Level2Capability;
  domain: Domain;
}

export type Capability = Level2Capability | Level3Capability;

/** The Level 2 capability a capability belongs to (itself for a Level 2). */
export function capabilityGroupOf(capability: Capability): Level2Capability {
  return capability.level === 3 ? capability.parent : capability;
}

// "4.3.2", "4.3.2.", " 4.3.2 Monitor network", "4.3.5 - Calculate ...", "#4.3" -> the id part and
// whatever text follows it; a dash or colon between them is a separator, not part of the name. An
// apostrophe before the id is Excel's mark for "keep as text", stored as typed by scripts and other
// applications ("'4.3.5").
const ID_TEXT = /^['\u2018\u2019]?#?\s*(\d+(?:\.\d+){1,2})\.?(?:\s*[-:–]\s*(?=\S)|\s+|$)(.*)$/s;

/** Splits a cell such as "4.3.2 Monitor network / power system" into its id and name parts. */
export function splitCapabilityText(raw: string): { id: string; rest: string } | undefined {
  const match = ID_TEXT.exec(cleanText(raw));
  if (match === null) return undefined;
  return { id: match[1] ?? "", rest: cleanText(match[2] ?? "") };
}

export class CapabilityModel {
  readonly domains: readonly Domain[];
  readonly level2: readonly Level2Capability[];
  readonly level3: readonly Level3Capability[];
  private readonly byIdMap = new Map<string, Capability>();
  private readonly byNameMap = new Map<string, Capability[]>();
  private readonly domainByKey = new Map<string, Domain>();
  private readonly nameFuzzy: FuzzyIndex<Capability>;
  private readonly domainFuzzy: FuzzyIndex<Domain>;

  constructor(seed: CapabilityModelSeed) {
    this.domains = seed.domains.map((d) => ({ ...d }));
    for (const domain of this.domains) this.domainByKey.set(vocabularyKey(domain.name), domain);
    this.level2 = seed.level2.map((c) => ({
      level: 2 as const,
      id: c.id,
      name: c.name,
      definition: c.definition,
      domain: this.requireDomain(c.domain, c.id),
    }));
    for (const c of this.level2) this.byIdMap.set(c.id, c);
    this.level3 = seed.level3.map((c) => {
      const parent = this.byIdMap.get(c.parent);
      if (parent === undefined || parent.level !== 2)
        throw new Error(`Level 3 capability ${c.id} names an unknown parent ${c.parent}`);
      return { level: 3 as const, id: c.id, name: c.name, definition: c.definition, parent, domain: parent.domain };
    });
    for (const c of this.level3) this.byIdMap.set(c.id, c);
    // Level 3 first, so a name both levels share ("Update policy and regulations") finds the Level 3.
    for (const c of [...this.level3, ...this.level2]) {
      const key = tidiedKey(vocabularyKey(c.name));
      const list = this.byNameMap.get(key) ?? [];
      list.push(c);
      this.byNameMap.set(key, list);
    }
    this.nameFuzzy = fuzzyIndex([...this.level3, ...this.level2].map((c) => ({ keys: [c.name], value: c })));
    this.domainFuzzy = fuzzyIndex(this.domains.map((d) => ({ keys: [d.name], value: d })));
  }

  private requireDomain(name: string, id: string): Domain {
    const domain = this.domainByKey.get(vocabularyKey(name));
    if (domain === undefined) throw new Error(`Level 2 capability ${id} names an unknown domain ${name}`);
    return domain;
  }

  // Rules look the same few ids and names up on every row: remember each distinct input.
  private readonly memo = {
    id: new BoundedMemo<Capability | undefined>(),
    name: new BoundedMemo<readonly Capability[]>(),
    level2: new BoundedMemo<Level2Capability | undefined>(),
    domain: new BoundedMemo<Domain | undefined>(),
  };

  /** Level 2 ("4.3") or Level 3 ("4.3.2") capability by id; tolerant of spaces, "#" and a trailing dot. */
  byId(raw: string): Capability | undefined {
    return this.memo.id.get(raw, this.byIdUncached);
  }

  private readonly byIdUncached = (raw: string): Capability | undefined => {
    const parts = splitCapabilityText(raw);
    if (parts === undefined || parts.rest !== "") return undefined;
    return this.byIdMap.get(parts.id);
  };

  /** Capabilities whose name matches ignoring case, spacing and the slips tidiedKey drops; Level 3 before Level 2. */
  byName(raw: string): readonly Capability[] {
    return this.memo.name.get(raw, this.byNameUncached);
  }

  private readonly byNameUncached = (raw: string): readonly Capability[] =>
    this.byNameMap.get(tidiedKey(vocabularyKey(raw))) ?? [];

  suggestName(raw: string): Capability | undefined {
    return this.nameFuzzy.suggest(raw);
  }

  domainByName(raw: string): Domain | undefined {
    return this.memo.domain.get(raw, this.domainByNameUncached);
  }

  private readonly domainByNameUncached = (raw: string): Domain | undefined =>
    this.domainByKey.get(vocabularyKey(raw.replace(/:\s*$/, "")));

  suggestDomain(raw: string): Domain | undefined {
    return this.domainFuzzy.suggest(raw);
  }

  /** Level 2 capability by id ("4.3"), name, or "4.3 Operate electricity networks". */
  level2ByText(raw: string): Level2Capability | undefined {
    return this.memo.level2.get(raw, this.level2ByTextUncached);
  }

  private readonly level2ByTextUncached = (raw: string): Level2Capability | undefined => {
    const parts = splitCapabilityText(raw);
    if (parts !== undefined) {
      const found = this.byIdMap.get(parts.id);
      if (found?.level !== 2) return undefined;
      return parts.rest === "" || vocabularyKey(parts.rest) === vocabularyKey(found.name) ? found : undefined;
    }
    return this.byName(raw).find((c): c is Level2Capability => c.level === 2);
  };
}
