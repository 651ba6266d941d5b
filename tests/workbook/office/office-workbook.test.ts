/**
 * The Excel adapter read through the strict fake: what comes back (displayed text, row numbers,
 * merges), how many requests it takes, and that Excel's errors reach the caller.
 */
import { OfficeWorkbookReader } from "../../../src/workbook/office/office-workbook";
import { FakeExcel, FakeOfficeError } from "../../../src/workbook/fake-excel/fake-excel";

const header = ["Use Case Group", "Use Case", "Activity", "Information Object"];

function reader(excel: FakeExcel, blockRows?: number): OfficeWorkbookReader {
  return new OfficeWorkbookReader(excel.run, {
    hasMergedAreas: () => true,
    ...(blockRows === undefined ? {} : { blockRows }),
  });
}

describe("OfficeWorkbookReader.sheetNames", () => {
  it("lists every worksheet, hidden ones too, in tab order, in one request", async () => {
    const excel = new FakeExcel({
      Cover: [["CER"]],
      "Data Categorisation": [header],
      Lists: { rows: [["Public"]], visibility: "Hidden" },
      Secret: { rows: [], visibility: "VeryHidden" },
    });
    expect(await reader(excel).sheetNames()).toEqual(["Cover", "Data Categorisation", "Lists", "Secret"]);
    expect(excel.syncCount).toBe(1);
  });
});

