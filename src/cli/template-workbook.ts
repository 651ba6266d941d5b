/**
 * The blank workbook `template` writes: the three tabs with their canonical headers as Excel tables,
 * reference tabs holding the capability model, the information categories, every vocabulary and the
 * roles, and a list validation (a dropdown) on every closed-vocabulary column that points at a range
 * of a reference tab rather than an inline list (inline lists are capped at 255 characters, and a
 * range keeps one source of truth that an analyst can read).
 *
 * Written by the project's own package writer (package-writer.ts): a few SpreadsheetML parts built
 * as text and zipped, with no spreadsheet library at run time. Every cell is an inline string.
 */
import { capabilityGroupOf } from "../model/capability-model";
import type { ReferenceModel } from "../model/reference-model";
import { closedColumns, type ClosedColumn } from "../rules/utils/closed-vocabulary-columns";
import { categorisationTab, gapsTab, optionsTab, type TabDefinition } from "../sheets/tab-definitions";
import { columnLetter } from "../workbook/cell-address";
import { packageBytes, type SheetSpec, type TableSpec, type ValidationSpec } from "../workbook/xlsx/package-writer";

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
  const { sheets: references, sources } = referenceTabs(model);
  const main = [categorisationTab, gapsTab, optionsTab].map((tab) => mainTab(tab, sources));
  return packageBytes({
    creator: "cer-data-categorisation template",
    created: CREATED,
    sheets: [...main, ...references],
  });
}

function mainTab(tab: TabDefinition, sources: ReadonlyMap<string, ListSource>): SheetSpec {
  const headers = tab.columns.map((column) => column.header);
  const validations: ValidationSpec[] = [];
  tab.columns.forEach((column, i) => {
    const source = sourceFor(tab.id, column.key, sources);
    if (source === undefined) return;
    const letter = columnLetter(i);
    validations.push({
      sqref: `${letter}2:${letter}${LAST_ROW}`,
      formula: source.range,
      errorStyle: source.errorStyle,
      errorTitle: column.header,
      error: `Choose a value for ${column.header} from the list (see the ${source.range.split("!")[0]?.replace(/'/g, "") ?? "reference"} tab).`,
    });
  });
  return {
    name: tab.name,
    // A table needs one data row; it stays blank for the analyst.
    rows: [headers],
    widths: tab.columns.map((column) =>
      column.key.endsWith("Description") || column.key === "majorOutcome" ? 48 : 24,
    ),
    table: { name: tab.name.replace(/[^A-Za-z]/g, ""), style: "TableStyleMedium2", columns: headers, dataRows: 1 },
    validations,
  };
}

/** The list a column of a tab draws on: closed vocabularies (closed-vocabulary-columns.ts), the capability model and the roles. */
function sourceFor(
  tabId: TabDefinition["id"],
  key: string,
  sources: ReadonlyMap<string, ListSource>,
): ListSource | undefined {
  const closed = (Object.values(closedColumns) as ClosedColumn[]).find(
    (c) => c.column === key && c.tabs.includes(tabId),
  );
  if (closed !== undefined) return sources.get(key);
  const capabilityKeys =
    tabId === "categorisation"
      ? ["capabilityId", "capability", "capabilityGroup", "domain", "initiator"]
      : ["capabilityId", "capability", "domain"];
  return capabilityKeys.includes(key) && tabId !== "options" ? sources.get(key) : undefined;
}

function tableSheet(name: string, tableName: string, columns: string[], rows: string[][], widths: number[]): SheetSpec {
  const table: TableSpec = { name: tableName, style: "TableStyleLight9", columns, dataRows: Math.max(rows.length, 1) };
  return { name, rows: [columns, ...rows], widths, table, validations: [] };
}

