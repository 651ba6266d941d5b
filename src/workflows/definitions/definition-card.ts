/**
 * The definitions card of one Data Categorisation row, and the changes a chosen capability or
 * category makes: the row's capability (definition, Level 2, domain) and category (description,
 * group), the framework's definitions of its Interface and Sensitivity, and, for an empty, unknown or
 * questioned capability or category, the suggestions with the words that matched. Choosing one
 * plans review changes (the value and its lookups) for the preview; nothing is written here.
 */
import type { Level3Capability } from "../../model/capability-model";
import type { InformationCategory } from "../../model/information-categories";
import type { ReferenceModel } from "../../model/reference-model";
import { quote } from "../../rules/utils/rule-helpers";
import capabilityRule from "../../rules/capability.unlikely-for-activity";
import categoryRule from "../../rules/category.unlikely-for-object";
import { runRules } from "../../check/run-rules";
import { tabWithRows } from "../../sheets/parsed-tab";
import { readWorkbook, type ParsedWorkbook } from "../../sheets/parsed-workbook";
import type { WorkbookReader } from "../../workbook/port";
import { capabilityEdits, categoryEdits } from "../../definitions/choice-edits";
import { definitionsIndex } from "../../definitions/framework-index";
import {
  categoryOfRow,
  indexOfTab,
  level3OfRow,
  suggestionsForRow,
  type CapabilityChoice,
  type CategoryChoice,
  type CategorisationRow,
  type CategorisationTab,
} from "../../definitions/row-suggestions";
import { readColumnMapping, type SettingsSource } from "../settings/column-mapping";
import type { ProposedChange } from "../changes/proposed-change";

export interface CapabilityFacts {
  id: string;
  name: string;
  definition: string;
  level2: string;
  domain: string;
}

export interface CategoryFacts {
  name: string;
  description: string;
  group: string;
}

export interface TermFacts {
  name: string;
  description: string;
}

export interface DefinitionCard {
  sheet: string;
  row: number;
  activity: string;
  informationObject: string;
  capability: CapabilityFacts | undefined;
  category: CategoryFacts | undefined;
  interface: TermFacts | undefined;
  sensitivity: TermFacts | undefined;
  /** Why the capability or category is offered alternatives: "empty", "unknown" or the rule's message. */
  capabilityNote: string | undefined;
  categoryNote: string | undefined;
  /** Present when the capability (or category) is empty, unknown or questioned. */
  capabilitySuggestions: CapabilityChoice[];
  categorySuggestions: CategoryChoice[];
}

export function capabilityFacts(c: Level3Capability): CapabilityFacts {
  return {
    id: c.id,
    name: c.name,
    definition: c.definition,
    level2: `${c.parent.id} ${c.parent.name}`,
    domain: c.domain.name,
  };
}

export function categoryFacts(c: InformationCategory): CategoryFacts {
  return { name: c.name, description: c.description, group: c.group.name };
}

async function categorisationOf(
  reader: WorkbookReader,
  settings: SettingsSource,
): Promise<{ book: ParsedWorkbook; tab: CategorisationTab | undefined }> {
  const book: ParsedWorkbook = await readWorkbook(reader, await readColumnMapping(settings));
  return { book, tab: book.categorisation?.headerRow === undefined ? undefined : book.categorisation };
}

function rowOf(tab: CategorisationTab | undefined, sheet: string, row: number): CategorisationRow | undefined {
  return tab !== undefined && tab.sheet === sheet ? tab.rows.find((r) => r.row === row) : undefined;
}

