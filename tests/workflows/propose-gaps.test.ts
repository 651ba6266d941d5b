/**
 * The gap workflow end to end: propose (nothing written), preview as changes, apply as one batch,
 * and Revert leaving no trace of the added rows; on the office adapter over the fake Excel and on
 * an .xlsx file through the byte-faithful editor.
 */
import { strFromU8, unzipSync } from "fflate";
import { defaultReference } from "../../src/model/default-reference";
import { FakeExcel, type FakeValue } from "../../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookDropdowns } from "../../src/workbook/office/office-dropdowns";
import { OfficeWorkbookTabs } from "../../src/workbook/office/office-tabs";
import { OfficeWorkbookReader } from "../../src/workbook/office/office-workbook";
import { OfficeWorkbookWriter } from "../../src/workbook/office/office-writer";
import type { CellRef, WorkbookChange, WorkbookWriter } from "../../src/workbook/port";
import { XlsxWorkbookEditor } from "../../src/workbook/xlsx/xlsx-workbook-editor";
import { addMissingTabs } from "../../src/workflows/tools/add-missing-tabs";
import { applyChanges } from "../../src/workflows/changes/apply-changes";
import { checkWorkbook } from "../../src/workflows/check/check";
import { listBatches } from "../../src/workflows/changes/change-history";
import { saveColumnMapping } from "../../src/workflows/settings/column-mapping";
import { gapActions } from "../../src/app/gap-actions";
import { planProposedGaps } from "../../src/workflows/gaps/propose-gaps";
import { revertBatch } from "../../src/workflows/changes/revert-batch";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { excelJsXlsx } from "../support/xlsx-exceljs";
import { validCategorisation, type CategorisationRow } from "../support/workbook-rows";

const model = defaultReference();
const DC = "Data Categorisation";
const DGA = "Distinct Gap Analysis";

const issue = (rationale: string, more: CategorisationRow = {}): CategorisationRow => ({
  quality: "Issues",
  qualityRationale: rationale,
  ...more,
});
const categorisationRows = (rows: CategorisationRow[]): string[][] => [
  categorisationTab.columns.map((c) => c.header),
  ...rows.map((row) => categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key])),
];

// The gap tab's columns out of canonical order, with a notes column the add-in does not know.
const gapHeader = [
  "Gap ID",
  "Gap Description",
  "Notes",
  "Gap Type",
  "Information Object",
  "Use Case",
  "Capability Status",
  "Major Outcome",
  "Capability ID",
  "Capability",
  "Domain",
  "Information Category",
  "Evidence",
];
const gapRows: string[][] = [
  gapHeader,
  ["GAP-010", "Old gap", "", "Data", "Network model"],
  ["GAP-011", "Another", "keep", "Data", "Tariffs"],
];
const dcRows = categorisationRows([
  {},
  issue("Forecasts are published late"),
  issue("forecasts are published LATE", { useCase: "Market Operations" }),
  issue("Meter data incomplete", { informationObject: "Meter reads" }),
]);

function fakeExcel(): FakeExcel {
  return new FakeExcel({ [DC]: dcRows, [DGA]: gapRows as FakeValue[][] });
}

function officePorts(excel: FakeExcel) {
  return {
    reader: new OfficeWorkbookReader(excel.run),
    writer: new OfficeWorkbookWriter(excel.run, { undoGroups: () => false }),
    model: async () => model,
  };
}

