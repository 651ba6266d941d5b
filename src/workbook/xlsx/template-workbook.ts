/**
 * The blank workbook `template` writes: the three tabs with their canonical headers as Excel tables,
 * reference tabs holding the capability model, the information categories, every vocabulary and the
 * roles, and a list validation (a dropdown) on every closed-vocabulary column that points at a range
 * of a reference tab rather than an inline list (inline lists are capped at 255 characters, and a
 * range keeps one source of truth that an analyst can read).
 *
 * Written with exceljs, which produces correct table parts and data validations; the `fix` path
 * never uses it (it edits packages in place).
 */
import ExcelJS from "exceljs";
import { capabilityGroupOf } from "../../model/capability-model";
import type { ReferenceModel } from "../../model/reference-model";
import { closedColumns, type ClosedColumn } from "../../rules/closed-vocabulary-columns";
import { categorisationTab, gapsTab, optionsTab, type TabDefinition } from "../../sheets/tab-definitions";
import { columnLetter } from "../cell-address";

export const REFERENCE_SHEETS = {
  capabilities: "Capability Model",
  categories: "Information Categories",
  vocabularies: "Vocabularies",
  roles: "Roles",
} as const;

/** Rows below the header that carry the dropdowns: to the bottom of the sheet, so the table can grow. */
const LAST_ROW = 1048576;
const CREATED = new Date(Date.UTC(2026, 0, 1));

/** Where a column's dropdown takes its values from, and whether other values are only warned about. */
interface ListSource {
  range: string;
  /** "warning" lets the analyst keep a value outside the list (a Use Case Group code, a role of their own). */
  errorStyle: "stop" | "warning";
}

export async function templateWorkbookBytes(model: ReferenceModel): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "cer-data-categorisation template";
  book.created = CREATED;
  book.modified = CREATED;
  const mainSheets = [categorisationTab, gapsTab, optionsTab].map((tab) => book.addWorksheet(tab.name, { views: [{ state: "frozen", ySplit: 1 }] }));
  const sources = writeReferenceTabs(book, model);
  [categorisationTab, gapsTab, optionsTab].forEach((tab, i) => {
    const sheet = mainSheets[i];
    if (sheet !== undefined) writeMainTab(sheet, tab, sources);
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function writeMainTab(sheet: ExcelJS.Worksheet, tab: TabDefinition, sources: ReadonlyMap<string, ListSource>): void {
  sheet.addTable({
    name: tab.name.replace(/[^A-Za-z]/g, ""),
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: tab.columns.map((column) => ({ name: column.header, filterButton: true })),
    // A table needs one data row; it stays blank for the analyst.
    rows: [tab.columns.map(() => "")],
  });
  const validations = dataValidationsOf(sheet);
  tab.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.key.endsWith("Description") || column.key === "majorOutcome" ? 48 : 24;
    const source = sourceFor(tab.id, column.key, sources);
    if (source === undefined) return;
    const letter = columnLetter(i);
    validations.add(`${letter}2:${letter}${LAST_ROW}`, {
      type: "list",
      allowBlank: true,
      formulae: [source.range],
      showErrorMessage: true,
      errorStyle: source.errorStyle,
      errorTitle: column.header,
      error: `Choose a value for ${column.header} from the list (see the ${source.range.split("!")[0]?.replace(/'/g, "") ?? "reference"} tab).`,
    });
  });
}

/** The list a column of a tab draws on: closed vocabularies (closed-vocabulary-columns.ts), the capability model and the roles. */
function sourceFor(tabId: TabDefinition["id"], key: string, sources: ReadonlyMap<string, ListSource>): ListSource | undefined {
  const closed = (Object.values(closedColumns) as ClosedColumn[]).find((c) => c.column === key && c.tabs.includes(tabId));
  if (closed !== undefined) return sources.get(key);
  const capabilityKeys = tabId === "categorisation" ? ["capabilityId", "capability", "capabilityGroup", "domain", "initiator"] : ["capabilityId", "capability", "domain"];
  return capabilityKeys.includes(key) && tabId !== "options" ? sources.get(key) : undefined;
}

