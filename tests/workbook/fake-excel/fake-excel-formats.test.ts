/**
 * The fake's conditional formats, data validation, RangeAreas by address and tables: each behaviour
 * as Excel's reference documentation (office-js-docs-reference, docs-ref-autogen/excel) or the
 * office-js issues describe it, and where Excel's answer is unconfirmed, stricter (docs/excel-fake.md).
 */
import { FakeExcel } from "../../../src/workbook/fake-excel/fake-excel";

const book = (): FakeExcel =>
  new FakeExcel({
    Sheet1: {
      rows: [["Head"], ["Public"], ["public"], ["Secret"], [""], ["Critical"]],
      conditionalFormats: [
        { ranges: "A1:A3", formula: '=A1<>""', fill: "#00FF00" },
        { ranges: "C1:C3", type: "CellValue" },
      ],
      validations: [{ ranges: "C2:C4", rule: { wholeNumber: { formula1: 0, operator: "GreaterThan" } } }],
    },
    Lists: [["Sensitivity"], ["Public"], ["Restricted"], ["Critical"]],
  });

describe("Worksheet.getRanges (ExcelApi 1.9, excel.worksheet.yml)", () => {
  it("takes comma- or semicolon-separated areas and reports them as a RangeAreas", async () => {
    const excel = book();
    const areas = await excel.run(async (context) => {
      const ranges = context.workbook.worksheets.getItem("Sheet1").getRanges("A2:A3, C4; E1");
      ranges.load("address,areaCount,cellCount");
      await context.sync();
      return ranges.toJSON();
    });
    expect(areas).toEqual({ address: "Sheet1!A2:A3,Sheet1!C4,Sheet1!E1", areaCount: 3, cellCount: 4 });
  });

  // Office.js sends the address as the call's argument: a long one weighs in the request.
  it("counts the address in the request's size", async () => {
    const excel = book();
    const address = Array.from({ length: 500 }, (_, i) => `B${i * 2 + 1}`).join(",");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRanges(address).load("areaCount");
      await context.sync();
    });
    expect(excel.requests[0]?.requestBytes).toBeGreaterThan(address.length);
  });

  // office-js #5198: an 8,207-character address failed with InvalidArgument; the limit is undocumented.
  it("refuses an address longer than 8,192 characters with InvalidArgument", async () => {
    const excel = book();
    const cells = Array.from({ length: 1500 }, (_, i) => `B${i * 2 + 1}`).join(",");
    expect(cells.length).toBeGreaterThan(8192);
    const failing = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRanges(cells).load("areaCount");
      await context.sync();
    });
    await expect(failing).rejects.toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Worksheet.getRanges" },
    });
  });

  it("is not there below ExcelApi 1.9", async () => {
    const excel = new FakeExcel({ Sheet1: [["a"]] }, { apiVersion: 8 });
    const failing = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRanges("A1").load("areaCount");
      await context.sync();
    });
    await expect(failing).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("conditional formats (excel.conditionalformatcollection.yml, excel.conditionalformat.yml)", () => {
  it("adds a custom format over every area of a RangeAreas, with its formula and fill", async () => {
    const excel = book();
    await excel.run(async (context) => {
      const format = context.workbook.worksheets
        .getItem("Sheet1")
        .getRanges("B2:B3,D5")
        .conditionalFormats.add("Custom");
      format.custom.rule.formula = "=TRUE";
      format.custom.format.fill.color = "#ffc7ce";
      format.custom.format.font.color = "#9C0006";
      await context.sync();
    });
    expect(excel.conditionalFormats("Sheet1")[2]).toEqual({
      type: "Custom",
      ranges: "B2:B3,D5",
      formula: "=TRUE",
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    });
  });

  it("lists only the formats that intersect the range, with their type, and counts them", async () => {
    const excel = book();
    const { types, count } = await excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange("A3:C9").conditionalFormats;
      formats.load("items/type");
      const counted = formats.getCount();
      await context.sync();
      return { types: formats.items.map((item) => item.type), count: counted.value };
    });
    expect(types).toEqual(["Custom", "CellValue"]);
    expect(count).toBe(2);
  });

  it("reads a custom format's formula once loaded, and gives a null object for another type's custom", async () => {
    const excel = book();
    const seen = await excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange().conditionalFormats;
      formats.load("items/type");
      await context.sync();
      const customs = formats.items.map((item) => item.customOrNullObject);
      const rules = customs.map((custom) => custom.rule);
      rules[0]?.load("formula");
      await context.sync();
      expect(() => rules[0]?.formula).not.toThrow();
      return { formula: rules[0]?.formula, nulls: customs.map((custom) => custom.isNullObject) };
    });
    expect(seen).toEqual({ formula: '=A1<>""', nulls: [false, true] });
  });

  it("refuses `custom` on a format of another type", async () => {
    const excel = book();
    const failing = excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange("C1").conditionalFormats;
      formats.load("items/type");
      await context.sync();
      formats.items[0]?.custom.rule.load("formula");
      await context.sync();
    });
    await expect(failing).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("deletes one format and leaves the others; getRanges gives the areas a format applies to", async () => {
    const excel = book();
    const address = await excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C3").conditionalFormats;
      formats.load("items/type");
      await context.sync();
      const ranges = formats.items[0]?.getRanges();
      ranges?.load("address");
      await context.sync();
      formats.items[0]?.delete();
      await context.sync();
      return ranges?.address;
    });
    expect(address).toBe("Sheet1!A1:A3");
    expect(excel.conditionalFormats("Sheet1").map((cf) => cf.type)).toEqual(["CellValue"]);
  });

  it("refuses a property read before it was loaded, and a change on a protected sheet", async () => {
    const excel = book();
    await expect(
      excel.run(async (context) => {
        const formats = context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats;
        formats.load("items/type");
        await context.sync();
        return formats.items[0]?.custom.rule.formula;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    excel.protect("Sheet1");
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B1").conditionalFormats.add("Custom");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("data validation (excel.datavalidation.yml, excel-add-ins-data-validation.md)", () => {
  async function typeOf(excel: FakeExcel, address: string): Promise<string> {
    return excel.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("Sheet1").getRange(address).dataValidation;
      validation.load("type");
      await context.sync();
      return validation.type;
    });
  }

  // excel.datavalidationtype.yml: Inconsistent = different rules on different cells; MixedCriteria = a rule on some cells only.
  it("reports None, the rule's type, Inconsistent and MixedCriteria", async () => {
    const excel = book();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2:A6").dataValidation.rule = {
        list: { inCellDropDown: true, source: "=Lists!$A$2:$A$4" },
      };
      await context.sync();
    });
    expect(await typeOf(excel, "E1:E9")).toBe("None");
    expect(await typeOf(excel, "A2:A6")).toBe("List");
    expect(await typeOf(excel, "C2:C3")).toBe("WholeNumber");
    expect(await typeOf(excel, "A1:A3")).toBe("MixedCriteria");
    expect(await typeOf(excel, "A2:C2")).toBe("MixedCriteria");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2:B4").dataValidation.rule = {
        textLength: { formula1: 5, operator: "LessThan" },
      };
      await context.sync();
    });
    expect(await typeOf(excel, "A2:C3")).toBe("Inconsistent");
  });

  it("reads the rule, alert, prompt and ignoreBlanks that were set, in order within one request", async () => {
    const excel = book();
    const read = await excel.run(async (context) => {
      const validation = context.workbook.worksheets.getItem("Sheet1").getRange("A2:A6").dataValidation;
      validation.rule = { list: { inCellDropDown: true, source: "=Lists!$A$2:$A$4" } };
      validation.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: "Sensitivity",
        message: "Choose from the list.",
      };
      validation.prompt = { showPrompt: true, title: "Sensitivity", message: "Public, Restricted or Critical" };
      validation.ignoreBlanks = true;
      validation.load("type,rule,errorAlert,prompt,ignoreBlanks");
      await context.sync();
      return validation.toJSON();
    });
    expect(read).toEqual({
      type: "List",
      rule: { list: { inCellDropDown: true, source: "=Lists!$A$2:$A$4" } },
      errorAlert: { showAlert: true, style: "Warning", title: "Sensitivity", message: "Choose from the list." },
      prompt: { showPrompt: true, title: "Sensitivity", message: "Public, Restricted or Critical" },
      ignoreBlanks: true,
    });
  });

  // Stricter than Excel where its answer is unconfirmed: clear first, set the rule before its alert.
  it("refuses a rule over cells that have one, and an alert on cells without a rule", async () => {
    const excel = book();
    const over = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C1:C9").dataValidation.rule = {
        list: { inCellDropDown: true, source: "a,b" },
      };
      await context.sync();
    });
    await expect(over).rejects.toMatchObject({ code: "InvalidOperation" });
    const alert = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("E1").dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "",
        message: "",
      };
      await context.sync();
    });
    await expect(alert).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  // excel-add-ins-data-validation.md: "only the overlapping cells ... are cleared", a user's rule included.
  it("clears only the overlapping cells, whoever made the rule", async () => {
    const excel = book();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").dataValidation.clear();
      await context.sync();
    });
    expect(excel.validations("Sheet1").map((v) => v.ranges)).toEqual(["C2,C4"]);
  });

  // excel.datavalidation.yml: getInvalidCellsOrNullObject "returns null" when every cell is valid (ExcelApi 1.9).
  it("finds the cells outside their list, blanks and other case aside, and a null object when there are none", async () => {
    const excel = book();
    const invalid = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A2:A1048576").dataValidation.rule = {
        list: { inCellDropDown: true, source: "=Lists!$A$2:$A$4" },
      };
      const cells = sheet.getRange("A:A").dataValidation.getInvalidCellsOrNullObject();
      cells.load("address");
      const none = sheet.getRange("A2:A3").dataValidation.getInvalidCellsOrNullObject();
      none.load("address");
      await context.sync();
      return { address: cells.isNullObject ? null : cells.address, none: none.isNullObject };
    });
    expect(invalid).toEqual({ address: "Sheet1!A4", none: true });
  });
});

describe("tables (excel.tablecollection.yml, excel.table.yml)", () => {
  it("adds a table over a block, names it, and refuses a taken name or an overlapping table", async () => {
    const excel = book();
    await excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Sheet1").tables.add("E1:F2", true);
      table.name = "DataCategorisation";
      await context.sync();
    });
    expect(excel.tables).toEqual([{ name: "DataCategorisation", sheet: "Sheet1", address: "E1:F2" }]);
    const taken = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Lists").tables.add("A1:A4", true).name = "datacategorisation";
      await context.sync();
    });
    await expect(taken).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    const overlapping = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("F2:G3", true);
      await context.sync();
    });
    await expect(overlapping).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("drops a sheet's tables with the sheet, freeing their names", async () => {
    const excel = book();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Lists").tables.add("A1:A4", true).name = "Lists";
      await context.sync();
      context.workbook.worksheets.getItem("Lists").delete();
      context.workbook.worksheets.add("Again").tables.add("A1:B2", true).name = "Lists";
      await context.sync();
    });
    expect(excel.tables).toEqual([{ name: "Lists", sheet: "Again", address: "A1:B2" }]);
  });
});
