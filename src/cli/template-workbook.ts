/**
 * The blank workbook `template` writes: reference tabs holding the capability model, the
 * information categories, every vocabulary and the roles, and before them the three tabs with their
 * canonical headers as Excel tables and their dropdowns, added as the pane's Add missing tabs and
 * `add-tabs` add them (the same workflow, src/workflows/tools/add-missing-tabs.ts, through the xlsx
 * adapter): the lists on the hidden "CER Lists" sheet and the record of the rules in the add-in's
 * settings, so the pane's Remove dropdowns takes them away as its own.
 *
 * The reference tabs are written by the project's own package writer (package-writer.ts): a few
 * SpreadsheetML parts built as text and zipped, with no spreadsheet library at run time. Every cell
 * is an inline string.
 */
import { capabilityGroupOf } from "../model/capability-model";
import type { ReferenceModel } from "../model/reference-model";
import { closedColumns, type ClosedColumn } from "../rules/utils/closed-vocabulary-columns";
import { categorisationTab, gapsTab } from "../sheets/tab-definitions";
import { packageBytes, type SheetSpec, type TableSpec } from "../workbook/xlsx/package-writer";
import { XlsxWorkbookEditor } from "../workbook/xlsx/xlsx-workbook-editor";
import { workbookWithMissingTabs } from "./workbook-with-missing-tabs";

export const REFERENCE_SHEETS = {
  capabilities: "Capability Model",
  categories: "Information Categories",
  vocabularies: "Vocabularies",
  roles: "Roles",
} as const;

const CREATED = new Date(Date.UTC(2026, 0, 1));

export async function templateWorkbookBytes(model: ReferenceModel): Promise<Uint8Array> {
  const references = packageBytes({
    creator: "cer-data-categorisation template",
    created: CREATED,
    sheets: referenceTabs(model),
  });
  const { bytes } = await workbookWithMissingTabs(new XlsxWorkbookEditor(references), model, { newTabsFirst: true });
  if (bytes === undefined) throw new Error("The template's reference tabs were taken for the three tabs.");
  return bytes;
}

function tableSheet(name: string, tableName: string, columns: string[], rows: string[][], widths: number[]): SheetSpec {
  const table: TableSpec = { name: tableName, style: "TableStyleLight9", columns, dataRows: Math.max(rows.length, 1) };
  return { name, rows: [columns, ...rows], widths, table, validations: [] };
}

/** The reference tabs: what the framework defines, for the analyst to read. */
function referenceTabs(model: ReferenceModel): SheetSpec[] {
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

  // One column per vocabulary, each with its header; lengths differ, so this tab is a plain range.
  const lists: Array<{ key: string; header: string; values: readonly string[] }> = [
    {
      key: "useCaseGroup",
      header: "Use Case Group",
      values: model.useCaseGroups.terms.map((g) => g.name),
    },
    {
      key: "useCaseGroupCode",
      header: "Use Case Group Code",
      values: model.useCaseGroups.terms.map((g) => g.code),
    },
    { key: "domain", header: "Domain", values: model.capabilities.domains.map((d) => d.name) },
    {
      key: "capabilityGroup",
      header: "Capability Group",
      values: model.capabilities.level2.map((c) => c.name),
    },
    {
      key: "informationGroup",
      header: "Information Group",
      values: model.information.groups.names,
    },
    ...(Object.values(closedColumns) as ClosedColumn[])
      .filter((c) => !["useCaseGroup", "informationCategory", "informationGroup"].includes(c.column))
      .map((c) => ({
        key: c.column,
        header: headerOfKey(c.column),
        values: c.vocabulary(model).names,
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
  return sheets;
}

function headerOfKey(key: string): string {
  for (const tab of [categorisationTab, gapsTab]) {
    const column = (tab.columns as readonly { key: string; header: string }[]).find((c) => c.key === key);
    if (column !== undefined) return column.header;
  }
  return key;
}
