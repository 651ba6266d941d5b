/**
 * Install (or refresh) dropdowns on the closed-vocabulary columns of the workbook's tabs, and the
 * Gap ID picker on Options (the current Gap IDs; refreshing brings in new gaps):
 * 1. read the tabs (with the column mapping saved in the workbook) to find each column's header;
 * 2. write the lists to the add-in's reference sheet (dropdown-lists.ts);
 * 3. read what validation each column's data rows have now: none, the add-in's own (a list drawn
 *    from the reference sheet: refreshed), or the analyst's own, which is never replaced unless the
 *    analyst agreed (`replace` names the columns, by `DropdownConflict.id`): it is reported instead;
 * 4. set the rules, then record the areas in the workbook's settings, so Remove knows what is the
 *    add-in's. A rule installed earlier on a column that has since moved is taken away.
 */
import type { ReferenceModel } from "../../model/reference-model";
import { readWorkbook, type ParsedWorkbook, type WorkbookOverrides } from "../../sheets/parsed-workbook";
import type { ParsedTab } from "../../sheets/parsed-tab";
import type { TabDefinition } from "../../sheets/tab-definitions";
import { columnLetter, MAX_ROW } from "../../workbook/cell-address";
import type {
  CellRef,
  ListRule,
  SheetArea,
  WorkbookDropdowns,
  WorkbookReader,
  WorkbookWriter,
} from "../../workbook/port";
import { readColumnMapping } from "../settings/column-mapping";
import { canonicalHeader } from "../../sheets/tab-definitions";
import {
  dropdownColumns,
  dropdownLists,
  isListsSource,
  listSource,
  LISTS_SHEET,
  type DropdownList,
} from "./dropdown-lists";

export const DROPDOWNS_KEY = "cer.dropdowns";

export interface DropdownPorts {
  reader: WorkbookReader;
  writer: WorkbookWriter;
  dropdowns: WorkbookDropdowns;
}

/** A column whose cells carry a rule the add-in did not make: left as it is until the analyst agrees. */
export interface DropdownConflict extends SheetArea {
  /** "Sheet!J2:J1048576": what `replace` names to replace it. */
  id: string;
  column: string;
  /** The rule found, as Excel names its type (List, WholeNumber, MixedCriteria...). */
  found: string;
}

export interface InstallOutcome {
  installed: ListRule[];
  conflicts: DropdownConflict[];
  /** Areas of an earlier install taken away because their column moved. */
  removed: SheetArea[];
}

export interface InstallOptions {
  /** Conflicts the analyst agreed to replace, by id. */
  replace?: readonly string[];
  /** Only these tabs (add-missing-tabs installs on the new ones alone). */
  tabs?: ReadonlyArray<TabDefinition["id"]>;
  /** Defaults to the mapping saved in the workbook. */
  overrides?: WorkbookOverrides;
}

export function areaId(area: SheetArea): string {
  return `${area.sheet}!${area.address}`;
}

/** The areas recorded by earlier installs. */
export async function installedAreas(writer: WorkbookWriter): Promise<SheetArea[]> {
  const value = (await writer.readSettings([DROPDOWNS_KEY]))[DROPDOWNS_KEY];
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    const area = entry as Partial<SheetArea> | null;
    return typeof area?.sheet === "string" && typeof area.address === "string"
      ? [{ sheet: area.sheet, address: area.address }]
      : [];
  });
}

/** Options' Gap ID list only warns: several ids in one cell are what an option closing several gaps holds. */
const GAP_ID_MESSAGE =
  'Pick a Gap ID of the Distinct Gap Analysis tab. For several gaps type them separated by ";" (G01; G02) and choose Yes.';

/** The Gap IDs of Distinct Gap Analysis, each once, in row order: what Options' Gap ID picker offers. */
export function gapIdsOf(book: ParsedWorkbook): string[] {
  const ids = new Map<string, string>();
  for (const row of book.gaps?.rows ?? [])
    if (row.text.gapId !== "" && !ids.has(row.text.gapId.toLowerCase()))
      ids.set(row.text.gapId.toLowerCase(), row.text.gapId);
  return [...ids.values()];
}

interface Target {
  rule: ListRule;
  column: string;
}

