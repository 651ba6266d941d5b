/**
 * Column mapping end to end: the analyst maps two columns in the pane (fake Excel), the mapping is
 * saved in the workbook's settings, the .xlsx carries it the way Office stores an add-in's settings
 * (xl/webextensions/, tests/support/webextension-parts.ts), and `validate` and `fix` on that file
 * read the tabs as the pane does.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { defaultReference } from "../../src/model/default-reference";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookReader } from "../../src/workbook/office/office-workbook";
import { OfficeWorkbookWriter } from "../../src/workbook/office/office-writer";
import { ADD_IN_ID } from "../../src/workbook/xlsx/webextension-settings";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";
import { checkWorkbook } from "../../src/workflows/check/check";
import {
  COLUMN_MAPPING_KEY,
  columnMappingChoices,
  saveColumnMapping,
} from "../../src/workflows/settings/column-mapping";
import { webExtensionParts } from "../support/webextension-parts";
import { buildXlsx, escapeAttribute, worksheetXml } from "../support/xlsx-package-builder";

const model = defaultReference();
const DC = "Data Categorisation";
const category = model.information.categories.terms[0];
const role = model.defaultRoles.names[0] ?? "";
/** The analyst's own headers for two columns the add-in cannot place. */
const renamed: Record<string, string> = { sensitivity: "Classification", informationCategory: "Kind of data" };
const headers = categorisationTab.columns.map((c) => renamed[c.key] ?? c.header);
const values: Record<string, string> = {
  useCaseGroup: model.useCaseGroups.terms[0]?.name ?? "",
  useCase: "Forecast demand",
  capabilityId: model.capabilities.level3[0]?.id ?? "",
  activity: "Plan",
  informationObject: "Demand forecast",
  informationCategory: category?.name ?? "",
  initiator: role,
  receiver: role,
  interface: model.interfaces.names[0] ?? "",
  minimumFrequency: "Daily",
  latency: "1 hour",
  sensitivity: "Secret",
  quality: "No Issues",
};
const rows = [headers, categorisationTab.columns.map((c) => values[c.key] ?? "")];

function xlsxOf(settings: Record<string, unknown> | undefined): Uint8Array {
  const sheetData = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((text, c) => (text === "" ? "" : `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${escapeAttribute(text)}</t></is></c>`)).join("")}</row>`,
    )
    .join("");
  return buildXlsx({
    sheets: [{ name: DC, xml: worksheetXml(sheetData) }],
    extraParts: settings === undefined ? {} : webExtensionParts(settings, ADD_IN_ID),
  });
}

describe("a column mapping saved in the pane travels in the .xlsx", () => {
  let folder: string;
  let paneFindings: string[];
  let saved: Record<string, unknown>;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "mapping-"));
    const excel = new FakeExcel({ [DC]: rows });
    const reader = new OfficeWorkbookReader(excel.run, { hasMergedAreas: () => true });
    const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => false });
    // What the pane shows: the tab's headers and the required columns it could not place.
    const [choices] = await columnMappingChoices(reader, writer);
    expect(choices?.missing.map((m) => m.key).sort()).toEqual(["informationCategory", "sensitivity"]);
    expect(choices?.headers.map((h) => h.text)).toEqual(expect.arrayContaining(["Classification", "Kind of data"]));
    await saveColumnMapping(writer, "categorisation", { sensitivity: "Classification" });
    await saveColumnMapping(writer, "categorisation", { informationCategory: "Kind of data" });
    saved = excel.settings;
    expect(saved[COLUMN_MAPPING_KEY]).toEqual({
      categorisation: { sensitivity: "Classification", informationCategory: "Kind of data" },
    });
    const { report } = await checkWorkbook({ reader, settings: writer }, model);
    paneFindings = report.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`).sort();
  });

  it("the pane reads the mapped columns", () => {
    expect(paneFindings).toContain(`sensitivity.unknown ${DC}!P2`);
    expect(paneFindings.some((f) => f.startsWith("header.missing-columns"))).toBe(false);
  });

  it("the file's settings are read back from xl/webextensions", async () => {
    const book = openXlsx(xlsxOf(saved));
    expect(await book.readSettings([COLUMN_MAPPING_KEY, "cer.absent"])).toEqual({
      [COLUMN_MAPPING_KEY]: saved[COLUMN_MAPPING_KEY],
    });
    // Another add-in's settings in the same file are not taken for this one's.
    const other = openXlsx(
      buildXlsx({
        sheets: [{ name: DC, xml: worksheetXml("") }],
        extraParts: webExtensionParts({ "other.key": 1 }, "WA104380000"),
      }),
    );
    expect(await other.readSettings([COLUMN_MAPPING_KEY])).toEqual({});
  });

  it("validate on the saved file agrees with the pane; without the settings it does not find the columns", async () => {
    const withMapping = join(folder, "mapped.xlsx");
    writeFileSync(withMapping, xlsxOf(saved));
    const result = await runCli(["validate", withMapping, "--format", "json"]);
    expect(result.stderr).toBe("");
    const findings = (
      JSON.parse(result.stdout) as { findings: Array<{ rule: string; sheet: string; cell: string }> }
    ).findings
      .map((f) => `${f.rule} ${f.sheet}!${f.cell}`)
      .sort();
    expect(findings).toEqual(paneFindings);
    const without = join(folder, "plain.xlsx");
    writeFileSync(without, xlsxOf(undefined));
    const plain = await runCli(["validate", without, "--format", "json"]);
    expect(plain.stdout).toContain("header.missing-columns");
  });

  it("fix on the saved file fills from the mapped column", async () => {
    const input = join(folder, "fix-in.xlsx");
    const out = join(folder, "fix-out.xlsx");
    writeFileSync(input, xlsxOf(saved));
    const result = await runCli(["fix", input, "--out", out]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/Information Group\s+1\s+I2/);
    const fixed = openXlsx(readFileSync(out)).readSheetSync(DC).rows[1]?.cells[8];
    expect(fixed).toBe(category?.group.name);
  });
});