describe("propose gaps (office adapter, fake Excel)", () => {
  it("plans the new rows in the tab's own column order without a single write request", async () => {
    const excel = fakeExcel();
    const plan = await gapActions(officePorts(excel)).proposeGaps();
    expect(excel.requests.length).toBeGreaterThan(0);
    expect(excel.requests.filter((request) => request.wrote)).toEqual([]);
    expect(plan.proposal.gaps.map((g) => [g.gapId, g.row])).toEqual([
      ["GAP-012", 4],
      ["GAP-013", 5],
    ]);
    expect(plan.changes.filter((c) => c.row === 4).map((c) => [c.cell, c.column, c.value])).toEqual([
      ["A4", "Gap ID", "GAP-012"],
      ["B4", "Gap Description", "Forecasts are published late"],
      ["E4", "Information Object", "Market forecast"],
      ["F4", "Use Case", "Forecast and Planning Operations; Market Operations"],
      ["I4", "Capability ID", "4.1.2"],
      ["J4", "Capability", "Share near-term operational forecasts"],
      ["K4", "Domain", "Operate"],
      ["L4", "Information Category", "Forecast"],
      ["M4", "Evidence", "Data Categorisation rows 3, 4"],
    ]);
    expect(plan.changes.every((c) => c.kind === "add" && c.applicability === "safe" && c.expected === "")).toBe(true);
    // Gap Type, Capability Status and Major Outcome (D, G, H) and the notes column are left alone.
    expect(plan.changes.some((c) => /^[CDGH]\d/.test(c.cell))).toBe(false);
  });

  it("applies the rows as one batch, and Revert empties them again: values and number formats", async () => {
    const excel = fakeExcel();
    const ports = officePorts(excel);
    const addresses = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"].flatMap((col) =>
      [4, 5].map((row) => `${col}${row}`),
    );
    const before = addresses.map((address) => excel.cell(DGA, address));
    const plan = await planProposedGaps(ports.reader, model);
    const outcome = await applyChanges(ports.writer, plan.changes, { label: "Propose gaps", source: "pane" });
    expect(outcome.applied).toHaveLength(plan.changes.length);
    expect(excel.cell(DGA, "A5").text).toBe("GAP-013");
    // The Capability ID went in as text, not the number 4.12.
    expect(excel.cell(DGA, "I4")).toMatchObject({ value: "4.1.2", text: "4.1.2" });
    // Proposing again after applying finds nothing new.
    expect((await planProposedGaps(ports.reader, model)).proposal.gaps).toEqual([]);

    const reverted = await revertBatch(ports.writer, outcome.batch?.id ?? "");
    expect(reverted.kept).toEqual([]);
    expect(reverted.restored).toBe(plan.changes.length);
    expect(addresses.map((address) => excel.cell(DGA, address))).toEqual(before);
    expect(excel.texts(DGA).slice(0, 3)).toEqual(new FakeExcel({ [DGA]: gapRows as FakeValue[][] }).texts(DGA));
    expect(
      excel
        .texts(DGA)
        .slice(3)
        .flat()
        .every((text) => text === ""),
    ).toBe(true);
    expect(await listBatches(ports.writer)).toEqual([]);
  });

  it("leaves a cell typed into between the preview and Apply alone", async () => {
    const excel = fakeExcel();
    const ports = officePorts(excel);
    const plan = await planProposedGaps(ports.reader, model);
    excel.userEdit(DGA, "B4", "Typed by the consultant");
    const outcome = await applyChanges(ports.writer, plan.changes, { label: "Propose gaps", source: "pane" });
    expect(outcome.stale.map((s) => s.change.cell)).toEqual(["B4"]);
    expect(excel.cell(DGA, "B4").text).toBe("Typed by the consultant");
  });

  it("on a tab added as a table with one empty row, fills that row first, in the canonical columns", async () => {
    const excel = new FakeExcel({ [DC]: dcRows });
    const ports = officePorts(excel);
    await addMissingTabs(
      { ...ports, dropdowns: new OfficeWorkbookDropdowns(excel.run), tabs: new OfficeWorkbookTabs(excel.run) },
      model,
    );
    expect(excel.tables.find((table) => table.sheet === DGA)?.address).toBe("A1:N2");
    const plan = await planProposedGaps(ports.reader, model);
    expect(plan.proposal.gaps.map((g) => [g.gapId, g.row])).toEqual([
      ["G01", 2],
      ["G02", 3],
    ]);
    await applyChanges(ports.writer, plan.changes, { label: "Propose gaps", source: "pane" });
    expect([excel.cell(DGA, "A2").text, excel.cell(DGA, "C2").text, excel.cell(DGA, "A3").text]).toEqual([
      "G01",
      "Forecasts are published late",
      "G02",
    ]);
  });

  it("honours the column mapping saved in the workbook", async () => {
    const excel = new FakeExcel({
      [DC]: dcRows,
      [DGA]: [["Ref", "What is missing", "Gap Type", "Capability Status", "Major Outcome"]],
    });
    const ports = officePorts(excel);
    await saveColumnMapping(ports.writer, "gaps", { gapId: "Ref", gapDescription: "What is missing" });
    const plan = await gapActions(ports).proposeGaps();
    expect(plan.changes.map((c) => `${c.cell}=${c.value}`)).toEqual([
      "A2=G01",
      "B2=Forecasts are published late",
      "A3=G02",
      "B3=Meter data incomplete",
    ]);
  });
});

