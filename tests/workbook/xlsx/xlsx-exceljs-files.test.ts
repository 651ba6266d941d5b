/** Workbooks written by exceljs read back as the text a person sees in Excel. */
import type ExcelJS from "exceljs";
import type { SheetGrid } from "../../../src/workbook/port";
import { openXlsx, XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { buildCategorisationSample, excelJsXlsx } from "../../support/xlsx-exceljs";
import { textAt } from "../../support/xlsx-grid";

describe("reading workbooks written by exceljs", () => {
  let book: XlsxWorkbook;
  let grid: SheetGrid;

  beforeAll(async () => {
    book = openXlsx(await excelJsXlsx(buildCategorisationSample));
    grid = book.readSheetSync("Data & Systems");
  });

  it("lists worksheets in tab order, cover sheet first, names with & decoded, hidden sheets included", async () => {
    expect(book.sheetNamesSync()).toEqual(["Cover", "Data & Systems", "Lists"]);
    await expect(book.sheetNames()).resolves.toEqual(["Cover", "Data & Systems", "Lists"]);
  });

  it("reads the cover sheet on its own", async () => {
    const cover = await book.readSheet("Cover");
    expect(cover.name).toBe("Cover");
    expect(cover.rows).toEqual([
      { row: 1, cells: ["CER data categorisation"] },
      { row: 3, cells: ["Prepared by"] },
    ]);
    expect(cover.merges).toEqual([]);
  });

  it("shows numbers as Excel's General format does", () => {
    expect(textAt(grid, "B2")).toBe("4.3");
    expect(textAt(grid, "C2")).toBe("2.1");
    expect(textAt(grid, "D2")).toBe("0.3");
    expect(textAt(grid, "E2")).toBe("5");
    expect(textAt(grid, "F2")).toBe("-12.75");
    expect(textAt(grid, "G2")).toBe("1234567");
  });

  it("shows dates and times in ISO form, with the time only when the format shows one", () => {
    expect(textAt(grid, "A3")).toBe("2024-03-01");
    expect(textAt(grid, "B3")).toBe("2024-03-01 14:30");
    expect(textAt(grid, "C3")).toBe("2024-03-01 14:30:15");
    // exceljs ignores Excel's 1900 leap-year bug and stores serial 2 for this date; Excel shows serial 2 as 1900-01-02.
    expect(textAt(grid, "D3")).toBe("1900-01-02");
    expect(textAt(grid, "E3")).toBe("09:05");
  });

  it("shows booleans, formula results and errors as Excel does", () => {
    expect(textAt(grid, "A4")).toBe("TRUE");
    expect(textAt(grid, "B4")).toBe("FALSE");
    expect(textAt(grid, "C4")).toBe("plain textx");
    expect(textAt(grid, "D4")).toBe("8.6");
    expect(textAt(grid, "E4")).toBe("#N/A");
    expect(textAt(grid, "F4")).toBe("#DIV/0!");
    expect(textAt(grid, "G4")).toBe("TRUE");
  });

  it("reads a formula that was never calculated (no cached value) as empty", async () => {
    const uncalculated = openXlsx(
      await excelJsXlsx((workbook: ExcelJS.Workbook) => {
        const sheet = workbook.addWorksheet("Sheet1");
        sheet.getCell("A1").value = "label";
        sheet.getCell("B1").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
      }),
    );
    expect(uncalculated.readSheetSync("Sheet1").rows).toEqual([{ row: 1, cells: ["label"] }]);
  });

  it("joins rich text runs and keeps whitespace, non-breaking spaces and line breaks exactly", () => {
    expect(textAt(grid, "A5")).toBe("Bold and italic");
    expect(textAt(grid, "B5")).toBe("non\u00a0breaking");
    expect(textAt(grid, "C5")).toBe("line one\nline two");
    expect(textAt(grid, "D5")).toBe("  padded  ");
    // exceljs writes the CR raw; XML readers, Excel included, turn a raw CR LF into LF.
    expect(textAt(grid, "E5")).toBe("carriage\nreturn");
    expect(textAt(grid, "F5")).toBe("quotes \" & <angles> 'apos'");
  });

  it("applies percent, fixed-decimal and thousands formats", () => {
    expect(textAt(grid, "A6")).toBe("12.50%");
    expect(textAt(grid, "B6")).toBe("50%");
    expect(textAt(grid, "C6")).toBe("2.10");
    expect(textAt(grid, "D6")).toBe("1,234,567.89");
    expect(textAt(grid, "E6")).toBe("1.01"); // Excel rounds the decimal value, not the binary one
    expect(textAt(grid, "F6")).toBe("7");
    expect(textAt(grid, "G6")).toBe("7.0%");
  });

  it("returns only rows with content, cells from column A with gaps filled", () => {
    expect(grid.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 9]);
    const far = grid.rows.find((r) => r.row === 9);
    expect(far?.cells).toEqual(["", "", "", "", "", "", "", "", "", "far away"]);
    for (const row of grid.rows) expect(row.cells[row.cells.length - 1]).not.toBe("");
  });

  it("reads merged areas, the value in the top-left cell", () => {
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 4 },
        { top: 8, left: 2, bottom: 10, right: 3 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
    expect(grid.rows[0]).toEqual({ row: 1, cells: ["Header"] });
  });

  it("reads hidden worksheets", () => {
    expect(book.readSheetSync("Lists").rows).toEqual([{ row: 1, cells: ["Personal"] }]);
  });

  it("reads a sheet again with the same result", () => {
    expect(book.readSheetSync("Data & Systems")).toEqual(grid);
  });
});
