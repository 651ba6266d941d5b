/**
 * Where the fake must behave as Excel does, not as is convenient: each test cites its source.
 * A fake more lenient than Excel lets a test pass where Excel would fail (docs/excel-fake.md).
 */
import { FakeExcel } from "../../../src/workbook/fake-excel/fake-excel";

type Run = FakeExcel["run"];

function mergedBook(count: number): FakeExcel {
  // `count` merges of two cells each, one per row.
  return new FakeExcel({
    Sheet1: {
      rows: Array.from({ length: count }, (_, i) => [`r${i + 1}`]),
      merges: Array.from({ length: count }, (_, i) => `A${i + 1}:B${i + 1}`),
    },
  });
}

async function mergedAddress(run: Run, address: string): Promise<string | null> {
  return run(async (context) => {
    const areas = context.workbook.worksheets.getItem("Sheet1").getRange(address).getMergedAreasOrNullObject();
    areas.load("address");
    await context.sync();
    return areas.isNullObject ? null : areas.address;
  });
}

describe("merged areas (Range.getMergedAreasOrNullObject)", () => {
  // Reference docs (excel.range.yml): "if the merged areas count in this range is more than 512,
  // then this method will fail to return the result".
  it("fails on more than 512 merged areas and answers for 512", async () => {
    await expect(mergedAddress(mergedBook(513).run, "A:B")).rejects.toMatchObject({
      debugInfo: { errorLocation: "Range.getMergedAreasOrNullObject" },
    });
    await expect(mergedAddress(mergedBook(512).run, "A:B")).resolves.toContain("Sheet1!A512:B512");
  });

  // office-js #3611: only merges whose top-left cell lies inside the range are returned.
  it("returns only merges whose top-left cell is inside the range", async () => {
    const excel = new FakeExcel({ Sheet1: { rows: [["a"]], merges: ["A1:C3", "B5:B9"] } });
    await expect(mergedAddress(excel.run, "B2:D6")).resolves.toBe("Sheet1!B5:B9");
    await expect(mergedAddress(excel.run, "A1:A1")).resolves.toBe("Sheet1!A1:C3");
    await expect(mergedAddress(excel.run, "B2:B4")).resolves.toBeNull();
  });
});

describe("a failed request (Excel runs actions in order and stops at the failing one)", () => {
  // office-js runtime: actions execute in order, the error carries the failing action's index, and
  // what ran before it stays applied.
  it("keeps what ran before the failing action and applies nothing after it", async () => {
    const excel = new FakeExcel({ Sheet1: [["a", "b", "c"]] });
    const failing = excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Sheet1").getRange("A1").values = [["first"]];
      sheets.getItem("Missing").getRange("A1").values = [["never"]];
      sheets.getItem("Sheet1").getRange("C1").values = [["after"]];
      await context.sync();
    });
    await expect(failing).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(excel.texts("Sheet1")).toEqual([["first", "b", "c"]]);
  });

  it("lets a load queued after a write see the written value", async () => {
    const excel = new FakeExcel({ Sheet1: [["old"]] });
    const text = await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      cell.values = [["new"]];
      cell.load("text");
      await context.sync();
      return cell.text;
    });
    expect(text).toEqual([["new"]]);
  });

  it("fails a planted request half-way, leaving the first actions applied", async () => {
    const excel = new FakeExcel({ Sheet1: [["a", "b"]] });
    excel.failRequest({ request: 1, afterActions: 1, code: "NetworkError" });
    const failing = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["x"]];
      sheet.getRange("B1").values = [["y"]];
      await context.sync();
    });
    await expect(failing).rejects.toMatchObject({ code: "NetworkError" });
    expect(excel.texts("Sheet1")).toEqual([["x", "b"]]);
    expect(excel.requests[0]).toMatchObject({ actions: 1, failed: "NetworkError" });
  });
});

