/**
 * The fake's charts, table collection, range formatting and clear, as the Summary tab uses them:
 * each behaviour as Excel's reference documentation (office-js-docs-reference,
 * docs-ref-autogen/excel: excel.chartcollection.yml, excel.chart.yml, excel.charttype.yml,
 * excel.tablecollection.yml, excel.table.yml, excel.rangefill.yml, excel.rangefont.yml,
 * excel.range.yml) describes it (docs/excel-fake.md).
 */
import { FakeExcel, FakeOfficeError } from "../../../src/workbook/fake-excel/fake-excel";

const book = (): FakeExcel =>
  new FakeExcel({
    Data: [
      ["Group", "Rows"],
      ["PO", 3],
      ["CI", 5],
    ],
    Summary: [
      ["Group", "Rows"],
      ["PO", 1],
      ["CI", 2],
    ],
  });

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FakeOfficeError) return error.code;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("charts (excel.chartcollection.yml, excel.chart.yml)", () => {
  it("adds a chart of an Excel.ChartType over a source range, records the call, and names it Chart 1, Chart 2", async () => {
    const excel = book();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Summary");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
      chart.title.text = "Rows by group";
      chart.setPosition("D2", "J15");
      sheet.charts.add("Pie", context.workbook.worksheets.getItem("Data").getRange("A1:B3"), "Auto");
      await context.sync();
    });
    expect(excel.chartCalls).toEqual([
      { sheet: "Summary", type: "ColumnClustered", source: "Summary!A1:B3", seriesBy: "Columns" },
      { sheet: "Summary", type: "Pie", source: "Data!A1:B3", seriesBy: "Auto" },
    ]);
    expect(excel.charts.map((c) => [c.name, c.title, c.position])).toEqual([
      ["Chart 1", "Rows by group", { start: "D2", end: "J15" }],
      ["Chart 2", "", undefined],
    ]);
  });

  it("refuses a type that is not an Excel.ChartType and a seriesBy other than Auto, Columns, Rows", async () => {
    const excel = book();
    const add = (type: string, seriesBy: string): Promise<void> =>
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Summary");
        sheet.charts.add(type as Excel.ChartType, sheet.getRange("A1:B3"), seriesBy as Excel.ChartSeriesBy);
        await context.sync();
      });
    expect(await failure(add("Column", "Columns"))).toBe("InvalidArgument");
    expect(await failure(add("columnclustered", "Columns"))).toBe("InvalidArgument");
    expect(await failure(add("ColumnClustered", "ByColumns"))).toBe("InvalidArgument");
    expect(excel.chartCalls).toEqual([]);
  });

  it("lists a sheet's charts, deletes them, and takes them with a deleted sheet", async () => {
    const excel = book();
    await excel.run(async (context) => {
      for (const name of ["Summary", "Data"]) {
        const sheet = context.workbook.worksheets.getItem(name);
        sheet.charts.add("BarClustered", sheet.getRange("A1:B3"), "Rows");
      }
      await context.sync();
    });
    const listed = await excel.run(async (context) => {
      const charts = context.workbook.worksheets.getItem("Summary").charts.load("items/name,items/chartType");
      await context.sync();
      const found = charts.items.map((c) => [c.name, c.chartType]);
      charts.items.forEach((c) => c.delete());
      await context.sync();
      return found;
    });
    expect(listed).toEqual([["Chart 1", "BarClustered"]]);
    expect(excel.charts.map((c) => c.sheet)).toEqual(["Data"]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    });
    expect(excel.charts).toEqual([]);
    // The record of calls stays: it is the fake's, not Excel's.
    expect(excel.chartCalls).toHaveLength(2);
  });

  it("reading a chart's property needs a load, as every proxy", async () => {
    const excel = book();
    const code = await failure(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Summary");
        const chart = sheet.charts.add("Pie", sheet.getRange("A1:B3"), "Columns");
        await context.sync();
        return chart.name;
      }),
    );
    expect(code).toBe("PropertyNotLoaded");
  });

  it("refuses a chart on a protected sheet", async () => {
    const excel = book();
    excel.protect("Summary");
    const code = await failure(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Summary");
        sheet.charts.add("Pie", sheet.getRange("A1:B3"), "Columns");
        await context.sync();
      }),
    );
    expect(code).toBe("AccessDenied");
  });
});

