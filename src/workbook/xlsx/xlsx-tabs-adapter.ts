/**
 * The ports Add missing tabs needs (src/workflows/tools/add-missing-tabs.ts), over an .xlsx file, for
 * `cerdc add-tabs`: the tabs added, the lists sheet written and the dropdowns set are kept until
 * `bytes()` builds the new package, where each new tab is a worksheet with its headers as an Excel
 * table and its list rules, the lists sheet a hidden worksheet, and every existing part is carried
 * over byte for byte (an existing lists sheet gets its cells rewritten, as the pane rewrites it).
 *
 * A file is written once, at the end, so the settings the workflow keeps while it works (the tabs
 * it began, the areas its rules cover) stay in memory: nothing of a half-done run can reach the file.
 * The new package carries them as the add-in's settings (webextension-settings-writer.ts), so the
 * pane's Remove dropdowns knows the rules set here as its own.
 * Dropdowns are set only on the tabs this run adds; an existing sheet's rules are never read or
 * changed here ("Unknown" to the workflow, which then leaves them alone).
 */
import type {
  AreaValidation,
  CellRef,
  CellsRead,
  ListRule,
  NewTab,
  SheetArea,
  SheetGrid,
  WorkbookChange,
  WorkbookDropdowns,
  WorkbookReader,
  WorkbookTabs,
  WorkbookWriter,
  WriteResult,
} from "../port";
import { sheetXml, tableXml, type ValidationSpec } from "./package-writer";
import { addSheetParts, plainSheetXml, type SheetPart } from "./xlsx-add-sheet";
import { replaceZipEntries } from "./zip-entry-replace";
import type { XlsxWorkbookEditor } from "./xlsx-workbook-editor";
import type { InflateRaw } from "./zip-package";
import { ZipPackage } from "./zip-package";
import { readWorkbookParts } from "./workbook-parts";
import { writeWebExtensionSettings } from "./webextension-settings-writer";

export class XlsxTabsAdapter implements WorkbookReader, WorkbookWriter, WorkbookDropdowns, WorkbookTabs {
  private readonly tabs: NewTab[] = [];
  private readonly rules: ListRule[] = [];
  private lists: { sheet: string; columns: ReadonlyArray<readonly string[]> } | undefined;
  private readonly settings = new Map<string, unknown>();

  constructor(
    private readonly editor: XlsxWorkbookEditor,
    private readonly inflateRaw?: InflateRaw,
    /** Put the new tabs before the existing sheets (`template`'s reference tabs), not after them. */
    private readonly options: { newTabsFirst?: boolean } = {},
  ) {}

  private isNew(sheet: string): boolean {
    return this.tabs.some((tab) => tab.name === sheet);
  }

  async sheetNames(): Promise<string[]> {
    const existing = await this.editor.sheetNames();
    const lists = this.lists !== undefined && !existing.includes(this.lists.sheet) ? [this.lists.sheet] : [];
    return [...existing, ...this.tabs.map((tab) => tab.name), ...lists];
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const tab = this.tabs.find((candidate) => candidate.name === name);
    if (tab !== undefined) return { name, rows: [{ row: 1, cells: [...tab.headers] }], merges: [] };
    return this.editor.readSheet(name);
  }

  readCells(refs: readonly CellRef[]): Promise<CellsRead> {
    return this.editor.readCells(refs);
  }

  async write(change: WorkbookChange): Promise<WriteResult> {
    for (const [key, value] of Object.entries(change.settings ?? {})) this.settings.set(key, value);
    if (change.cells.length === 0) return { skipped: [] };
    return this.editor.write({ cells: change.cells });
  }

  async readSettings(keys: readonly string[]): Promise<Record<string, unknown>> {
    const saved = await this.editor.readSettings(keys.filter((key) => !this.settings.has(key)));
    for (const key of keys) {
      const value = this.settings.get(key);
      if (this.settings.has(key) && value !== null && value !== undefined) saved[key] = value;
    }
    return saved;
  }

  async readValidations(areas: readonly SheetArea[]): Promise<AreaValidation[]> {
    return areas.map((area): AreaValidation => {
      if (!this.isNew(area.sheet)) return { type: "Unknown" };
      const rule = this.rules.find((candidate) => candidate.sheet === area.sheet && candidate.address === area.address);
      return rule === undefined ? { type: "None" } : { type: "List", source: rule.source };
    });
  }

  async writeLists(sheet: string, columns: readonly (readonly string[])[]): Promise<void> {
    this.lists = { sheet, columns };
  }