describe("size and shape of reads", () => {
  // Excel on the web: 5 MB per request and response, serialized (UTF-8), so CJK text weighs 3 bytes a character.
  it("measures responses in UTF-8 bytes, so CJK text counts three times its length", async () => {
    const excel = new FakeExcel({ Sheet1: [["数据分类"]] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("text");
      await context.sync();
    });
    expect(excel.responseSizes[0]).toBe(JSON.stringify([[["数据分类"]]]).length + 4 * 2);
  });

  it("refuses a request over 5 MB before running any of it", async () => {
    const excel = new FakeExcel({ Sheet1: [["a"]] });
    const big = Array.from({ length: 1000 }, () => ["数".repeat(2000)]);
    const failing = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A1000").values = big;
      await context.sync();
    });
    await expect(failing).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.texts("Sheet1")).toEqual([["a"]]);
  });

  // office-js-docs-pr, excel-add-ins-ranges-unbounded.md: cell-level properties of an unbounded range are null.
  it("gives null for the cells of an unbounded range, and its geometry as usual", async () => {
    const excel = new FakeExcel({ Sheet1: [["a"]] });
    const read = await excel.run(async (context) => {
      const rows = context.workbook.worksheets.getItem("Sheet1").getRange("1:5000");
      rows.load("text,values,rowCount");
      await context.sync();
      return { text: rows.text, values: rows.values, rowCount: rows.rowCount };
    });
    expect(read).toEqual({ text: null, values: null, rowCount: 5000 });
  });

  // excel-add-ins-ranges-large.md: a read of more than 5,000,000 cells may fail or return null.
  it("fails, or gives null when told to, for a read over 5,000,000 cells", async () => {
    const stray = {
      rows: [[...Array.from({ length: 16_383 }, () => ""), "stray"], ...Array.from({ length: 4999 }, () => ["x"])],
    };
    const read = (excel: FakeExcel) =>
      excel.run(async (context) => {
        const used = context.workbook.worksheets.getItem("Sheet1").getRange("1:5000").getUsedRangeOrNullObject(true);
        used.load("text");
        await context.sync();
        return used.text;
      });
    await expect(read(new FakeExcel({ Sheet1: stray }))).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    await expect(read(new FakeExcel({ Sheet1: stray }, { overLimitRead: "null" }))).resolves.toBeNull();
  });

  it("reads typed values apart from displayed text", async () => {
    const excel = new FakeExcel({
      Sheet1: [[{ value: 4.1, numberFormat: "0.00" }, true, "4.10", { value: 0.5, numberFormat: "0%" }]],
    });
    const read = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:D1");
      range.load("values,text,numberFormat");
      await context.sync();
      return { values: range.values, text: range.text, numberFormat: range.numberFormat };
    });
    expect(read).toEqual({
      values: [[4.1, true, "4.10", 0.5]],
      text: [["4.10", "TRUE", "4.10", "50%"]],
      numberFormat: [["0.00", "General", "General", "0%"]],
    });
  });

  it("reads written values as Excel reads typed input: numbers, booleans and formulas, unless quoted or formatted as text", async () => {
    const excel = new FakeExcel({ Sheet1: [["", "", "", "", { value: "", numberFormat: "@" }]] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1").values = [
        ["4.10", "'4.10", "true", "=A1", "4.10"],
      ];
      await context.sync();
    });
    expect(excel.cell("Sheet1", "A1").value).toBe(4.1);
    expect(excel.cell("Sheet1", "B1").value).toBe("4.10");
    expect(excel.cell("Sheet1", "C1").value).toBe(true);
    expect(excel.cell("Sheet1", "D1").formula).toBe("=A1");
    expect(excel.cell("Sheet1", "E1").value).toBe("4.10");
  });
});

describe("writing", () => {
  // The Office.js request model: a write is queued on the proxy and reaches the workbook with the sync.
  it("keeps writes invisible until the request is synced, then shows values and number formats", async () => {
    const excel = new FakeExcel({ Sheet1: [["old"]] });
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      cell.numberFormat = [["0.00"]];
      cell.values = [[4.1]];
      expect(excel.cell("Sheet1", "A1").text).toBe("old");
      await context.sync();
      expect(excel.cell("Sheet1", "A1")).toEqual({
        value: 4.1,
        text: "4.10",
        formula: undefined,
        numberFormat: "0.00",
      });
      cell.load("numberFormat,text");
      await context.sync();
      expect([cell.numberFormat, cell.text]).toEqual([[["0.00"]], [["4.10"]]]);
    });
    expect(excel.requests.map((r) => r.wrote)).toEqual([true, false]);
  });

  it("counts request and response bytes of every sync", async () => {
    const excel = new FakeExcel({ Sheet1: [["a"]] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["écrit"]];
      await context.sync();
    });
    expect(excel.requests[0]?.requestBytes).toBeGreaterThan(JSON.stringify([["écrit"]]).length);
  });
});