function targetsOf(book: ParsedWorkbook, lists: readonly DropdownList[], only: InstallOptions["tabs"]): Target[] {
  const tabs: Array<ParsedTab | undefined> = [book.categorisation, book.gaps, book.options];
  return tabs.flatMap((tab) => {
    if (tab === undefined || tab.headerRow === undefined || (only !== undefined && !only.includes(tab.definition.id)))
      return [];
    const headerRow = tab.headerRow;
    return Object.entries(dropdownColumns[tab.definition.id]).flatMap(([key, listKey]) => {
      const column = (tab.columns as Record<string, number | undefined>)[key];
      const index = lists.findIndex((list) => list.key === listKey);
      const list = lists[index];
      if (column === undefined || list === undefined) return [];
      const letter = columnLetter(column);
      const header = canonicalHeader(tab.definition, key);
      const rule: ListRule = {
        sheet: tab.sheet,
        address: `${letter}${headerRow + 1}:${letter}${MAX_ROW}`,
        source: listSource(index, list),
        errorStyle: list.errorStyle,
        title: header,
        message:
          listKey === "gapId"
            ? GAP_ID_MESSAGE
            : `Choose a ${header} from the list (the "${LISTS_SHEET}" sheet holds it).`,
      };
      return [{ rule, column: header }];
    });
  });
}

export async function installDropdowns(
  ports: DropdownPorts,
  model: ReferenceModel,
  options: InstallOptions = {},
): Promise<InstallOutcome> {
  const overrides = options.overrides ?? (await readColumnMapping(ports.writer));
  const book = await readWorkbook(ports.reader, overrides);
  const lists = dropdownLists(model, book.roles?.terms, gapIdsOf(book));
  const targets = targetsOf(book, lists, options.tabs);
  const earlier = await installedAreas(ports.writer);
  const moved = earlier.filter(
    (area) =>
      !targets.some(({ rule }) => areaId(rule) === areaId(area)) &&
      (options.tabs === undefined || targets.some(({ rule }) => rule.sheet === area.sheet)),
  );
  await ports.dropdowns.writeLists(
    LISTS_SHEET,
    lists.map((list) => [list.header, ...list.values]),
  );
  const found = await ports.dropdowns.readValidations([...targets.map(({ rule }) => rule), ...moved]);
  const replace = new Set(options.replace ?? []);
  const outcome: InstallOutcome = { installed: [], conflicts: [], removed: [] };
  targets.forEach(({ rule, column }, index) => {
    const now = found[index] ?? { type: "None" };
    const ours = now.type === "List" && isListsSource(now.source);
    if (now.type === "None" || ours || replace.has(areaId(rule))) outcome.installed.push(rule);
    else
      outcome.conflicts.push({ sheet: rule.sheet, address: rule.address, id: areaId(rule), column, found: now.type });
  });
  outcome.removed = moved.filter((_, index) => {
    const now = found[targets.length + index];
    return now?.type === "List" && isListsSource(now.source);
  });
  // The record first names every area that may carry one of our rules, so that if Excel fails
  // half-way through the rules, Remove dropdowns still finds and takes off the ones that landed.
  const intent = [
    ...earlier,
    ...outcome.installed
      .filter((rule) => !earlier.some((area) => areaId(area) === areaId(rule)))
      .map(({ sheet, address }) => ({ sheet, address })),
  ];
  if (outcome.installed.length > 0) await ports.writer.write({ settings: { [DROPDOWNS_KEY]: intent }, cells: [] });
  await ports.dropdowns.clearValidations(outcome.removed);
  await ports.dropdowns.setListRules(outcome.installed);
  const kept = earlier.filter(
    (area) =>
      !outcome.removed.some((gone) => areaId(gone) === areaId(area)) &&
      !outcome.installed.some((rule) => areaId(rule) === areaId(area)),
  );
  const record = [...kept, ...outcome.installed.map(({ sheet, address }) => ({ sheet, address }))];
  await ports.writer.write({ settings: { [DROPDOWNS_KEY]: record }, cells: [] });
  return outcome;
}

/**
 * The cells Excel itself finds invalid under the add-in's dropdowns (getInvalidCells, ExcelApi 1.9):
 * after an install they are the cells of the add-in's closed-vocabulary findings on those columns.
 * Undefined where the host has no such API.
 */
export async function invalidCellsByExcel(
  ports: Pick<DropdownPorts, "writer" | "dropdowns">,
): Promise<CellRef[] | undefined> {
  return ports.dropdowns.invalidCells(await installedAreas(ports.writer));
}