describe("the added rows under the rules", () => {
  it("break no rule but the three columns left for the consultant", async () => {
    const excel = fakeExcel();
    const ports = officePorts(excel);
    const plan = await planProposedGaps(ports.reader, model);
    await applyChanges(ports.writer, plan.changes, { label: "Propose gaps", source: "pane" });
    const { report } = await checkWorkbook({ reader: ports.reader, settings: ports.writer }, model);
    const onNewRows = report.findings.filter(
      (f) => f.sheet === DGA && f.row >= 4 && f.rule !== "coverage.gap-without-option",
    );
    expect(onNewRows.map((f) => `${f.rule} ${f.column} ${f.cell}`).sort()).toEqual(
      [
        "required.missing Capability Status G4",
        "required.missing Capability Status G5",
        "required.missing Gap Type D4",
        "required.missing Gap Type D5",
        "required.missing Major Outcome H4",
        "required.missing Major Outcome H5",
      ].sort(),
    );
  });
});

/** The .xlsx editor keeps no settings; the history and revert records live beside it here, as the pane keeps them in Excel. */
class XlsxWithSettings implements WorkbookWriter {
  private readonly settings = new Map<string, unknown>();
  constructor(readonly editor: XlsxWorkbookEditor) {}
  readCells(refs: readonly CellRef[]) {
    return this.editor.readCells(refs);
  }
  async write(change: WorkbookChange) {
    for (const [key, value] of Object.entries(change.settings ?? {})) {
      if (value === null) this.settings.delete(key);
      else this.settings.set(key, structuredClone(value));
    }
    return this.editor.write({ cells: change.cells });
  }
  async readSettings(keys: readonly string[]) {
    return Object.fromEntries(keys.filter((key) => this.settings.has(key)).map((key) => [key, this.settings.get(key)]));
  }
}

async function xlsxBook(): Promise<Uint8Array> {
  return excelJsXlsx((workbook) => {
    const dc = workbook.addWorksheet(DC);
    for (const row of dcRows) dc.addRow(row);
    const gaps = workbook.addWorksheet(DGA);
    for (const row of gapRows) gaps.addRow(row);
    workbook.addWorksheet("Notes").getCell("A1").value = "left alone";
  });
}

function sheetXml(bytes: Uint8Array, index: number): string {
  return strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${index}.xml`] ?? new Uint8Array());
}

describe("propose gaps (.xlsx file, byte-faithful editor)", () => {
  it("plans without changing a byte, writes the rows, and Revert leaves the sheet reading as before with no value in the added rows", async () => {
    const bytes = await xlsxBook();
    const editor = new XlsxWorkbookEditor(bytes);
    const plan = await planProposedGaps(editor, model);
    expect(editor.bytes).toBe(bytes);
    expect(plan.proposal.gaps.map((g) => g.gapId)).toEqual(["GAP-012", "GAP-013"]);

    const writer = new XlsxWithSettings(editor);
    const gridBefore = await editor.readSheet(DGA);
    const outcome = await applyChanges(writer, plan.changes, { label: "Propose gaps", source: "cli" });
    expect(outcome.skipped).toEqual([]);
    const added = await editor.readSheet(DGA);
    expect(added.rows.map((r) => r.cells[0])).toEqual(["Gap ID", "GAP-010", "GAP-011", "GAP-012", "GAP-013"]);
    expect(added.rows[3]?.cells[12]).toBe("Data Categorisation rows 3, 4");

    await revertBatch(writer, outcome.batch?.id ?? "");
    expect(await editor.readSheet(DGA)).toEqual(gridBefore);
    const xml = sheetXml(editor.bytes, 2);
    expect(xml).not.toMatch(/<c r="[A-Z]+[45]"/);
    // The other sheets are the same bytes as before.
    expect(sheetXml(editor.bytes, 1)).toBe(sheetXml(bytes, 1));
    expect(sheetXml(editor.bytes, 3)).toBe(sheetXml(bytes, 3));
  });
});