/** The card of `sheet` row `row`, or undefined when that is not a data row of Data Categorisation. */
export async function readDefinitionCard(
  reader: WorkbookReader,
  settings: SettingsSource,
  model: ReferenceModel,
  sheet: string,
  row: number,
): Promise<DefinitionCard | undefined> {
  const { book, tab } = await categorisationOf(reader, settings);
  const found = rowOf(tab, sheet, row);
  if (tab === undefined || found === undefined) return undefined;
  const capability = level3OfRow(model, found);
  const category = categoryOfRow(model, found);
  // The two rules on this row alone: their messages say why a filled value is questioned.
  const findings = runRules({ sheetNames: book.sheetNames, categorisation: tabWithRows(tab, [found]) }, model, [
    capabilityRule,
    categoryRule,
  ]);
  const note = (text: string, known: unknown, rule: string) =>
    text === "" ? "empty" : known === undefined ? "unknown" : findings.find((f) => f.rule === rule)?.message;
  const capabilityText = found.text.capabilityId !== "" ? found.text.capabilityId : found.text.capability;
  const capabilityNote = note(capabilityText, capability, capabilityRule.id);
  const categoryNote = note(found.text.informationCategory, category, categoryRule.id);
  const suggestions =
    capabilityNote !== undefined || categoryNote !== undefined
      ? suggestionsForRow(indexOfTab(model, tab), tab, found)
      : undefined;
  const term = (vocabulary: ReferenceModel["interfaces"], text: string): TermFacts | undefined => {
    const match = text === "" ? undefined : vocabulary.match(text)?.term;
    return match === undefined
      ? undefined
      : { name: match.name, description: (match as { description?: string }).description ?? "" };
  };
  return {
    sheet,
    row,
    activity: found.text.activity,
    informationObject: found.text.informationObject,
    capability: capability === undefined ? undefined : capabilityFacts(capability),
    category: category === undefined ? undefined : categoryFacts(category),
    interface: term(model.interfaces, found.text.interface),
    sensitivity: term(model.sensitivities, found.text.sensitivity),
    capabilityNote,
    categoryNote,
    capabilitySuggestions: capabilityNote === undefined ? [] : (suggestions?.capability ?? []),
    categorySuggestions: categoryNote === undefined ? [] : (suggestions?.category ?? []),
  };
}

export interface DefinitionSearch {
  capabilities: Array<CapabilityFacts & { score: number; because: string[] }>;
  categories: Array<CategoryFacts & { score: number; because: string[] }>;
}

/** Capabilities and categories ranked for typed words, with their definitions. */
export function searchDefinitions(model: ReferenceModel, text: string, limit = 5): DefinitionSearch {
  const { capabilities, categories } = definitionsIndex(model).search(text, limit);
  return {
    capabilities: capabilities.map((s) => ({ ...capabilityFacts(s.capability), score: s.score, because: s.because })),
    categories: categories.map((s) => ({ ...categoryFacts(s.category), score: s.score, because: s.because })),
  };
}

/** A chosen capability (by id) or category (by name) for one row. */
export type DefinitionChoice = { capabilityId: string } | { category: string };

/**
 * The review changes that put the choice in the row with its lookups, each expecting what its cell
 * shows now; empty when the row already says it. Throws a clear message for a row or value that
 * does not exist.
 */
export async function planDefinitionChoice(
  reader: WorkbookReader,
  settings: SettingsSource,
  model: ReferenceModel,
  sheet: string,
  row: number,
  choice: DefinitionChoice,
): Promise<ProposedChange[]> {
  const { tab } = await categorisationOf(reader, settings);
  const found = rowOf(tab, sheet, row);
  if (tab === undefined || found === undefined)
    throw new Error(`Row ${row} of ${sheet} is not a Data Categorisation row.`);
  let edits;
  let what: string;
  if ("capabilityId" in choice) {
    const capability = model.capabilities.byId(choice.capabilityId);
    if (capability?.level !== 3)
      throw new Error(`${choice.capabilityId} is not a Level 3 capability of the framework.`);
    edits = capabilityEdits(tab, found, capability);
    what = `capability ${capability.id} ${capability.name}`;
  } else {
    const category = model.information.categories.match(choice.category)?.term;
    if (category === undefined)
      throw new Error(`${quote(choice.category)} is not an information category of the framework.`);
    edits = categoryEdits(tab, found, category);
    what = `information category ${category.name}`;
  }
  return edits.map(({ previous, ...edit }) => ({
    ...edit,
    kind: "fix",
    applicability: "review",
    expected: previous ?? "",
    reason: `Chosen in the definitions card: ${what}.`,
  }));
}