describe("smaller differences", () => {
  // office-js #190: in the array form Office.js sends "items/name" unchanged, and Excel loads the
  // items without their names.
  it('loads no item property through load(["items/name"])', async () => {
    const excel = new FakeExcel({ Sheet1: [["a"]] });
    const names = excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load(["items/name"]);
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
    await expect(names).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("serialises a proxy's loaded properties with toJSON", async () => {
    const excel = new FakeExcel({ Sheet1: [["a"]] });
    const json = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("address,text");
      await context.sync();
      return JSON.parse(JSON.stringify(range)) as unknown;
    });
    expect(json).toEqual({ address: "Sheet1!A1", text: [["a"]] });
  });

  // Excel.RunOptions (ExcelApi 1.20): mergeUndoGroup makes every sync of a run one undo record.
  it("makes one undo record per run with mergeUndoGroup on ExcelApi 1.20, one per writing sync otherwise", async () => {
    const write = async (excel: FakeExcel, options: { mergeUndoGroup?: boolean }) =>
      excel.run(options, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["x"]];
        await context.sync();
        sheet.getRange("A2").values = [["y"]];
        await context.sync();
      });
    const modern = new FakeExcel({ Sheet1: [] });
    await write(modern, { mergeUndoGroup: true });
    expect(modern.undoRecords).toBe(1);
    const older = new FakeExcel({ Sheet1: [] }, { apiVersion: 19 });
    await write(older, { mergeUndoGroup: true });
    expect(older.undoRecords).toBe(2);
  });

  // Excel.RunOptions.delayForCellEdit: without it a batch fails in cell-edit mode; with it, it waits.
  it("fails a request in cell-edit mode, or waits for the user with delayForCellEdit", async () => {
    const excel = new FakeExcel({ Sheet1: [] });
    excel.enterCellEdit();
    const write = (options: { delayForCellEdit?: boolean }) =>
      excel.run(options, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
        await context.sync();
      });
    await expect(write({})).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const waiting = write({ delayForCellEdit: true });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(excel.cell("Sheet1", "A1").text).toBe("");
    excel.leaveCellEdit();
    await waiting;
    expect(excel.cell("Sheet1", "A1").text).toBe("x");
  });

  it("refuses writes to a protected sheet", async () => {
    const excel = new FakeExcel({ Sheet1: { rows: [["a"]], protected: true } });
    const write = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.cell("Sheet1", "A1").text).toBe("a");
  });

  it("keeps settings as JSON, replaces on add and deletes", async () => {
    const excel = new FakeExcel({ Sheet1: [] });
    const value = await excel.run(async (context) => {
      const settings = context.workbook.settings;
      settings.add("mapping", { a: 1 });
      settings.add("mapping", { a: 2 });
      settings.add("gone", true);
      settings.getItem("gone").delete();
      const missing = settings.getItemOrNullObject("gone");
      const mapping = settings.getItem("mapping");
      mapping.load("value");
      missing.load("value");
      await context.sync();
      return { mapping: mapping.value, missing: missing.isNullObject };
    });
    expect(value).toEqual({ mapping: { a: 2 }, missing: true });
    expect(excel.settings).toEqual({ mapping: { a: 2 } });
  });

  it("adds, hides and deletes sheets, refusing duplicate names", async () => {
    const excel = new FakeExcel({ Sheet1: [] });
    await excel.run(async (context) => {
      const added = context.workbook.worksheets.add("History");
      added.visibility = "VeryHidden";
      await context.sync();
    });
    expect(excel.sheetNames).toEqual(["Sheet1", "History"]);
    expect(excel.visibility("History")).toBe("VeryHidden");
    const duplicate = excel.run(async (context) => {
      context.workbook.worksheets.add("history");
      await context.sync();
    });
    await expect(duplicate).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});

describe("requirement sets (ExcelApi level chosen by the test)", () => {
  it("refuses with ApiNotFound what a host below each API's set lacks", async () => {
    const at = (apiVersion: number) => new FakeExcel({ S: [["a"]] }, { apiVersion });
    const attempt = (excel: FakeExcel, queue: (context: Excel.RequestContext) => void) =>
      excel.run(async (context) => {
        queue(context);
        await context.sync();
      });
    await expect(
      attempt(at(6), (c) => c.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1).load("values")),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      attempt(at(7), (c) => c.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1).load("values")),
    ).resolves.toBeUndefined();
    await expect(
      attempt(at(7), (c) => c.workbook.worksheets.getItem("S").getRange("A1").dataValidation.load("type")),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      attempt(at(8), (c) => c.workbook.worksheets.onChanged.add(async () => undefined)),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      attempt(at(5), (c) => c.workbook.worksheets.getItem("S").getRange("A1").conditionalFormats.load("items/type")),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(attempt(at(3), (c) => c.workbook.settings.add("k", "v"))).rejects.toMatchObject({
      code: "ApiNotFound",
    });
    expect([at(7).isSetSupported("ExcelApi", "1.7"), at(7).isSetSupported("ExcelApi", "1.8")]).toEqual([true, false]);
  });
});
