/**
 * Highlights against what Excel does (issue 19's audit, items 4 and 8): a loaded conditional
 * format is addressed by its priority, which shifts after a delete, so the add-in's marks are
 * deleted from the highest position down and the analyst's own rules between them survive; a sheet
 * whose formats Excel fails to list (office-js #6827) does not block the others.
 */
import { FakeExcel } from "../../../src/workbook/fake-excel/fake-excel";
import { highlightFormula, OfficeWorkbookFormatter } from "../../../src/workbook/office/office-formatter";

const own = (formula: string, ranges: string) => ({ ranges, type: "Custom", formula, fill: "#00FF00" });

describe("conditional formats addressed by position", () => {
  it("the fake's loaded item stands for whatever is at its position when the delete runs", async () => {
    const excel = new FakeExcel({
      S: { rows: [["a"]], conditionalFormats: [own("=A1>1", "A1"), own("=A1>2", "A2"), own("=A1>3", "A3")] },
    });
    await excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("S").getRange().conditionalFormats.load("items/type");
      await context.sync();
      formats.items[0]?.delete();
      formats.items[1]?.delete(); // now the format that was third
      await context.sync();
    });
    expect(excel.conditionalFormats("S").map((cf) => cf.formula)).toEqual(["=A1>2"]);
  });

  it("clearing the add-in's marks leaves the analyst's rules that sit between them", async () => {
    const mark = (tag: string, ranges: string) => ({
      ranges,
      type: "Custom",
      formula: highlightFormula(tag),
      fill: "#FFC7CE",
    });
    const excel = new FakeExcel({
      S: {
        rows: [["a"]],
        conditionalFormats: [
          mark("error", "B2"),
          own("=A1>1", "A1"),
          mark("warning", "B3"),
          own("=A1>2", "A2"),
          mark("error", "B4"),
        ],
      },
    });
    const outcome = await new OfficeWorkbookFormatter(excel.run, { rangeAreas: () => true }).replaceHighlights([]);
    expect(outcome.removed).toBe(3);
    expect(excel.conditionalFormats("S").map((cf) => cf.formula)).toEqual(["=A1>1", "=A1>2"]);
  });
});

describe("a sheet whose conditional formats Excel cannot list", () => {
  it("does not block highlighting and clearing the others, and is named", async () => {
    const excel = new FakeExcel({
      Broken: { rows: [["a"]], conditionalFormats: [{ ranges: "A1", type: "IconSet", loadFails: true }] },
      S: {
        rows: [["a"]],
        conditionalFormats: [{ ranges: "B2", type: "Custom", formula: highlightFormula("error"), fill: "#FFC7CE" }],
      },
    });
    const formatter = new OfficeWorkbookFormatter(excel.run, { rangeAreas: () => true });
    const outcome = await formatter.replaceHighlights([{ sheet: "S", cells: ["C3"], fill: "#FFC7CE", tag: "error" }]);
    expect(outcome).toMatchObject({ removed: 1, marked: 1, unreadSheets: ["Broken"] });
    expect(excel.conditionalFormats("S").map((cf) => cf.ranges)).toEqual(["C3"]);
    await formatter.replaceHighlights([]);
    expect(excel.conditionalFormats("S")).toEqual([]);
  });
});

describe("many marks, as a host without RangeAreas (ExcelApi 1.7, 1.8) leaves them", () => {
  it("are loaded and cleared in requests under Excel on the web's 5 MB, the analyst's rules between them kept", async () => {
    // 12,000 marks, a format each: loading all their formulas in one request is about 6 MB.
    const marks = Array.from({ length: 12_000 }, (_, k) => ({
      ranges: `B${k + 2}`,
      type: "Custom",
      formula: highlightFormula(k % 2 === 0 ? "error" : "warning"),
      fill: "#FFC7CE",
    }));
    const excel = new FakeExcel({
      S: { rows: [["a"]], conditionalFormats: [...marks.slice(0, 6_000), own("=A1>1", "A1"), ...marks.slice(6_000)] },
    });
    const before = excel.requests.length;
    const outcome = await new OfficeWorkbookFormatter(excel.run, { rangeAreas: () => false }).replaceHighlights([]);
    expect(outcome.removed).toBe(12_000);
    expect(excel.conditionalFormats("S").map((cf) => cf.formula)).toEqual(["=A1>1"]);
    const sent = excel.requests.slice(before);
    expect(Math.max(...sent.map((request) => request.requestBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(sent.every((request) => request.failed === undefined)).toBe(true);
  });
});
