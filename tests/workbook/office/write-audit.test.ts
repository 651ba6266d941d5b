/**
 * The write side against what Excel refuses (issue 19's audit, items 1-3 and 5): a very hidden
 * record sheet is made hidden before it is deleted; no sheet is added, hidden or deleted inside a
 * `mergeUndoGroup` run, and a grouped write Excel refuses with UndoNotSupported runs again without
 * grouping; reads and writes of scattered cells stay under 5 MB as office.js weighs them; the
 * history's records keep the settings well under Excel's ~1 MB.
 */
import { applyChanges } from "../../../src/workflows/changes/apply-changes";
import { HISTORY_KEY, HISTORY_LIMIT } from "../../../src/workflows/changes/change-history";
import type { ProposedChange } from "../../../src/workflows/changes/proposed-change";
import { revertBatch } from "../../../src/workflows/changes/revert-batch";
import { FakeExcel } from "../../../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookWriter, spillBytes, spillSheetName } from "../../../src/workbook/office/office-writer";

const FIVE_MB = 5 * 1024 * 1024;

function fill(sheet: string, cell: string, value: string): ProposedChange {
  return {
    sheet,
    cell,
    row: Number(cell.replace(/^[A-Z]+/, "")),
    column: "",
    value,
    kind: "fill",
    applicability: "safe",
    expected: "",
    reason: "",
  };
}

/** A change large enough that its record spills to a very hidden sheet. */
function spillingChanges(count = 400): ProposedChange[] {
  return Array.from({ length: count }, (_, i) =>
    fill("S", `B${i + 2}`, `a value long enough to make the record large ${i}`),
  );
}

describe("the revert record's very hidden sheet", () => {
  it("is deleted with the record: made Hidden first, since Excel cannot delete a very hidden sheet", async () => {
    const excel = new FakeExcel({ S: [["a"]] });
    const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => false });
    const { batch } = await applyChanges(writer, spillingChanges(), { label: "big", source: "pane" });
    const name = spillSheetName(`cer.batch.${batch?.id ?? ""}`);
    expect(excel.visibility(name)).toBe("VeryHidden");
    await revertBatch(writer, batch?.id ?? "");
    expect(excel.sheetNames).toEqual(["S"]);
  });

  it("lets History pass its limit with a spilled batch in it: the next Apply still works", async () => {
    const excel = new FakeExcel({ S: [["a"]] });
    const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => true });
    await applyChanges(writer, spillingChanges(), { label: "big", source: "pane" });
    for (let i = 0; i < HISTORY_LIMIT; i++)
      await applyChanges(writer, [fill("S", `C${i + 2}`, "x")], { label: `small ${i}`, source: "pane" });
    expect(excel.sheetNames).toEqual(["S"]);
    expect((excel.settings[HISTORY_KEY] as unknown[]).length).toBe(HISTORY_LIMIT);
  });
});

describe("grouped runs (mergeUndoGroup, ExcelApi 1.20)", () => {
  it("the fake refuses a sheet added, hidden or deleted inside one with UndoNotSupported", async () => {
    const excel = new FakeExcel({ S: [["a"]], T: [["b"]] });
    const attempts: Array<(context: Excel.RequestContext) => void> = [
      (context) => context.workbook.worksheets.add("New"),
      (context) => (context.workbook.worksheets.getItem("T").visibility = "Hidden"),
      (context) => context.workbook.worksheets.getItem("T").delete(),
    ];
    for (const attempt of attempts) {
      await expect(
        excel.run({ mergeUndoGroup: true }, async (context) => {
          attempt(context);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "UndoNotSupported" });
    }
    expect(excel.sheetNames).toEqual(["S", "T"]);
  });

  it("a batch whose record spills is written in one undo step, its sheet made outside the group", async () => {
    const excel = new FakeExcel({ S: [["a"]] });
    const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => true });
    const { batch } = await applyChanges(writer, spillingChanges(), { label: "big", source: "pane" });
    expect(excel.cell("S", "B401").text).toBe("a value long enough to make the record large 399");
    expect(excel.requests.filter((request) => request.failed !== undefined)).toEqual([]);
    await revertBatch(writer, batch?.id ?? "");
    expect(excel.cell("S", "B401").text).toBe("");
    expect(excel.sheetNames).toEqual(["S"]);
  });

  it("runs again without grouping when Excel refuses something inside the group with UndoNotSupported", async () => {
    const excel = new FakeExcel({ S: [["a"]] });
    const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => true });
    // Request 1 reads the cells, 2 the history; the grouped write is the third.
    excel.failRequest({ request: 3, afterActions: 0, code: "UndoNotSupported" });
    await applyChanges(writer, [fill("S", "B2", "x")], { label: "one", source: "pane" });
    expect(excel.requests.map((request) => request.failed)).toContain("UndoNotSupported");
    expect(excel.cell("S", "B2").text).toBe("x");
  });
});

