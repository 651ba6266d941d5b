/**
 * What Data Categorisation says about each use case and information object, for filling Distinct
 * Gap Analysis: the capabilities a use case's rows map to, and the categories an object's rows give.
 * Names compare ignoring case and spacing, as the cross-tab rules compare them.
 */
import type { Capability } from "../model/capability-model";
import type { InformationCategory } from "../model/information-categories";
import type { ReferenceModel } from "../model/reference-model";
import { vocabularyKey } from "../model/text-normalise";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import { capabilityOfCells } from "./capability-fill";

export interface CategorisationLookups {
  /** The one capability every row of these use cases maps to, or undefined when none or several. */
  onlyCapabilityOf(useCases: readonly string[]): Capability | undefined;
  /** The one known category every row of the object gives, or undefined when rows disagree or none give one. */
  onlyCategoryOf(object: string): InformationCategory | undefined;
}

export function categorisationLookups(book: ParsedWorkbook, model: ReferenceModel): CategorisationLookups {
  const capabilitiesByUseCase = new Map<string, Set<Capability>>();
  // object -> category key -> the category (undefined for a value outside Table 1, which blocks the fill)
  const categoriesByObject = new Map<string, Map<string, InformationCategory | undefined>>();
  const tab = book.categorisation;
  for (const row of tab?.rows ?? []) {
    if (row.text.useCase !== "") {
      const found = capabilityOfCells(model.capabilities, row.text.capabilityId, row.text.capability);
      if (found !== undefined) {
        const key = vocabularyKey(row.text.useCase);
        const set = capabilitiesByUseCase.get(key) ?? new Set<Capability>();
        set.add(found.capability);
        capabilitiesByUseCase.set(key, set);
      }
    }
    if (row.text.informationObject !== "" && row.text.informationCategory !== "") {
      const category = model.information.categories.match(row.text.informationCategory)?.term;
      const key = vocabularyKey(row.text.informationObject);
      const values = categoriesByObject.get(key) ?? new Map<string, InformationCategory | undefined>();
      values.set(vocabularyKey(category?.name ?? row.text.informationCategory), category);
      categoriesByObject.set(key, values);
    }
  }
  return {
    onlyCapabilityOf(useCases) {
      const union = new Set<Capability>();
      for (const useCase of useCases)
        for (const capability of capabilitiesByUseCase.get(vocabularyKey(useCase)) ?? []) union.add(capability);
      return union.size === 1 ? [...union][0] : undefined;
    },
    onlyCategoryOf(object) {
      const values = categoriesByObject.get(vocabularyKey(object));
      return values !== undefined && values.size === 1 ? [...values.values()][0] : undefined;
    },
  };
}
