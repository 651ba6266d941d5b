/**
 * The write side over the fake Excel, where it matters that Excel stops a failed request half-way:
 * apply then revert restores every value and number format; a half-applied batch is undone
 * completely; text stays text; a large record goes to a very hidden sheet; Excel's errors reach the
 * caller as sentences naming the tab.
 */
import { defaultReference } from "../../../src/model/default-reference";
import { applyChanges, ApplyError } from "../../../src/workflows/changes/apply-changes";
import { listBatches } from "../../../src/workflows/changes/change-history";
import { planAutoFill } from "../../../src/workflows/changes/plan-auto-fill";
import type { ProposedChange } from "../../../src/workflows/changes/proposed-change";
import { revertBatch } from "../../../src/workflows/changes/revert-batch";
import { FakeExcel, type FakeCellSpec } from "../../../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookReader } from "../../../src/workbook/office/office-workbook";
import { OfficeWorkbookWriter, spillSheetName } from "../../../src/workbook/office/office-writer";
import { categorisationTab } from "../../../src/sheets/tab-definitions";
import { validCategorisation, type CategorisationRow } from "../../support/workbook-rows";

const sheet = "Data Categorisation";
const model = defaultReference();

function rowsOf(rows: CategorisationRow[]): FakeCellSpec[][] {
  return [
    categorisationTab.columns.map((c) => c.header),
    ...rows.map((row) => categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key])),
  ];
}

/** `count` rows with only the Capability ID typed: three lookups each to fill. */
function keysOnly(count: number): FakeExcel {
  return new FakeExcel({
    [sheet]: rowsOf(Array.from({ length: count }, () => ({ capability: "", capabilityGroup: "", domain: "" }))),
  });
}

function ports(excel: FakeExcel, undoGroups = true) {
  return {
    reader: new OfficeWorkbookReader(excel.run, { hasMergedAreas: () => true }),
    writer: new OfficeWorkbookWriter(excel.run, { undoGroups: () => undoGroups }),
  };
}

function change(cell: string, value: string, expected = ""): ProposedChange {
  return {
    sheet,
    cell,
    row: Number(cell.slice(1)),
    column: "",
    value,
    kind: expected === "" ? "fill" : "fix",
    applicability: expected === "" ? "safe" : "review",
    expected,
    reason: "",
  };
}

describe("auto-fill through the office adapter", () => {
  it("fills in two requests (one read, one write), as one undo step, and reverts every cell", async () => {
    const excel = keysOnly(3);
    const { reader, writer } = ports(excel);
    const plan = await planAutoFill(reader, model);
    const before = excel.syncCount;
    const { batch } = await applyChanges(writer, plan.changes, { label: "Auto-fill", source: "pane" });
    expect(excel.syncCount - before).toBe(3); // read cells, read history, write record + cells
    expect(excel.undoRecords).toBe(1);
    expect(excel.cell(sheet, "D4").text).toBe("Share near-term operational forecasts");
    await revertBatch(writer, batch?.id ?? "");
    for (const row of [2, 3, 4])
      for (const column of ["D", "E", "F"])
        expect(excel.cell(sheet, `${column}${row}`)).toEqual({
          value: "",
          text: "",
          formula: undefined,
          numberFormat: "General",
        });
  });

  it("writes text as text: a Level 2 id '4.10' is not turned into the number 4.1, nor 'TRUE' into a boolean", async () => {
    const excel = new FakeExcel({ S: [["a"]] });
    const { writer } = ports(excel);
    await applyChanges(
      writer,
      [
        { ...change("A2", "4.10"), sheet: "S" },
        { ...change("A3", "TRUE"), sheet: "S" },
        { ...change("A4", "=1+1"), sheet: "S" },
      ],
      { label: "x", source: "pane" },
    );
    expect([excel.cell("S", "A2").value, excel.cell("S", "A3").value, excel.cell("S", "A4").value]).toEqual([
      "4.10",
      "TRUE",
      "=1+1",
    ]);
  });

  it("puts back values and number formats exactly, numbers as numbers", async () => {
    const excel = new FakeExcel({
      S: [[{ value: 0.25, numberFormat: "0%" }, { value: 12, numberFormat: "0.00" }, "text"]],
    });
    const { writer } = ports(excel);
    const changes = [
      change("A1", "Public", "25%"),
      change("B1", "Restricted", "12.00"),
      change("C1", "Critical", "text"),
    ].map((c) => ({ ...c, sheet: "S" }));
    const { batch, applied } = await applyChanges(writer, changes, { label: "x", source: "pane" });
    expect(applied).toHaveLength(3);
    await revertBatch(writer, batch?.id ?? "");
    expect(excel.cell("S", "A1")).toEqual({ value: 0.25, text: "25%", formula: undefined, numberFormat: "0%" });
    expect(excel.cell("S", "B1")).toEqual({ value: 12, text: "12.00", formula: undefined, numberFormat: "0.00" });
    expect(excel.cell("S", "C1").value).toBe("text");
  });

  it("never applies a conflict that was not ticked: the plan's changes exclude conflicts", async () => {
    const excel = new FakeExcel({
      [sheet]: rowsOf([{ capability: "Something else entirely", capabilityGroup: "", domain: "" }]),
    });
    const { reader, writer } = ports(excel);
    const plan = await planAutoFill(reader, model);
    expect(plan.conflicts.map((c) => c.cell)).toEqual(["D2"]);
    await applyChanges(writer, plan.changes, { label: "Auto-fill", source: "pane" });
    expect(excel.cell(sheet, "D2").text).toBe("Something else entirely");
  });
});

