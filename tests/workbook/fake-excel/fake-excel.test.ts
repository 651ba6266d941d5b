/**
 * The fake is only worth having if it refuses what Excel refuses: these tests pin that down, so a
 * misspelt load or a read before sync fails here as it would in Excel, not silently.
 */
import { FakeExcel, FakeOfficeError } from "../../../src/workbook/fake-excel/fake-excel";

const book = () =>
  new FakeExcel({
    "Data Categorisation": [
      ["Use Case", "Activity"],
      ["PO1", "Plan"],
    ],
    Notes: [["n"]],
  });

describe("the fake Excel", () => {
  it("fails the request on a misspelt property load, as Excel does", async () => {
    const excel = book();
    const misspelt = excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Notes").getRange("A1");
      range.load("txt");
      await context.sync();
      return range.text;
    });
    await expect(misspelt).rejects.toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Range.txt" },
    });
  });

  it("throws PropertyNotLoaded for a property that was not loaded", async () => {
    const excel = book();
    const unloaded = excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Notes").getRange("A1");
      range.load("address");
      await context.sync();
      return range.text;
    });
    await expect(unloaded).rejects.toMatchObject({
      code: "PropertyNotLoaded",
      message: expect.stringContaining("'text'"),
    });
  });

  it("throws PropertyNotLoaded for a property read before sync", async () => {
    const excel = book();
    await expect(
      excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        const names = sheets.items.map((s) => s.name);
        await context.sync();
        return names;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("loads only the item properties asked for", async () => {
    const excel = book();
    await expect(
      excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        return sheets.items.map((s) => s.visibility);
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("fails a request naming a missing sheet with ItemNotFound, but only when the sheet is used", async () => {
    const excel = book();
    const missing = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Options");
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
    await expect(missing).rejects.toMatchObject({ code: "ItemNotFound", name: "RichApi.Error" });
    const unused = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Options");
      await context.sync();
      return "fine";
    });
    await expect(unused).resolves.toBe("fine");
  });

  it("matches sheet names without regard to case, as Excel does", async () => {
    const excel = book();
    const name = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("data categorisation");
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe("Data Categorisation");
  });

  it("answers isNullObject only after a sync", async () => {
    const excel = new FakeExcel({ Empty: [] });
    const result = await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject();
      let before: unknown;
      try {
        before = used.isNullObject;
      } catch (error) {
        before = error;
      }
      await context.sync();
      return { before, after: used.isNullObject };
    });
    expect(result.before).toBeInstanceOf(FakeOfficeError);
    expect(result.after).toBe(true);
  });

  it("gives quoted sheet addresses, relative ranges and whole-row used ranges as Excel does", async () => {
    const excel = book();
    const addresses = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data Categorisation");
      const cell = sheet.getRange("B2").getOffsetRange(-1, -1).getResizedRange(1, 0);
      const used = sheet.getRange("2:10").getUsedRangeOrNullObject(true);
      const byIndexes = sheet.getRangeByIndexes(1, 0, 1, 2).getCell(0, 1);
      cell.load("address");
      used.load("address,rowIndex");
      byIndexes.load("text");
      await context.sync();
      return [cell.address, used.address, used.rowIndex, byIndexes.text];
    });
    expect(addresses).toEqual(["'Data Categorisation'!A1:A2", "'Data Categorisation'!A2:B2", 1, [["Plan"]]]);
  });

  it("rejects an address Excel would reject", async () => {
    const excel = book();
    await expect(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Notes").getRange("A0");
        range.load("text");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("sends queued actions in one last request when the batch ends, as Excel.run does", async () => {
    const excel = book();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Notes").getRange("A1").select();
    });
    expect(excel.selection).toBe("Notes!A1");
    expect(excel.syncCount).toBe(1);
  });

  it("refuses objects of a finished batch", async () => {
    const excel = book();
    const leaked = await excel.run(async (context) => context.workbook.worksheets.getItem("Notes"));
    expect(() => leaked.load("name")).toThrow(FakeOfficeError);
  });
});
