/**
 * The office adapter's report sheet on the fake Excel: a new sheet in two requests, the add-in's
 * own sheet found by id and rewritten in three, text written as text, and no other sheet touched.
 */
import { FakeExcel } from "../../../src/workbook/fake-excel/fake-excel";
import { freeSheetName } from "../../../src/workbook/free-sheet-name";
import { blockAddress, freeTableName, OfficeReportSheets } from "../../../src/workbook/office/office-report-sheet";
import type { ReportSheetContent } from "../../../src/workbook/port";

const content: ReportSheetContent = {
  blocks: [
    {
      topLeft: "A1",
      rows: [
        ["Group", "Rows"],
        ["4.10", 3],
        ["PO", 5],
      ],
    },
  ],
  formats: [{ address: "A1:B1", bold: true, fill: "#1F4E78", fontColor: "#FFFFFF" }],
  tables: [{ name: "CerTest", address: "A1:B3", style: "TableStyleMedium2" }],
  charts: [
    { name: "CerTestChart", type: "Pie", source: "A1:B3", seriesBy: "Columns", title: "Rows", from: "D1", to: "H10" },
  ],
};

describe("OfficeReportSheets", () => {
  it("adds the sheet under the first free name in two requests, text kept as text", async () => {
    const excel = new FakeExcel({ Data: [["x"]], summary: [["the analyst's"]] });
    const written = await new OfficeReportSheets(excel.run).writeReportSheet(content, {
      names: ["Summary", "CER Summary"],
    });
    expect(written.name).toBe("CER Summary");
    expect(excel.syncCount).toBe(2);
    expect(excel.cell("CER Summary", "A2").value).toBe("4.10");
    expect(excel.cell("CER Summary", "B2").value).toBe(3);
    expect(excel.cellFormat("CER Summary", "B1")).toEqual({ fill: "#1F4E78", bold: true, fontColor: "#FFFFFF" });
    expect(excel.table("CerTest")).toMatchObject({
      sheet: "CER Summary",
      address: "A1:B3",
      style: "TableStyleMedium2",
      hasHeaders: true,
    });
    expect(excel.charts).toEqual([
      {
        name: "CerTestChart",
        sheet: "CER Summary",
        type: "Pie",
        source: "'CER Summary'!A1:B3",
        seriesBy: "Columns",
        title: "Rows",
        position: { start: "D1", end: "H10" },
      },
    ]);
    expect(excel.texts("summary")).toEqual([["the analyst's"]]);
  });

  it("rewrites its own sheet, found by id, in three requests: find, list, write", async () => {
    const excel = new FakeExcel({ Data: [["x"]] });
    const adapter = new OfficeReportSheets(excel.run);
    const first = await adapter.writeReportSheet(content, { names: ["Summary"] });
    excel.renameSheet("Summary", "Mine");
    const before = excel.syncCount;
    const second = await adapter.writeReportSheet(content, { ownedId: first.id, names: ["Summary"] });
    expect(excel.syncCount - before).toBe(3);
    expect(second).toEqual({ name: "Mine", id: first.id });
    expect(excel.tables).toHaveLength(1);
    expect(excel.charts).toHaveLength(1);
  });

  it("numbers a table whose name another sheet's table has (names are unique in the workbook)", async () => {
    const excel = new FakeExcel({
      Data: [
        ["Group", "Rows"],
        ["PO", 1],
      ],
    });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:B2", true).name = "CerTest";
      await context.sync();
    });
    await new OfficeReportSheets(excel.run).writeReportSheet(content, { names: ["Summary"] });
    expect(excel.tables.map((t) => [t.name, t.sheet])).toEqual([
      ["CerTest", "Data"],
      ["CerTest2", "Summary"],
    ]);
    expect(freeTableName("CerTest", new Set(["certest", "certest2"]))).toBe("CerTest3");
  });

  it("splits a write over Excel on the web's 5 MB request limit", async () => {
    const excel = new FakeExcel({ Data: [["x"]] });
    const big = "é".repeat(15_000); // 30,000 bytes of UTF-8 a cell
    const blocks = Array.from({ length: 240 }, (_, i) => ({ topLeft: `A${i + 1}`, rows: [[big]] }));
    await new OfficeReportSheets(excel.run).writeReportSheet({ ...content, blocks }, { names: ["Summary"] });
    expect(excel.syncCount).toBeGreaterThan(2);
    expect(Math.max(...excel.requests.map((r) => r.requestBytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(excel.cell("Summary", "A240").value).toBe(big);
  });

  it("after a failed write, takes the sheet it began (empty, or holding its first cell) and never an analyst's own", async () => {
    const excel = new FakeExcel({ Data: [["x"]], Summary: [["Group", "half written"]], "CER Summary": [] });
    const adapter = new OfficeReportSheets(excel.run);
    const written = await adapter.writeReportSheet(content, { names: ["Summary", "CER Summary"], adoptBegun: true });
    expect(written.name).toBe("Summary");
    expect(excel.texts("Summary")[1]).toEqual(["4.10", "3"]);
    expect(excel.sheetNames).toEqual(["Data", "Summary", "CER Summary"]);

    const mine = new FakeExcel({ Data: [["x"]], Summary: [["My notes"]] });
    const beside = await new OfficeReportSheets(mine.run).writeReportSheet(content, {
      names: ["Summary", "CER Summary"],
      adoptBegun: true,
    });
    expect(beside.name).toBe("CER Summary");
    expect(mine.texts("Summary")).toEqual([["My notes"]]);
  });

  it("names a sheet past every taken one and sizes blocks by their widest row", () => {
    expect(freeSheetName(["Summary", "CER Summary"], ["SUMMARY", "cer summary", "CER Summary 2"])).toBe(
      "CER Summary 3",
    );
    expect(blockAddress({ topLeft: "B4", rows: [["a"], ["b", "c", "d"]] })).toBe("B4:D5");
  });
});