/** The reference tabs, and per column key the range its dropdown uses. */
function referenceTabs(model: ReferenceModel): { sheets: SheetSpec[]; sources: Map<string, ListSource> } {
  const sources = new Map<string, ListSource>();
  const listRange = (sheet: string, column: number, count: number): string => {
    const letter = columnLetter(column);
    return `'${sheet}'!$${letter}$2:$${letter}$${count + 1}`;
  };
  const sheets: SheetSpec[] = [];

  const level3 = model.capabilities.level3;
  sheets.push(
    tableSheet(
      REFERENCE_SHEETS.capabilities,
      "CapabilityModel",
      ["Capability ID", "Capability", "Capability Group ID", "Capability Group", "Domain", "Definition"],
      level3.map((c) => [
        c.id,
        c.name,
        capabilityGroupOf(c).id,
        capabilityGroupOf(c).name,
        c.domain.name,
        c.definition,
      ]),
      [14, 48, 18, 48, 14, 100],
    ),
  );
  // Warning, not stop: the list holds the Level 3 capabilities, and a Level 2 id or name ("4.3") is valid too.
  sources.set("capabilityId", {
    range: listRange(REFERENCE_SHEETS.capabilities, 0, level3.length),
    errorStyle: "warning",
  });
  sources.set("capability", {
    range: listRange(REFERENCE_SHEETS.capabilities, 1, level3.length),
    errorStyle: "warning",
  });

  const categoryTerms = model.information.categories.terms;
  sheets.push(
    tableSheet(
      REFERENCE_SHEETS.categories,
      "InformationCategories",
      ["Information Category", "Information Group", "Description"],
      categoryTerms.map((c) => [c.name, c.group.name, c.description]),
      [36, 30, 100],
    ),
  );
  sources.set("informationCategory", {
    range: listRange(REFERENCE_SHEETS.categories, 0, categoryTerms.length),
    errorStyle: "stop",
  });

  // One column per vocabulary, each with its header; lengths differ, so this tab is a plain range.
  const lists: Array<{ key: string; header: string; values: readonly string[]; errorStyle: ListSource["errorStyle"] }> =
    [
      {
        key: "useCaseGroup",
        header: "Use Case Group",
        values: model.useCaseGroups.terms.map((g) => g.name),
        errorStyle: "warning",
      },
      {
        key: "useCaseGroupCode",
        header: "Use Case Group Code",
        values: model.useCaseGroups.terms.map((g) => g.code),
        errorStyle: "warning",
      },
      { key: "domain", header: "Domain", values: model.capabilities.domains.map((d) => d.name), errorStyle: "stop" },
      {
        key: "capabilityGroup",
        header: "Capability Group",
        values: model.capabilities.level2.map((c) => c.name),
        errorStyle: "stop",
      },
      {
        key: "informationGroup",
        header: "Information Group",
        values: model.information.groups.names,
        errorStyle: "stop",
      },
      ...(Object.values(closedColumns) as ClosedColumn[])
        .filter((c) => !["useCaseGroup", "informationCategory", "informationGroup"].includes(c.column))
        .map((c) => ({
          key: c.column,
          header: headerOfKey(c.column),
          values: c.vocabulary(model).names,
          errorStyle: "stop" as const,
        })),
    ];
  const height = Math.max(...lists.map((list) => list.values.length));
  const vocabularyRows: string[][] = [lists.map((list) => list.header)];
  for (let r = 0; r < height; r++) vocabularyRows.push(lists.map((list) => list.values[r] ?? ""));
  sheets.push({
    name: REFERENCE_SHEETS.vocabularies,
    rows: vocabularyRows,
    boldFirstRow: true,
    widths: lists.map((list) => (list.key === "majorOutcome" ? 60 : 28)),
    validations: [],
  });
  lists.forEach((list, i) =>
    sources.set(list.key, {
      range: listRange(REFERENCE_SHEETS.vocabularies, i, list.values.length),
      errorStyle: list.errorStyle,
    }),
  );

  const roleTerms = model.defaultRoles.terms;
  sheets.push(
    tableSheet(
      REFERENCE_SHEETS.roles,
      "Roles",
      ["Role", "Aliases", "Description"],
      roleTerms.map((r) => [r.name, (r.aliases ?? []).join("; "), r.description ?? ""]),
      [36, 40, 100],
    ),
  );
  // Initiator is one role; a role of the workbook's own is only warned about, as the rules do.
  sources.set("initiator", { range: listRange(REFERENCE_SHEETS.roles, 0, roleTerms.length), errorStyle: "warning" });
  return { sheets, sources };
}

function headerOfKey(key: string): string {
  for (const tab of [categorisationTab, gapsTab]) {
    const column = (tab.columns as readonly { key: string; header: string }[]).find((c) => c.key === key);
    if (column !== undefined) return column.header;
  }
  return key;
}
