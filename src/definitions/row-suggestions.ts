/**
 * The framework index over one workbook's Data Categorisation tab: the index learns from the tab's
 * own categorised rows, and each row needing a capability or a category (or, asked for, every row)
 * gets the best of each with the words that matched. What `cerdc suggest` prints and the pane's
 * definitions card offers.
 */
import type { Level3Capability } from "../model/capability-model";
import type { InformationCategory } from "../model/information-categories";
import type { ReferenceModel } from "../model/reference-model";
import { capabilityOfRow } from "../rules/utils/capability-of-row";
import type { ParsedRow, ParsedTab } from "../sheets/parsed-tab";
import type { CategorisationColumn } from "../sheets/tab-definitions";
import { FrameworkIndex, type KnownRow, type RowWords } from "./framework-index";

export type CategorisationTab = ParsedTab<CategorisationColumn>;
export type CategorisationRow = ParsedRow<CategorisationColumn>;

export interface CapabilityChoice {
  id: string;
  name: string;
  score: number;
  because: string[];
}

export interface CategoryChoice {
  name: string;
  group: string;
  score: number;
  because: string[];
}

export interface RowSuggestions {
  sheet: string;
  row: number;
  capability: CapabilityChoice[];
  category: CategoryChoice[];
  /** The row's words the suggestions read, for the reader's bearings. */
  activity: string;
  informationObject: string;
}

/** The words of a row the index reads. */
export function rowWordsOf(row: CategorisationRow): RowWords {
  const { activity, informationObject, useCase, useCaseGroup } = row.text;
  return { activity, informationObject, useCase, useCaseGroup };
}

/** The row's Level 3 capability, from its ID or else its name; undefined when empty, unknown or Level 2. */
export function level3OfRow(model: ReferenceModel, row: CategorisationRow): Level3Capability | undefined {
  const capability = capabilityOfRow(model.capabilities, row.text.capabilityId ?? "", row.text.capability ?? "");
  return capability?.level === 3 ? capability : undefined;
}

/** The row's information category, when it names one. */
export function categoryOfRow(model: ReferenceModel, row: CategorisationRow): InformationCategory | undefined {
  const text = row.text.informationCategory ?? "";
  return text === "" ? undefined : model.information.categories.match(text)?.term;
}

/** The index, learning from the tab's rows that name a known capability or category. */
export function indexOfTab(model: ReferenceModel, tab: CategorisationTab | undefined): FrameworkIndex {
  const known: KnownRow[] = [];
  for (const row of tab?.rows ?? []) {
    const capability = level3OfRow(model, row);
    const category = categoryOfRow(model, row);
    if (capability === undefined && category === undefined) continue;
    known.push({
      ...rowWordsOf(row),
      ...(capability === undefined ? {} : { capability: capability.id }),
      ...(category === undefined ? {} : { category: category.name }),
      key: row.row,
    });
  }
  return new FrameworkIndex(model, known);
}

/** Whether the row has words to go on: an activity or an information object. */
function hasWords(row: CategorisationRow): boolean {
  return (row.text.activity ?? "") !== "" || (row.text.informationObject ?? "") !== "";
}

/** The best capabilities and categories for one row, never learning from the row itself. */
export function suggestionsForRow(
  index: FrameworkIndex,
  tab: CategorisationTab,
  row: CategorisationRow,
  limit = 5,
): RowSuggestions {
  const words = rowWordsOf(row);
  const options = { excludeKey: row.row };
  return {
    sheet: tab.sheet,
    row: row.row,
    capability: index
      .rankCapabilities(words, options)
      .slice(0, limit)
      .map(({ id, name, score, because }) => ({ id, name, score, because })),
    category: index
      .rankCategories(words, options)
      .slice(0, limit)
      .map(({ name, group, score, because }) => ({ name, group, score, because })),
    activity: row.text.activity ?? "",
    informationObject: row.text.informationObject ?? "",
  };
}

/** Suggestions for each row missing a known capability or category (`all`: every row with words), in tab order. */
export function suggestRows(
  model: ReferenceModel,
  tab: CategorisationTab | undefined,
  options: { all?: boolean; limit?: number } = {},
): RowSuggestions[] {
  if (tab === undefined) return [];
  const index = indexOfTab(model, tab);
  return tab.rows
    .filter(
      (row) =>
        hasWords(row) &&
        (options.all === true || level3OfRow(model, row) === undefined || categoryOfRow(model, row) === undefined),
    )
    .map((row) => suggestionsForRow(index, tab, row, options.limit));
}
