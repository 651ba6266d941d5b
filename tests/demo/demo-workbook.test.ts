/**
 * The demo's workbook round trip without a browser: an .xlsx read into the in-memory Excel, cells
 * changed there, and the download writing exactly those cells back into the original package.
 */
import fs from "node:fs";
import path from "node:path";
import { changedCells, downloadBytes, downloadName, openDemoWorkbook } from "../../src/demo/demo-workbook";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";

const sample = new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../seeds/sample-workbook.xlsx")));
const categorisation = "Data Categorisation";

describe("the demo's workbook", () => {
  it("opens every sheet of the file with its displayed text and merged areas", () => {
    const workbook = openDemoWorkbook("sample-workbook.xlsx", sample);
    const file = openXlsx(sample);
    expect(workbook.excel.sheetNames).toEqual(file.sheetNamesSync());
    expect(workbook.excel.cell(categorisation, "J39").text).toBe("Telemetry (Devices)");
    expect(workbook.excel.cell(categorisation, "C4").text).toBe("1.3.1");
    expect(changedCells(workbook)).toEqual([]);
  });

  it("downloads the cells changed since opening, typed or cleared, and nothing else", async () => {
    const workbook = openDemoWorkbook("sample-workbook.xlsx", sample);
    workbook.excel.setCell(categorisation, "J39", "Telemetry (Device)");
    workbook.excel.setCell(categorisation, "R40", "Manual reporting");
    workbook.excel.setCell(categorisation, "L39", "");
    expect(changedCells(workbook)).toEqual([
      { sheet: categorisation, cell: "J39", text: "Telemetry (Device)" },
      { sheet: categorisation, cell: "L39", text: "" },
      { sheet: categorisation, cell: "R40", text: "Manual reporting" },
    ]);
    const outcome = await downloadBytes(workbook);
    expect(outcome).toMatchObject({ written: 3, skipped: [] });
    const reopened = openDemoWorkbook("again.xlsx", outcome.bytes);
    expect(reopened.excel.texts(categorisation)).toEqual(workbook.excel.texts(categorisation));
    for (const sheet of reopened.excel.sheetNames.filter((name) => name !== categorisation)) {
      expect(reopened.excel.texts(sheet)).toEqual(workbook.excel.texts(sheet));
    }
  });

  it("names the download after the file", () => {
    expect(downloadName("sample-workbook.xlsx")).toBe("sample-workbook (checked).xlsx");
    expect(downloadName("book")).toBe("book (checked).xlsx");
  });
});