describe("the table collection (excel.tablecollection.yml, excel.table.yml)", () => {
  it("lists a sheet's tables with their style, sets a built-in style, deletes a table", async () => {
    const excel = book();
    const listed = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Summary");
      const table = sheet.tables.add("A1:B3", true);
      table.name = "SummaryRows";
      table.style = "TableStyleLight9";
      context.workbook.worksheets.getItem("Data").tables.add("A1:B3", true);
      const tables = sheet.tables.load("items/name,items/style");
      await context.sync();
      return tables.items.map((t) => [t.name, t.style]);
    });
    expect(listed).toEqual([["SummaryRows", "TableStyleLight9"]]);
    expect(excel.table("summaryrows")).toEqual({
      name: "SummaryRows",
      sheet: "Summary",
      address: "A1:B3",
      style: "TableStyleLight9",
      hasHeaders: true,
    });
    await excel.run(async (context) => {
      const tables = context.workbook.worksheets.getItem("Summary").tables.load("items/name");
      await context.sync();
      tables.items.forEach((t) => t.delete());
      await context.sync();
    });
    expect(excel.tables.map((t) => t.sheet)).toEqual(["Data"]);
    // Its cells stay.
    expect(excel.texts("Summary")[1]).toEqual(["PO", "1"]);
  });

  it("workbook.tables lists every sheet's tables (names are unique in the workbook)", async () => {
    const excel = book();
    const names = await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Summary").tables.add("A1:B3", true).name = "One";
      context.workbook.worksheets.getItem("Data").tables.add("A1:B3", true).name = "Two";
      const all = context.workbook.tables.load("items/name");
      await context.sync();
      return all.items.map((t) => t.name);
    });
    expect(names).toEqual(["One", "Two"]);
  });

  it("refuses a style that is not one of Excel's built-in table styles", async () => {
    const excel = book();
    const code = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Summary").tables.add("A1:B3", true).style = "Blue";
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("a deleted sheet takes its tables with it", async () => {
    const excel = book();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Summary").tables.add("A1:B3", true).name = "Mine";
      await context.sync();
      context.workbook.worksheets.getItem("Summary").delete();
      await context.sync();
      // The name is free again.
      context.workbook.worksheets.getItem("Data").tables.add("A1:B3", true).name = "Mine";
      await context.sync();
    });
    expect(excel.tables).toEqual([{ name: "Mine", sheet: "Data", address: "A1:B3" }]);
  });
});

describe("range formatting and clear (excel.rangefill.yml, excel.rangefont.yml, excel.range.yml)", () => {
  it("sets fill and font on every cell, reads a mixed range as null, and keeps them when values are written", async () => {
    const excel = book();
    const read = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Summary");
      sheet.getRange("A1:B1").format.fill.color = "#1F4E79";
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.getRange("A1").format.font.color = "#FFFFFF";
      sheet.getRange("A1:B1").values = [["Use case group", "Rows"]];
      sheet.getRange("A1:A3").format.autofitColumns();
      const whole = sheet.getRange("A1:B1").format.fill.load("color");
      const mixed = sheet.getRange("A1:A2").format.fill.load("color");
      await context.sync();
      return [whole.color, mixed.color];
    });
    expect(read).toEqual(["#1F4E79", null]);
    expect(excel.cellFormat("Summary", "A1")).toEqual({ fill: "#1F4E79", bold: true, fontColor: "#FFFFFF" });
    expect(excel.cellFormat("Summary", "B1")).toEqual({ fill: "#1F4E79", bold: true, fontColor: null });
    expect(excel.cell("Summary", "A1").value).toBe("Use case group");
  });

  it("refuses a colour Excel would not read", async () => {
    const excel = book();
    const code = await failure(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Summary").getRange("A1").format.fill.color = "#12345";
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("clear() empties cells and their formatting; Contents keeps the formatting", async () => {
    const excel = book();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Summary");
      sheet.getRange("A1:B3").format.fill.color = "#FF0000";
      sheet.getRange("B1:B3").clear("Contents");
      sheet.getRange("A1:A3").clear();
      await context.sync();
    });
    expect(
      excel
        .texts("Summary")
        .flat()
        .every((t) => t === ""),
    ).toBe(true);
    expect(excel.cellFormat("Summary", "A1").fill).toBeNull();
    expect(excel.cellFormat("Summary", "B1").fill).toBe("#FF0000");
    expect(excel.texts("Data")[1]).toEqual(["PO", "3"]);
  });
});
