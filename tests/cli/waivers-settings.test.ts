/**
 * Waivers end to end: the reviewer accepts an error in the pane (fake Excel), the waiver is kept in
 * the workbook's settings, the .xlsx carries it the way Office stores an add-in's settings
 * (xl/webextensions/), and `validate` on that file no longer exits 1 for it, marks it waived in
 * its JSON, still matches it after the rows are sorted, inserted above and deleted, and reports it
 * stale once the error is gone. The report also carries the consistency review.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { defaultReference } from "../../src/model/default-reference";
import type { Finding } from "../../src/check/finding";
import type { ValidationReport } from "../../src/check/validation-report";
import type { Waiver } from "../../src/check/finding";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookReader } from "../../src/workbook/office/office-workbook";
import { OfficeWorkbookWriter } from "../../src/workbook/office/office-writer";
import { ADD_IN_ID } from "../../src/workbook/xlsx/webextension-settings";
import { reviewActions } from "../../src/app/review-actions";
import { WAIVERS_KEY } from "../../src/workflows/review/waivers";
import { workbookActions } from "../../src/app/workbook-actions";
import { webExtensionParts } from "../support/webextension-parts";
import { validCategorisation, type CategorisationRow } from "../support/workbook-rows";
import { buildXlsx, escapeAttribute, worksheetXml } from "../support/xlsx-package-builder";

const model = defaultReference();
const DC = "Data Categorisation";
const headers = categorisationTab.columns.map((c) => c.header);
const cellsOf = (row: CategorisationRow) =>
  categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key]);

const marketPublic: CategorisationRow = { activity: "Publish forecasts", sensitivity: "Public" };
const marketRestricted: CategorisationRow = { activity: "Receive forecasts", sensitivity: "Restricted" };
const meterReads: CategorisationRow = {
  useCase: "Meter data services",
  activity: "Share meter data",
  informationObject: "Meter reads",
  informationCategory: "Telemetry (Devices)",
};
const tariff: CategorisationRow = {
  useCase: "Tariffs",
  activity: "Publish tariffs",
  informationObject: "Network tariff",
};

/** Worksheet rows from row 1; undefined leaves a row empty. */
function xlsxOf(rows: Array<CategorisationRow | undefined>, settings?: Record<string, unknown>): Uint8Array {
  const sheetData = [headers, ...rows.map((row) => (row === undefined ? undefined : cellsOf(row)))]
    .map((cells, r) =>
      cells === undefined
        ? ""
        : `<row r="${r + 1}">${cells.map((text, c) => (text === "" ? "" : `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${escapeAttribute(text)}</t></is></c>`)).join("")}</row>`,
    )
    .join("");
  return buildXlsx({
    sheets: [{ name: DC, xml: worksheetXml(sheetData) }],
    extraParts: settings === undefined ? {} : webExtensionParts(settings, ADD_IN_ID),
  });
}

