/**
 * The workflow layer over the memory adapter: planning auto-fill and fixes, applying them with a
 * record kept first, and reverting exactly, cell by cell, leaving alone what the analyst changed since.
 */
import { defaultReference } from "../../src/model/default-reference";
import { applyChanges, ApplyError } from "../../src/workflows/changes/apply-changes";
import { listBatches } from "../../src/workflows/changes/change-history";
import { checkWorkbook } from "../../src/workflows/check/check";
import { planFixes } from "../../src/workflows/check/fixes-of-findings";
import { planAutoFill } from "../../src/workflows/changes/plan-auto-fill";
import { revertBatch } from "../../src/workflows/changes/revert-batch";
import { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";
import { writableBook } from "../support/workbook-rows";

const model = defaultReference();
const sheet = "Data Categorisation";

const book = (): MemoryWorkbook => writableBook();

describe("plan, apply and revert auto-fill", () => {
  it("fills the empty lookups, records the batch, and reverts to the exact empty cells", async () => {
    const workbook = book();
    const plan = await planAutoFill(workbook, model);
    expect(plan.changes.map((c) => c.cell)).toEqual(["D2", "E2", "F2"]);
    expect(plan.changes.every((c) => c.applicability === "safe" && c.expected === "")).toBe(true);

    const outcome = await applyChanges(workbook, plan.changes, {
      label: "Auto-fill",
      source: "pane",
      makeId: () => "b1",
      now: () => new Date("2026-12-02T10:00:00Z"),
    });
    expect(outcome.applied).toHaveLength(3);
    expect(workbook.cell(sheet, "D2").text).toBe("Share near-term operational forecasts");
    expect(await listBatches(workbook)).toEqual([
      { id: "b1", label: "Auto-fill", at: "2026-12-02T10:00:00.000Z", source: "pane", cells: 3 },
    ]);

    const reverted = await revertBatch(workbook, "b1");
    expect(reverted).toEqual({ label: "Auto-fill", restored: 3, kept: [] });
    for (const cell of ["D2", "E2", "F2"]) expect(workbook.cell(sheet, cell)).toMatchObject({ value: "", text: "" });
    expect(await listBatches(workbook)).toEqual([]);
  });

  it("leaves out a cell the analyst filled after the plan was made", async () => {
    const workbook = book();
    const plan = await planAutoFill(workbook, model);
    workbook.setCell(sheet, "E2", "Typed by hand");
    const outcome = await applyChanges(workbook, plan.changes, { label: "Auto-fill", source: "pane" });
    expect(outcome.stale).toEqual([{ change: expect.objectContaining({ cell: "E2" }), found: "Typed by hand" }]);
    expect(workbook.cell(sheet, "E2").text).toBe("Typed by hand");
  });

  it("keeps, and reports, a cell edited again after the batch when reverting", async () => {
    const workbook = book();
    const plan = await planAutoFill(workbook, model);
    const { batch } = await applyChanges(workbook, plan.changes, { label: "Auto-fill", source: "pane" });
    workbook.setCell(sheet, "D2", "My own words");
    const reverted = await revertBatch(workbook, batch?.id ?? "");
    expect(reverted.restored).toBe(2);
    expect(reverted.kept).toEqual([
      { sheet, cell: "D2", wrote: "Share near-term operational forecasts", found: "My own words" },
    ]);
    expect(workbook.cell(sheet, "D2").text).toBe("My own words");
    expect(workbook.cell(sheet, "E2").text).toBe("");
  });

  it("restores a formula and a number format that a fix overwrote", async () => {
    const workbook = new MemoryWorkbook({
      S: { rows: [["x", 4.1]], formats: { A1: { formula: '=LOWER("X")' }, B1: { numberFormat: "0.00" } } },
    });
    const changes = [
      {
        sheet: "S",
        cell: "A1",
        row: 1,
        column: "A",
        value: "X",
        kind: "fix" as const,
        applicability: "review" as const,
        expected: "x",
        reason: "",
      },
      {
        sheet: "S",
        cell: "B1",
        row: 1,
        column: "B",
        value: "four",
        kind: "fix" as const,
        applicability: "review" as const,
        expected: "4.1",
        reason: "",
      },
    ];
    // A formula cell is not "as planned" for a text change: the plan saw its result, not the formula.
    const outcome = await applyChanges(workbook, changes, { label: "Fix", source: "pane" });
    expect(outcome.stale.map((s) => s.change.cell)).toEqual(["A1"]);
    await revertBatch(workbook, outcome.batch?.id ?? "");
    expect(workbook.cell("S", "B1")).toEqual({ value: 4.1, numberFormat: "0.00", text: "4.1" });
  });

  it("refuses before writing anything when a target sheet is protected, naming it", async () => {
    const workbook = new MemoryWorkbook({ [sheet]: { rows: [["a"]], protected: true } });
    const change = {
      sheet,
      cell: "B1",
      row: 1,
      column: "B",
      value: "v",
      kind: "fill" as const,
      applicability: "safe" as const,
      expected: "",
      reason: "",
    };
    await expect(applyChanges(workbook, [change], { label: "x", source: "pane" })).rejects.toThrow(
      new ApplyError(
        `"${sheet}" is protected, so nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.`,
      ),
    );
    expect(await listBatches(workbook)).toEqual([]);
  });
});

describe("fixes on findings", () => {
  it("offers the canonical spelling as a safe fix and a did-you-mean as one needing review", async () => {
    const { report } = await checkWorkbook(book(), model);
    const safe = planFixes(report.findings, { applicability: "safe" });
    expect(safe.map((c) => [c.cell, c.value, c.expected])).toEqual([["P4", "Public", "public"]]);
    const all = planFixes(report.findings, { applicability: "all" });
    expect(all.map((c) => [c.cell, c.value, c.applicability])).toContainEqual(["J3", "Forecast", "review"]);
  });

  it("applies a review fix to a filled cell and reverts it to what the analyst wrote", async () => {
    const workbook = book();
    const { report } = await checkWorkbook(workbook, model);
    const fix = planFixes(report.findings, { applicability: "all", rule: "category.unknown" });
    const { batch } = await applyChanges(workbook, fix, { label: "Fix J3", source: "pane" });
    expect(workbook.cell(sheet, "J3").text).toBe("Forecast");
    expect((await checkWorkbook(workbook, model)).report.findings.filter((f) => f.rule === "category.unknown")).toEqual(
      [],
    );
    await revertBatch(workbook, batch?.id ?? "");
    expect(workbook.cell(sheet, "J3").text).toBe("Forecasts");
  });

  it("keeps only the newest batches, forgetting the records of older ones", async () => {
    const workbook = book();
    for (let i = 0; i < 32; i++) {
      const change = {
        sheet,
        cell: "Z2",
        row: 2,
        column: "Z",
        value: `v${i}`,
        kind: "fix" as const,
        applicability: "review" as const,
        expected: i === 0 ? "" : `v${i - 1}`,
        reason: "",
      };
      await applyChanges(workbook, [change], { label: `#${i}`, source: "pane", makeId: () => `id${i}` });
    }
    const batches = await listBatches(workbook);
    expect(batches).toHaveLength(30);
    expect(batches[0]?.label).toBe("#31");
    expect(await workbook.readSettings(["cer.batch.id0", "cer.batch.id1", "cer.batch.id2"])).toEqual({
      "cer.batch.id2": expect.anything(),
    });
  });
});