/** Writes the reference tabs and returns, per column key, the range its dropdown uses. */
function writeReferenceTabs(book: ExcelJS.Workbook, model: ReferenceModel): Map<string, ListSource> {
  const sources = new Map<string, ListSource>();
  const listRange = (sheet: string, column: number, count: number): string => {
    const letter = columnLetter(column);
    return `'${sheet}'!$${letter}$2:$${letter}$${count + 1}`;
  };

  const capabilities = book.addWorksheet(REFERENCE_SHEETS.capabilities, { views: [{ state: "frozen", ySplit: 1 }] });
  const level3 = model.capabilities.level3;
  capabilities.addTable({
    name: "CapabilityModel",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: ["Capability ID", "Capability", "Capability Group ID", "Capability Group", "Domain", "Definition"].map((name) => ({ name, filterButton: true })),
    rows: level3.map((c) => [c.id, c.name, capabilityGroupOf(c).id, capabilityGroupOf(c).name, c.domain.name, c.definition]),
  });
  [14, 48, 18, 48, 14, 100].forEach((width, i) => (capabilities.getColumn(i + 1).width = width));
  // Warning, not stop: the list holds the Level 3 capabilities, and a Level 2 id or name ("4.3") is valid too.
  sources.set("capabilityId", { range: listRange(REFERENCE_SHEETS.capabilities, 0, level3.length), errorStyle: "warning" });
  sources.set("capability", { range: listRange(REFERENCE_SHEETS.capabilities, 1, level3.length), errorStyle: "warning" });

  const categories = book.addWorksheet(REFERENCE_SHEETS.categories, { views: [{ state: "frozen", ySplit: 1 }] });
  const categoryTerms = model.information.categories.terms;
  categories.addTable({
    name: "InformationCategories",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: ["Information Category", "Information Group", "Description"].map((name) => ({ name, filterButton: true })),
    rows: categoryTerms.map((c) => [c.name, c.group.name, c.description]),
  });
  [36, 30, 100].forEach((width, i) => (categories.getColumn(i + 1).width = width));
  sources.set("informationCategory", { range: listRange(REFERENCE_SHEETS.categories, 0, categoryTerms.length), errorStyle: "stop" });

  // One column per vocabulary, each with its header; lengths differ, so this tab is a plain range.
  const lists: Array<{ key: string; header: string; values: readonly string[]; errorStyle: ListSource["errorStyle"] }> = [
    { key: "useCaseGroup", header: "Use Case Group", values: model.useCaseGroups.terms.map((g) => g.name), errorStyle: "warning" },
    { key: "useCaseGroupCode", header: "Use Case Group Code", values: model.useCaseGroups.terms.map((g) => g.code), errorStyle: "warning" },
    { key: "domain", header: "Domain", values: model.capabilities.domains.map((d) => d.name), errorStyle: "stop" },
    { key: "capabilityGroup", header: "Capability Group", values: model.capabilities.level2.map((c) => c.name), errorStyle: "stop" },
    { key: "informationGroup", header: "Information Group", values: model.information.groups.names, errorStyle: "stop" },
    ...(Object.values(closedColumns) as ClosedColumn[])
      .filter((c) => !["useCaseGroup", "informationCategory", "informationGroup"].includes(c.column))
      .map((c) => ({ key: c.column, header: headerOfKey(c.column), values: c.vocabulary(model).names, errorStyle: "stop" as const })),
  ];
  const vocabularies = book.addWorksheet(REFERENCE_SHEETS.vocabularies, { views: [{ state: "frozen", ySplit: 1 }] });
  lists.forEach((list, i) => {
    vocabularies.getCell(1, i + 1).value = list.header;
    vocabularies.getCell(1, i + 1).font = { bold: true };
    list.values.forEach((value, r) => (vocabularies.getCell(r + 2, i + 1).value = value));
    vocabularies.getColumn(i + 1).width = list.key === "majorOutcome" ? 60 : 28;
    sources.set(list.key, { range: listRange(REFERENCE_SHEETS.vocabularies, i, list.values.length), errorStyle: list.errorStyle });
  });

  const roles = book.addWorksheet(REFERENCE_SHEETS.roles, { views: [{ state: "frozen", ySplit: 1 }] });
  const roleTerms = model.defaultRoles.terms;
  roles.addTable({
    name: "Roles",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: ["Role", "Aliases", "Description"].map((name) => ({ name, filterButton: true })),
    rows: roleTerms.map((r) => [r.name, (r.aliases ?? []).join("; "), r.description ?? ""]),
  });
  [36, 40, 100].forEach((width, i) => (roles.getColumn(i + 1).width = width));
  // Initiator is one role; a role of the workbook's own is only warned about, as the rules do.
  sources.set("initiator", { range: listRange(REFERENCE_SHEETS.roles, 0, roleTerms.length), errorStyle: "warning" });
  return sources;
}

function headerOfKey(key: string): string {
  for (const tab of [categorisationTab, gapsTab]) {
    const column = (tab.columns as readonly { key: string; header: string }[]).find((c) => c.key === key);
    if (column !== undefined) return column.header;
  }
  return key;
}

/** exceljs keeps worksheet validations in `dataValidations`, which its type declarations leave out. */
function dataValidationsOf(sheet: ExcelJS.Worksheet): { add(address: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}