describe("OfficeWorkbookReader.readSheet", () => {
  it("keeps title rows, skips empty rows, numbers rows as Excel does and returns the merges", async () => {
    const excel = new FakeExcel({
      "Data Categorisation": {
        rows: [
          ["CER data categorisation"],
          [],
          header,
          ["PO", "PO1 Plan the system", "Forecast", "1,234.50"],
          ["", "", "", ""],
          ["OTN", "", "", "", ""],
        ],
        merges: ["A1:D1", "B6:C6"],
      },
    });
    const grid = await reader(excel).readSheet("Data Categorisation");
    expect(grid).toEqual({
      name: "Data Categorisation",
      rows: [
        { row: 1, cells: ["CER data categorisation"] },
        { row: 3, cells: header },
        { row: 4, cells: ["PO", "PO1 Plan the system", "Forecast", "1,234.50"] },
        { row: 6, cells: ["OTN"] },
      ],
      merges: [
        { top: 1, left: 1, bottom: 1, right: 4 },
        { top: 6, left: 2, bottom: 6, right: 3 },
      ],
    });
    expect(excel.syncCount).toBe(1);
  });

  it("places cells by column when the used range starts right of column A and below row 1", async () => {
    const excel = new FakeExcel({ Gaps: [[], [], ["", "", "Gap ID", "Gap Type"], ["", "", "G1", "Data"]] });
    const grid = await reader(excel).readSheet("Gaps");
    expect(grid.rows).toEqual([
      { row: 3, cells: ["", "", "Gap ID", "Gap Type"] },
      { row: 4, cells: ["", "", "G1", "Data"] },
    ]);
  });

  it("reads an empty sheet as no rows and no merges", async () => {
    const excel = new FakeExcel({ Options: [] });
    expect(await reader(excel).readSheet("Options")).toEqual({ name: "Options", rows: [], merges: [] });
  });

  it("reads 12,000 rows in blocks of 5,000: three requests, none over Excel on the web's 5 MB", async () => {
    const rows = [header, ...Array.from({ length: 11_999 }, (_, i) => ["PO", `PO${i}`, "Forecast", `Object ${i + 2}`])];
    const excel = new FakeExcel({ "Data Categorisation": rows });
    const grid = await reader(excel).readSheet("Data Categorisation");
    expect(grid.rows).toHaveLength(12_000);
    expect(grid.rows[0]).toEqual({ row: 1, cells: header });
    expect(grid.rows[5000]).toEqual({ row: 5001, cells: ["PO", "PO4999", "Forecast", "Object 5001"] });
    expect(grid.rows[11_999]?.row).toBe(12_000);
    expect(excel.syncCount).toBe(3);
    expect(Math.max(...excel.responseSizes)).toBeLessThan(5 * 1024 * 1024);
  });

  it("reads a sheet too large for one request, which the fake (like Excel on the web) refuses whole", async () => {
    const wide = Array.from({ length: 12_000 }, (_, r) =>
      Array.from({ length: 30 }, (_, c) => `row ${r} column ${c} text`),
    );
    const excel = new FakeExcel({ Big: wide });
    const whole = excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Big").getUsedRangeOrNullObject(true);
      used.load("text");
      await context.sync();
      return used.text.length;
    });
    await expect(whole).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const grid = await reader(excel).readSheet("Big");
    expect(grid.rows).toHaveLength(12_000);
  });

  it("starts at the block holding the first used row instead of syncing empty blocks", async () => {
    const rows: string[][] = [];
    rows[20_000] = ["late", "data"];
    const excel = new FakeExcel({ Late: rows.map((row) => row ?? []) });
    const grid = await reader(excel).readSheet("Late");
    expect(grid.rows).toEqual([{ row: 20_001, cells: ["late", "data"] }]);
    expect(excel.syncCount).toBe(2);
  });

  it("honours a smaller block size, one request per block", async () => {
    const excel = new FakeExcel({ Sheet1: Array.from({ length: 25 }, (_, i) => [`r${i + 1}`]) });
    const grid = await reader(excel, 10).readSheet("Sheet1");
    expect(grid.rows.map((r) => r.row)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(excel.syncCount).toBe(3);
  });

  it("reads no merges, and never asks for them, on a host without ExcelApi 1.13", async () => {
    const excel = new FakeExcel({ Sheet1: { rows: [["a"]], merges: ["A1:B1"] } }, { mergedAreasApi: false });
    const grid = await new OfficeWorkbookReader(excel.run, { hasMergedAreas: () => false }).readSheet("Sheet1");
    expect(grid.merges).toEqual([]);
    expect(grid.rows).toEqual([{ row: 1, cells: ["a"] }]);
  });

  it("reports a missing sheet by name, keeping Excel's ItemNotFound as the cause", async () => {
    const excel = new FakeExcel({ Sheet1: [["a"]] });
    const failure = reader(excel).readSheet("Distinct Gap Analysis");
    await expect(failure).rejects.toThrow('The workbook has no sheet named "Distinct Gap Analysis"');
    await expect(failure).rejects.toMatchObject({ cause: { code: "ItemNotFound" } });
  });

  it("lets any other Excel error reach the caller unchanged", async () => {
    const excel = new FakeExcel({ Sheet1: [["a"]] }, { mergedAreasApi: false });
    // A host without ExcelApi 1.13 that claims to have it: Excel's ApiNotFound must surface.
    const failure = reader(excel).readSheet("Sheet1");
    await expect(failure).rejects.toBeInstanceOf(FakeOfficeError);
    await expect(failure).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("OfficeWorkbookReader within Excel's limits (docs/excel-fake.md)", () => {
  it("reads a sheet with 600 merged areas, more than the 512 one call returns", async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => [`group ${i}`, `row ${i + 1}`]);
    const merges = Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:A${2 * i + 2}`);
    const excel = new FakeExcel({ Sheet1: { rows, merges } });
    const grid = await reader(excel).readSheet("Sheet1");
    expect(grid.rows).toHaveLength(1200);
    expect(grid.merges).toHaveLength(600);
    expect(grid.merges[599]).toEqual({ top: 1199, left: 1, bottom: 1200, right: 1 });
  });

  it("reports a merge that crosses a block boundary exactly once", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => [`r${i + 1}`]);
    const excel = new FakeExcel({ Sheet1: { rows, merges: ["A9:A12", "B20:C21"] } });
    const grid = await reader(excel, 10).readSheet("Sheet1");
    expect(grid.merges).toEqual([
      { top: 9, left: 1, bottom: 12, right: 1 },
      { top: 20, left: 2, bottom: 21, right: 3 },
    ]);
  });

  it("splits a 5,000-row block of CJK text to stay under 5 MB", async () => {
    const cjk = "消费者能源资源数据共享分类信息对象";
    const rows = Array.from({ length: 5000 }, (_, r) => Array.from({ length: 20 }, (_, c) => `${cjk}${r}-${c}`));
    const excel = new FakeExcel({ Sheet1: rows });
    const grid = await reader(excel).readSheet("Sheet1");
    expect(grid.rows).toHaveLength(5000);
    expect(grid.rows[4999]?.cells[19]).toBe(`${cjk}4999-19`);
    const delivered = excel.requests.filter((request) => request.failed === undefined);
    expect(Math.max(...delivered.map((request) => request.responseBytes))).toBeLessThanOrEqual(5 * 1024 * 1024);
    // Counting UTF-16 units, as the old fake did, would have let the whole block through in one response.
    expect(excel.requests.some((request) => request.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
  });

  it.each(["error", "null"] as const)(
    "reads around a stray value in XFD1 (Excel's over-limit read: %s)",
    async (overLimitRead) => {
      const rows = [
        [...Array.from({ length: 16_383 }, (_, c) => (c < 3 ? `h${c}` : "")), "stray"],
        ...Array.from({ length: 5999 }, (_, r) => [`a${r}`, `b${r}`, `c${r}`]),
      ];
      const excel = new FakeExcel({ Sheet1: rows }, { overLimitRead });
      const grid = await reader(excel).readSheet("Sheet1");
      expect(grid.rows).toHaveLength(6000);
      expect(grid.rows[0]?.cells.slice(0, 3)).toEqual(["h0", "h1", "h2"]);
      expect(grid.rows[0]?.cells[16_383]).toBe("stray");
      expect(grid.rows[5999]?.cells).toEqual(["a5998", "b5998", "c5998"]);
      expect(excel.syncCount).toBeLessThan(40);
    },
  );

  it("reads displayed text, not typed values: 4.1 formatted 0.00 reads as 4.10, TRUE as TRUE", async () => {
    const excel = new FakeExcel({ Sheet1: [[{ value: 4.1, numberFormat: "0.00" }, true, 45_000]] });
    const grid = await reader(excel).readSheet("Sheet1");
    expect(grid.rows).toEqual([{ row: 1, cells: ["4.10", "TRUE", "45000"] }]);
  });
});
