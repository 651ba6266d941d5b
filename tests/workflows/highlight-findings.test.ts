/**
 * Highlight and Clear through the office adapter on the fake Excel: the marks are the add-in's own
 * conditional formats, so highlight then clear leaves every cell's formatting exactly as it was (own
 * fills and the analyst's own conditional formats included), and 10,000 flagged cells take a bounded
 * number of requests.
 */
import type { Finding, Severity } from "../../src/check/finding";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { highlightFormula, OfficeWorkbookFormatter } from "../../src/workbook/office/office-formatter";
import { clearHighlights } from "../../src/workflows/check/clear-highlights";
import { HIGHLIGHT_FILLS, highlightFindings, highlightLayers } from "../../src/workflows/check/highlight-findings";

const SHEET = "Data Categorisation";

function finding(cell: string, severity: Severity, sheet = SHEET): Finding {
  const row = Number(/\d+/.exec(cell)?.[0]);
  return { sheet, cell, row, column: "X", rule: "test.rule", severity, message: "m", value: "" };
}

function book(): FakeExcel {
  return new FakeExcel({
    [SHEET]: {
      rows: [
        ["Use Case Group", "Use Case", "Sensitivity"],
        [{ value: "PO", fill: "#FFFF00" }, "Plan", { value: "Secret", fill: "#00B0F0" }],
        ["XX", "Plan", "Public"],
      ],
      conditionalFormats: [
        { ranges: "C2:C100", formula: '=C2="Critical"', fill: "#FF0000" },
        { ranges: "A1:C1", type: "CellValue" },
        // Looks like a mark but is the analyst's: not the add-in's formula.
        { ranges: "B2", formula: '=ISTEXT("CER add-in highlight")', fill: "#123456" },
      ],
    },
    Notes: [["keep me"]],
  });
}

describe("highlightFindings and clearHighlights (office adapter, fake Excel)", () => {
  it("marks each flagged cell in its worst severity's colour, and clear leaves every format exactly as it was", async () => {
    const excel = book();
    const before = excel.formatting(SHEET);
    const formatter = new OfficeWorkbookFormatter(excel.run, { rangeAreas: () => true });
    const summary = await highlightFindings(formatter, [
      finding("A3", "error"),
      finding("A3", "info"),
      finding("C2", "warning"),
      finding("C3", "info"),
      finding("B3", "error"),
    ]);
    expect(summary).toMatchObject({
      removed: 0,
      marked: 4,
      cells: { error: 2, warning: 1, info: 1 },
      protectedSheets: [],
    });
    const marks = excel.conditionalFormats(SHEET).slice(3);
    expect(marks).toEqual([
      {
        type: "Custom",
        ranges: "A3,B3",
        formula: highlightFormula("error"),
        fill: HIGHLIGHT_FILLS.error,
        fontColor: null,
      },
      {
        type: "Custom",
        ranges: "C2",
        formula: highlightFormula("warning"),
        fill: HIGHLIGHT_FILLS.warning,
        fontColor: null,
      },
      { type: "Custom", ranges: "C3", formula: highlightFormula("info"), fill: HIGHLIGHT_FILLS.info, fontColor: null },
    ]);
    // The cells' own fills were never touched.
    expect(excel.formatting(SHEET)).toContain('[1,0,"#FFFF00",null]');
    await expect(clearHighlights(formatter)).resolves.toEqual({ removed: 3, protectedSheets: [], unreadSheets: [] });
    expect(excel.formatting(SHEET)).toBe(before);
    expect(excel.formatting("Notes")).toBe(new FakeExcel({ Notes: [["keep me"]] }).formatting("Notes"));
  });

  it("replaces its earlier highlight instead of piling up, and clears a mark the analyst copied elsewhere", async () => {
    const excel = book();
    const formatter = new OfficeWorkbookFormatter(excel.run, { rangeAreas: () => true });
    await highlightFindings(formatter, [finding("A3", "error")]);
    // The analyst copies a highlighted cell to another sheet: its conditional format goes along.
    await excel.run(async (context) => {
      const copy = context.workbook.worksheets.getItem("Notes").getRange("D4").conditionalFormats.add("Custom");
      copy.custom.rule.formula = highlightFormula("error");
      await context.sync();
    });
    const again = await highlightFindings(formatter, [finding("B3", "warning")]);
    expect(again.removed).toBe(2);
    expect(
      excel
        .conditionalFormats(SHEET)
        .slice(3)
        .map((cf) => cf.ranges),
    ).toEqual(["B3"]);
    expect(excel.conditionalFormats("Notes")).toEqual([]);
  });

  it("leaves a protected sheet alone and names it", async () => {
    const excel = book();
    const formatter = new OfficeWorkbookFormatter(excel.run, { rangeAreas: () => true });
    excel.protect(SHEET);
    const summary = await highlightFindings(formatter, [finding("A3", "error"), finding("A1", "warning", "Notes")]);
    expect(summary).toMatchObject({ protectedSheets: [SHEET], cells: { error: 0, warning: 1, info: 0 } });
    expect(excel.conditionalFormats(SHEET)).toHaveLength(3);
  });

  it("works without RangeAreas (before ExcelApi 1.9): one format per run of cells", async () => {
    const excel = new FakeExcel({ [SHEET]: [["a"]] }, { apiVersion: 8 });
    const formatter = new OfficeWorkbookFormatter(excel.run, { rangeAreas: () => false });
    await highlightFindings(formatter, [finding("A2", "error"), finding("A3", "error"), finding("C9", "error")]);
    expect(excel.conditionalFormats(SHEET).map((cf) => cf.ranges)).toEqual(["A2:A3", "C9"]);
    await clearHighlights(formatter);
    expect(excel.conditionalFormats(SHEET)).toEqual([]);
  });

  it("highlights 10,000 scattered flagged cells in a bounded number of requests, each address within Excel's limit", async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) =>
      i === 0 ? ["Use Case Group", "Use Case", "Sensitivity"] : ["PO", "Plan", "Public"],
    );
    const excel = new FakeExcel({
      [SHEET]: { rows, conditionalFormats: [{ ranges: "C2:C20001", formula: "=FALSE", fill: "#FF0000" }] },
    });
    const before = excel.formatting(SHEET);
    // Every other row, in two columns, mixed severities: nothing merges into long runs.
    const findings = Array.from({ length: 10_000 }, (_, i) =>
      finding(
        `${i % 2 === 0 ? "A" : "C"}${2 + 2 * Math.floor(i / 2) + (i % 4 === 1 ? 1 : 0)}`,
        (["error", "warning", "info"] as const)[i % 3] as Severity,
      ),
    );
    expect(highlightLayers(findings).reduce((sum, layer) => sum + layer.cells.length, 0)).toBe(10_000);
    const formatter = new OfficeWorkbookFormatter(excel.run, { rangeAreas: () => true });
    const syncsBefore = excel.syncCount;
    const summary = await highlightFindings(formatter, findings);
    expect(summary.marked).toBe(10_000);
    const syncs = excel.syncCount - syncsBefore;
    expect(syncs).toBeLessThanOrEqual(4);
    expect(Math.max(...excel.requests.map((r) => r.requestBytes))).toBeLessThan(5 * 1024 * 1024);
    const marks = excel.conditionalFormats(SHEET).slice(1);
    expect(marks.length).toBeLessThan(60);
    await clearHighlights(formatter);
    expect(excel.formatting(SHEET)).toBe(before);
  });
});