describe("waivers saved in the pane travel in the .xlsx", () => {
  let folder: string;
  let waiver: Waiver;

  function file(name: string, rows: Array<CategorisationRow | undefined>, settings?: Record<string, unknown>): string {
    const path = join(folder, name);
    writeFileSync(path, xlsxOf(rows, settings));
    return path;
  }

  async function json(path: string): Promise<{ exitCode: number; report: ValidationReport }> {
    const result = await runCli(["validate", path, "--format", "json"]);
    expect(result.stderr).toBe("");
    return { exitCode: result.exitCode, report: JSON.parse(result.stdout) as ValidationReport };
  }

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "waivers-"));
    const excel = new FakeExcel({
      [DC]: [headers, ...[marketPublic, marketRestricted, meterReads, tariff].map(cellsOf)],
    });
    const ports = {
      reader: new OfficeWorkbookReader(excel.run, { hasMergedAreas: () => true }),
      writer: new OfficeWorkbookWriter(excel.run, { undoGroups: () => false }),
      model: async () => model,
    };
    const report = await workbookActions(ports).validate();
    const error = report.findings.find((f) => f.severity === "error") as Finding;
    await reviewActions(ports).acceptFinding(error, { by: "Ana", reason: "Vendor term agreed with the working group" });
    waiver = (excel.settings[WAIVERS_KEY] as Waiver[])[0] as Waiver;
  });

  it("without the waiver the error makes validate exit 1; with it, exit 0 and the JSON marks it waived", async () => {
    const plain = await json(file("plain.xlsx", [marketPublic, marketRestricted, meterReads, tariff]));
    expect(plain.exitCode).toBe(1);
    // The fixture files "Network tariff" under Forecast. category.unlikely-for-object leaves it: the
    // row's words taken together ("publish", "network") rank Flex Services level with Regulatory
    // Instrument, so its second opinion does not agree (a rule that questions correct work is worse
    // than one that lets a doubtful row pass).
    expect(plain.report.summary).toEqual({ errors: 1, warnings: 2, info: 0 });
    expect(plain.report.staleWaivers).toBeUndefined();

    const waived = await json(
      file("waived.xlsx", [marketPublic, marketRestricted, meterReads, tariff], { [WAIVERS_KEY]: [waiver] }),
    );
    expect(waived.exitCode).toBe(0);
    expect(waived.report.valid).toBe(true);
    expect(waived.report.summary).toEqual({ errors: 0, warnings: 2, info: 0, waived: 1 });
    expect(waived.report.findings.find((f) => f.rule === "category.unknown")).toBeUndefined();
    expect(waived.report.waivedFindings?.find((f) => f.rule === "category.unknown")).toMatchObject({
      cell: "J4",
      waived: { by: "Ana", reason: "Vendor term agreed with the working group", at: waiver.at },
    });
    expect(waived.report.staleWaivers).toEqual([]);
  });

  it("the README and validate --help name every key of the JSON report of a workbook that keeps waivers", async () => {
    const { report } = await json(
      file("documented.xlsx", [marketPublic, marketRestricted, meterReads, tariff], { [WAIVERS_KEY]: [waiver] }),
    );
    const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
    // The paragraph that describes validate's JSON, up to the batch's shape.
    const shape = /`--format json` prints, for one workbook,([\s\S]*?)for a\s+batch/.exec(readme)?.[1] ?? "";
    const help = (await runCli(["validate", "--help"])).stdout;
    expect(Object.keys(report)).toContain("waivedFindings");
    for (const key of Object.keys(report)) {
      expect(shape).toContain(`"${key}"`);
      expect(help).toContain(key);
    }
    expect(shape).toContain("summary.waived");
  });

  it("the waiver still matches after the rows are sorted, rows inserted above and another row deleted", async () => {
    const moved = await json(
      file("moved.xlsx", [undefined, undefined, meterReads, marketRestricted, marketPublic], {
        [WAIVERS_KEY]: [waiver],
      }),
    );
    expect(moved.exitCode).toBe(0);
    expect(moved.report.waivedFindings?.find((f) => f.rule === "category.unknown")).toMatchObject({
      cell: "J4",
      waived: { by: "Ana" },
    });
    expect(moved.report.staleWaivers).toEqual([]);
  });

  it("a waiver whose finding is gone is reported stale, in the JSON and the text", async () => {
    const fixed = { ...meterReads, informationCategory: "Forecast" };
    const path = file("stale.xlsx", [marketPublic, marketRestricted, fixed], { [WAIVERS_KEY]: [waiver] });
    const stale = await json(path);
    expect(stale.exitCode).toBe(0);
    expect(stale.report.staleWaivers).toEqual([waiver]);
    const text = await runCli(["validate", path]);
    expect(text.stdout).toContain("Stale waivers: 1 waiver no longer matches a finding");
    expect(text.stdout).toContain(
      'category.unknown on categorisation, informationCategory, row "meter data services / share meter data / meter reads": accepted by Ana',
    );
  });

  it("the text report marks the accepted finding and shows the consistency review", async () => {
    const result = await runCli([
      "validate",
      file("text.xlsx", [marketPublic, marketRestricted, meterReads], { [WAIVERS_KEY]: [waiver] }),
    ]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/J4 +.*\[accepted by Ana: Vendor term agreed with the working group\]/);
    expect(result.stdout).toContain(
      'Consistency review: 1 information object whose rows disagree\n  "Market forecast" on Data Categorisation, rows 2, 3 (object.sensitivity-inconsistent)\n    Sensitivity: "Public" (1 row), "Restricted" (1 row)',
    );
    expect(result.stdout).toContain("✔ 0 errors, 2 warnings, 0 info, 1 accepted");
  });

  it("the JSON carries the consistency review by information object", async () => {
    const { report } = await json(file("review.xlsx", [marketPublic, marketRestricted, meterReads]));
    expect(report.consistency).toHaveLength(1);
    expect(report.consistency?.[0]).toMatchObject({
      object: "Market forecast",
      rules: ["object.sensitivity-inconsistent"],
    });
    expect(report.consistency?.[0]?.rows.map((r) => [r.row, r.cells.sensitivity])).toEqual([
      [2, { cell: "P2", value: "Public", differs: false, key: "public" }],
      [3, { cell: "P3", value: "Restricted", differs: true, key: "restricted" }],
    ]);
  });

  it("a batch honours the waivers too, and SARIF records the waived finding as an accepted suppression", async () => {
    const one = file("batch-1.xlsx", [meterReads], { [WAIVERS_KEY]: [waiver] });
    const two = file("batch-2.xlsx", [tariff]);
    const batch = await runCli(["validate", one, two]);
    expect(batch.exitCode).toBe(0);
    const sarif = await runCli(["validate", one, "--format", "sarif"]);
    const results =
      (JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: unknown[] }> }> })
        .runs[0]?.results ?? [];
    expect(results.find((r) => r.ruleId === "category.unknown")?.suppressions).toEqual([
      {
        kind: "external",
        status: "accepted",
        justification: `Vendor term agreed with the working group (Ana, ${waiver.at})`,
      },
    ]);
  });
});
