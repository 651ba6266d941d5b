/**
 * Table 1 of the framework: 8 information groups and the 31 categories that belong to exactly one
 * of them. Lookups are tolerant of case and spacing; near misses get a suggestion.
 */
import { ClosedVocabulary } from "./closed-vocabulary";
import type { InformationCategoriesSeed } from "./seed-schemas";

export interface InformationGroup {
  name: string;
}

export interface InformationCategory {
  name: string;
  description: string;
  group: InformationGroup;
}

export class InformationCategories {
  readonly groups: ClosedVocabulary<InformationGroup>;
  readonly categories: ClosedVocabulary<InformationCategory>;

  constructor(seed: InformationCategoriesSeed) {
    const groups = seed.groups.map((g) => ({ name: g.name }));
    const byName = new Map(groups.map((g) => [g.name, g]));
    const categories = seed.categories.map((c) => {
      const group = byName.get(c.group);
      if (group === undefined) throw new Error(`category ${c.name} names an unknown group ${c.group}`);
      return { name: c.name, description: c.description, group };
    });
    this.groups = new ClosedVocabulary("information group", groups);
    this.categories = new ClosedVocabulary("information category", categories);
  }
}