  async setListRules(rules: readonly ListRule[]): Promise<void> {
    for (const rule of rules) {
      if (!this.isNew(rule.sheet))
        throw new Error(`add-tabs sets dropdowns only on the tabs it adds, not on "${rule.sheet}".`);
      this.rules.push(rule);
    }
  }

  async clearValidations(areas: readonly SheetArea[]): Promise<void> {
    for (const area of areas) {
      if (!this.isNew(area.sheet)) throw new Error(`add-tabs changes no dropdowns of "${area.sheet}".`);
      const at = this.rules.findIndex((rule) => rule.sheet === area.sheet && rule.address === area.address);
      if (at >= 0) this.rules.splice(at, 1);
    }
  }

  async deleteSheet(name: string): Promise<void> {
    const at = this.tabs.findIndex((tab) => tab.name === name);
    if (at >= 0) this.tabs.splice(at, 1);
    else if ((await this.editor.sheetNames()).includes(name))
      throw new Error(`add-tabs never deletes a sheet of the workbook ("${name}").`);
  }

  async invalidCells(): Promise<CellRef[] | undefined> {
    return undefined;
  }

  async addTabs(tabs: readonly NewTab[]): Promise<void> {
    this.tabs.push(...tabs);
  }

  /** The new package: the workbook as edited, with the tabs and the lists sheet added. */
  bytes(): Uint8Array {
    let bytes = this.editor.bytes;
    const zip = new ZipPackage(bytes, this.inflateRaw);
    const existingNames = readWorkbookParts(zip).sheets;
    // Table names are unique in a workbook (and case-insensitive): a taken one gets a number.
    const tableNames = new Set(
      zip
        .partNames()
        .filter((name) => /^xl\/tables\/[^/]+\.xml$/i.test(name))
        .map((name) => (/\bname="([^"]*)"/.exec(zip.textOf(name) ?? "")?.[1] ?? "").toLowerCase()),
    );
    const parts: SheetPart[] = this.tabs.map((tab) => {
      let name = tab.tableName;
      for (let n = 2; tableNames.has(name.toLowerCase()); n++) name = `${tab.tableName}${n}`;
      tableNames.add(name.toLowerCase());
      return { ...this.tabPart({ ...tab, tableName: name }), first: this.options.newTabsFirst === true };
    });
    const lists = this.lists;
    if (lists !== undefined) {
      const rows = listRows(lists.columns);
      const existing = existingNames.find((sheet) => sheet.name === lists.sheet);
      if (existing?.partName === undefined) parts.push({ name: lists.sheet, xml: plainSheetXml(rows), hidden: true });
      else {
        bytes = replaceZipEntries(
          bytes,
          new Map([
            [zip.storedNameOf(existing.partName) ?? existing.partName, new TextEncoder().encode(plainSheetXml(rows))],
          ]),
        );
      }
    }
    if (parts.length > 0) bytes = addSheetParts(bytes, parts, this.inflateRaw);
    // What the workflow kept in the settings (the dropdowns' record) travels in the file, where
    // the pane reads it; a key set to null is taken away.
    return writeWebExtensionSettings(bytes, Object.fromEntries(this.settings), this.inflateRaw);
  }

  private tabPart(tab: NewTab): SheetPart {
    const validations: ValidationSpec[] = this.rules
      .filter((rule) => rule.sheet === tab.name)
      .map((rule) => ({
        sqref: rule.address,
        formula: rule.source.replace(/^=/, ""),
        errorStyle: rule.errorStyle === "Stop" ? "stop" : "warning",
        errorTitle: rule.title,
        error: rule.message,
      }));
    const headers = [...tab.headers];
    const spec = {
      name: tab.name,
      rows: [headers],
      // Long text (descriptions, the Major Outcome sentences) gets a wider column.
      widths: headers.map((header) => (/Description$|^Major Outcome$/.test(header) ? 48 : 24)),
      table: { name: tab.tableName, style: "TableStyleMedium2", columns: headers, dataRows: 1 },
      validations,
    };
    return { name: tab.name, xml: (relId) => sheetXml(spec, 1, relId), table: (id) => tableXml(spec.table, id) };
  }
}

/** Lists as columns (each a header, then its values) -> rows from row 1. */
function listRows(columns: ReadonlyArray<readonly string[]>): string[][] {
  const height = Math.max(0, ...columns.map((column) => column.length));
  const rows: string[][] = [];
  for (let r = 0; r < height; r++) rows.push(columns.map((column) => column[r] ?? ""));
  return rows;
}