describe("when Excel fails part-way", () => {
  it.each([
    ["after the record, before any cell", 2],
    ["after the record and the first run of cells", 3],
    ["after everything ran (the answer was lost)", 99],
  ])("leaves a batch that Revert undoes completely: %s", async (_, afterActions) => {
    const excel = keysOnly(4);
    const { reader, writer } = ports(excel);
    const plan = await planAutoFill(reader, model);
    excel.failRequest({ request: 3, afterActions, code: "NetworkError" });
    const failure = applyChanges(writer, plan.changes, { label: "Auto-fill", source: "pane" });
    await expect(failure).rejects.toBeInstanceOf(ApplyError);
    await expect(failure).rejects.toThrow(/Revert it from the history/);
    const [batch] = await listBatches(writer);
    expect(batch?.cells).toBe(12);
    const outcome = await revertBatch(writer, batch?.id ?? "");
    expect(outcome.kept).toEqual([]);
    for (let row = 2; row <= 5; row++)
      for (const column of ["D", "E", "F"]) expect(excel.cell(sheet, `${column}${row}`).text).toBe("");
    expect(await listBatches(writer)).toEqual([]);
  });

  it("names a protected sheet and writes nothing", async () => {
    const excel = keysOnly(1);
    const { reader, writer } = ports(excel);
    const plan = await planAutoFill(reader, model);
    excel.protect(sheet);
    await expect(applyChanges(writer, plan.changes, { label: "Auto-fill", source: "pane" })).rejects.toThrow(
      `"${sheet}" is protected, so nothing was changed.`,
    );
    expect(excel.requests.filter((r) => r.wrote)).toEqual([]);
  });

  it("says which sheet went missing when it is deleted between the check and the write", async () => {
    const excel = new FakeExcel({
      [sheet]: rowsOf([{ capability: "", capabilityGroup: "", domain: "" }]),
      Notes: [["n"]],
    });
    const { reader, writer } = ports(excel);
    const plan = await planAutoFill(reader, model);
    excel.deleteSheet(sheet);
    await expect(applyChanges(writer, plan.changes, { label: "Auto-fill", source: "pane" })).rejects.toThrow(
      `The workbook has no sheet named "${sheet}" (was it renamed or deleted?).`,
    );
    expect(excel.settings).toEqual({});
  });

  it("says which sheet went missing when it is deleted during the write, and Revert still works on what remains", async () => {
    const excel = new FakeExcel({
      [sheet]: rowsOf([{ capability: "", capabilityGroup: "", domain: "" }]),
      Notes: [["n"]],
    });
    const { reader, writer } = ports(excel);
    const plan = await planAutoFill(reader, model);
    const start = excel.syncCount;
    // Requests of the apply: read the cells, read the history, then write the record and the cells.
    excel.beforeRequest((n) => {
      if (n === start + 3) excel.failRequest({ request: 1, afterActions: 3, code: "ItemNotFound" });
    });
    await expect(applyChanges(writer, plan.changes, { label: "Auto-fill", source: "pane" })).rejects.toThrow(
      /no sheet named "Data Categorisation".*Revert it from the history/,
    );
    const [batch] = await listBatches(writer);
    expect(batch?.cells).toBe(3);
    expect(excel.cell(sheet, "D2").text).not.toBe("");
    expect((await revertBatch(writer, batch?.id ?? "")).kept).toEqual([]);
    expect(excel.cell(sheet, "D2").text).toBe("");
  });

  it("asks the analyst to finish editing a cell, and writes nothing", async () => {
    const excel = keysOnly(1);
    const { reader, writer } = ports(excel);
    const plan = await planAutoFill(reader, model);
    excel.enterCellEdit();
    await expect(applyChanges(writer, plan.changes, { label: "Auto-fill", source: "pane" })).rejects.toThrow(
      /Press Enter or Esc/,
    );
    excel.leaveCellEdit();
    expect(excel.cell(sheet, "D2").text).toBe("");
  });
});

describe("large batches", () => {
  it("keeps a record too large for settings in a very hidden sheet, and reverts from it after a reload", async () => {
    const excel = keysOnly(1500);
    const { reader, writer } = ports(excel);
    const plan = await planAutoFill(reader, model);
    const { batch } = await applyChanges(writer, plan.changes, { label: "Auto-fill", source: "pane" });
    const name = spillSheetName(`cer.batch.${batch?.id ?? ""}`);
    expect(excel.sheetNames).toContain(name);
    expect(excel.visibility(name)).toBe("VeryHidden");
    expect(Math.max(...excel.requests.map((r) => r.requestBytes))).toBeLessThan(5 * 1024 * 1024);
    // A new writer: nothing remembered in memory, only what the workbook keeps.
    const reloaded = new OfficeWorkbookWriter(excel.run, { undoGroups: () => false });
    const outcome = await revertBatch(reloaded, batch?.id ?? "");
    expect(outcome.restored).toBe(4500);
    expect(excel.sheetNames).not.toContain(name);
    expect(excel.cell(sheet, "F1501").text).toBe("");
  });

  it("fills 10,000 rows in a number of requests that grows with blocks, not rows", async () => {
    const excel = keysOnly(10_000);
    const { reader, writer } = ports(excel);
    const plan = await planAutoFill(reader, model);
    const before = excel.syncCount;
    await applyChanges(writer, plan.changes, { label: "Auto-fill", source: "pane" });
    // Reads of 20,000 cells a request, a record of about 4 MB in two, the cells in one or two.
    expect(excel.syncCount - before).toBeLessThanOrEqual(10);
    expect(Math.max(...excel.requests.map((r) => Math.max(r.requestBytes, r.responseBytes)))).toBeLessThan(
      5 * 1024 * 1024,
    );
  });
});