describe("request sizes as office.js serialises them (about 500 bytes a single-cell read or write)", () => {
  it("applies and reverts 12,000 scattered cells with every request under 5 MB", async () => {
    const excel = new FakeExcel({ S: [["a"]] });
    const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => true });
    // Every other row of two columns: no two cells make a run, so each is its own range.
    const changes = Array.from({ length: 12_000 }, (_, i) => fill("S", `${i % 2 === 0 ? "B" : "D"}${2 * i + 2}`, "v"));
    const { batch } = await applyChanges(writer, changes, { label: "scattered", source: "pane" });
    await revertBatch(writer, batch?.id ?? "");
    expect(excel.requests.filter((request) => request.failed !== undefined)).toEqual([]);
    expect(Math.max(...excel.requests.map((request) => request.requestBytes))).toBeLessThan(FIVE_MB);
    expect(excel.cell("S", "B2").text).toBe("");
  });
});

describe("settings size", () => {
  it("the fake refuses settings past about 1 MB with InvalidArgument (office-js #3957)", async () => {
    const excel = new FakeExcel({ S: [["a"]] });
    await expect(
      excel.run(async (context) => {
        context.workbook.settings.add("big", "x".repeat(1024 * 1024));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("a full history of records just under the spill size keeps the settings under half of it", async () => {
    const excel = new FakeExcel({ S: [["a"]] });
    const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => false });
    // Each record just under spillBytes: kept in settings, not spilled.
    const perChange = 140;
    const count = Math.floor(spillBytes / perChange) - 10;
    for (let i = 0; i < HISTORY_LIMIT; i++) {
      const changes = Array.from({ length: count }, (_, r) =>
        fill(
          "S",
          `${String.fromCharCode(66 + (i % 20))}${r + 2 + 1000 * Math.floor(i / 20)}`,
          `value ${i}-${r} padded to weigh its share`,
        ),
      );
      await applyChanges(writer, changes, { label: `batch ${i}`, source: "pane" });
    }
    const total = Object.entries(excel.settings).reduce(
      (sum, [key, value]) => sum + key.length + JSON.stringify(value).length,
      0,
    );
    expect(total).toBeLessThan(600 * 1024);
  });
});

describe("text that Excel would read as something else (office-js #6687; dates)", () => {
  it("a quote-prefixed '=...' text is text: fixed when planned, and put back as text by Revert", async () => {
    const excel = new FakeExcel({ S: [["a"]] });
    excel.setCell("S", "A2", "'=see notes");
    const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => false });
    const { batch, applied } = await applyChanges(
      writer,
      [{ ...fill("S", "A2", "Plan"), kind: "fix", applicability: "review", expected: "=see notes" }],
      { label: "fix", source: "pane" },
    );
    expect(applied).toHaveLength(1);
    await revertBatch(writer, batch?.id ?? "");
    expect(excel.cell("S", "A2")).toMatchObject({ value: "=see notes", formula: undefined });
  });

  it("text Excel would read as a date stays text: 'May 2024', '3 March'", async () => {
    const excel = new FakeExcel({ S: [["a"]] });
    const writer = new OfficeWorkbookWriter(excel.run, { undoGroups: () => false });
    await applyChanges(
      writer,
      [fill("S", "A2", "May 2024"), fill("S", "A3", "3 March"), fill("S", "A4", "May 2024 forecast")],
      { label: "dates", source: "pane" },
    );
    expect([excel.cell("S", "A2").value, excel.cell("S", "A3").value, excel.cell("S", "A4").value]).toEqual([
      "May 2024",
      "3 March",
      "May 2024 forecast",
    ]);
  });

  it("the fake reads typed dates as Excel does", async () => {
    const excel = new FakeExcel({ S: [] });
    ["May 2024", "3 Mar 2024", "May 2024 forecast"].forEach((typed, i) =>
      excel.setCell("S", `${"ABC"[i] ?? ""}1`, typed),
    );
    expect([excel.cell("S", "A1").value, excel.cell("S", "B1").value, excel.cell("S", "C1").value]).toEqual([
      45413,
      45354,
      "May 2024 forecast",
    ]);
  });
});
