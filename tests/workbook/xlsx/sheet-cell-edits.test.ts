/** Splicing cell edits into worksheet XML: only the target cells change, whatever app wrote the sheet. */
import { applySheetCellEdits } from "../../../src/workbook/xlsx/sheet-cell-edits";
import { escapeCellText } from "../../../src/workbook/xlsx/inline-string-xml";
import { readSheetXml } from "../../../src/workbook/xlsx/sheet-xml-reader";
import { CellStyles } from "../../../src/workbook/xlsx/cell-styles";
import { worksheetXml } from "../../support/xlsx-package-builder";

const read = (xml: string) =>
  readSheetXml(xml, "S", { sharedStrings: () => ["shared"], styles: CellStyles.none(false) }).rows;

describe("applySheetCellEdits", () => {
  it("replaces an existing empty cell, keeping its style and dropping its type", () => {
    const xml = worksheetXml(`<row r="1"><c r="A1" s="4"/><c r="B1" t="s"><v>0</v></c></row>`);
    const { xml: out, applied } = applySheetCellEdits(xml, [{ row: 1, col: 0, value: "Operate" }]);
    expect(applied).toHaveLength(1);
    expect(out).toContain(`<c r="A1" s="4" t="inlineStr"><is><t>Operate</t></is></c><c r="B1" t="s"><v>0</v></c>`);
    expect(out.replace(/<c r="A1".*?<\/c>/, "")).toBe(xml.replace(`<c r="A1" s="4"/>`, ""));
  });

  it('empties a cell with "": no value, its style kept; a cell or row that would hold nothing is not added', () => {
    const xml = worksheetXml(
      `<row r="1"><c r="A1" s="4" t="inlineStr"><is><t>G07</t></is></c><c r="B1" t="inlineStr"><is><t>x</t></is></c><c r="C1"><v>3</v></c></row>`,
    );
    const { xml: out, applied } = applySheetCellEdits(xml, [
      { row: 1, col: 0, value: "" },
      { row: 1, col: 1, value: "" },
      { row: 1, col: 3, value: "" },
      { row: 4, col: 0, value: "" },
    ]);
    expect(applied).toHaveLength(4);
    expect(out).toBe(worksheetXml(`<row r="1"><c r="A1" s="4"/><c r="C1"><v>3</v></c></row>`));
    expect(read(out)).toEqual([{ row: 1, cells: ["", "", "3"] }]);
  });

  it("takes away a row left with nothing (apply of new rows, then Revert, gives the sheet back byte for byte); a row with a height of its own stays", () => {
    const xml = worksheetXml(
      `<row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1" t="inlineStr"><is><t>G06</t></is></c></row><row r="3" ht="30" customHeight="1"/>`,
    );
    const added = [
      { row: 2, col: 0, value: "G07" },
      { row: 2, col: 1, value: "Data" },
      { row: 3, col: 0, value: "G08" },
    ];
    const applied = applySheetCellEdits(xml, added).xml;
    expect(read(applied).map((r) => r.cells[0])).toEqual(["G06", "G07", "G08"]);
    const reverted = applySheetCellEdits(
      applied,
      added.map((edit) => ({ ...edit, value: "" })),
    ).xml;
    expect(reverted).toBe(
      worksheetXml(
        `<row r="1" spans="1:2" x14ac:dyDescent="0.25"><c r="A1" t="inlineStr"><is><t>G06</t></is></c></row><row r="3" ht="30" customHeight="1"></row>`,
      ),
    );
    expect(read(reverted)).toEqual(read(xml));
    // Emptying the one cell of an ordinary row takes the row too.
    expect(applySheetCellEdits(xml, [{ row: 1, col: 0, value: "" }]).xml).toBe(
      worksheetXml(`<row r="3" ht="30" customHeight="1"/>`),
    );
  });

  it("inserts missing cells in column order and missing rows in row order", () => {
    const xml = worksheetXml(
      `<row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>4</v></c></row><row r="5"><c r="A5"><v>5</v></c></row>`,
    );
    const { xml: out } = applySheetCellEdits(xml, [
      { row: 2, col: 5, value: "F" },
      { row: 2, col: 1, value: "B" },
      { row: 3, col: 2, value: "C3" },
      { row: 7, col: 0, value: "A7" },
      { row: 1, col: 0, value: "A1" },
    ]);
    expect(read(out)).toEqual([
      { row: 1, cells: ["A1"] },
      { row: 2, cells: ["1", "B", "", "4", "", "F"] },
      { row: 3, cells: ["", "", "C3"] },
      { row: 5, cells: ["5"] },
      { row: 7, cells: ["A7"] },
    ]);
    expect(out).toMatch(
      /<row r="2"><c r="A2"><v>1<\/v><\/c><c r="B2" t="inlineStr">.*<c r="D2"><v>4<\/v><\/c><c r="F2" t="inlineStr">/,
    );
  });

  it("works with prefixed elements, rows and cells without r, self-closing rows and sheetData", () => {
    const xml = worksheetXml(`<x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row spans="1:2"/>`, {
      prefix: "x",
    });
    const { xml: out } = applySheetCellEdits(xml, [
      { row: 1, col: 1, value: "two" },
      { row: 1, col: 3, value: "four" },
      { row: 2, col: 4, value: "E2" },
    ]);
    expect(read(out)).toEqual([
      { row: 1, cells: ["1", "two", "", "four"] },
      { row: 2, cells: ["", "", "", "", "E2"] },
    ]);
    expect(out).toContain(`<x:row spans="1:5"><x:c r="E2" t="inlineStr"><x:is><x:t>E2</x:t></x:is></x:c></x:row>`);
    const empty = worksheetXml("").replace("<sheetData></sheetData>", "<sheetData/>");
    expect(read(applySheetCellEdits(empty, [{ row: 3, col: 1, value: "B3" }]).xml)).toEqual([
      { row: 3, cells: ["", "B3"] },
    ]);
  });

  it("gives an inserted cell its column's style or its row's custom style", () => {
    const xml = worksheetXml(
      `<row r="1"><c r="A1"><v>1</v></c></row><row r="2" s="7" customFormat="1"><c r="A2"><v>1</v></c></row>`,
    ).replace("<sheetData>", `<cols><col min="2" max="3" width="20" style="5" customWidth="1"/></cols><sheetData>`);
    const { xml: out } = applySheetCellEdits(xml, [
      { row: 1, col: 1, value: "x" },
      { row: 2, col: 1, value: "y" },
    ]);
    expect(out).toContain(`<c r="B1" s="5" t="inlineStr">`);
    expect(out).toContain(`<c r="B2" s="7" t="inlineStr">`);
  });

  it("never overwrites a formula, even one whose result is empty", () => {
    const xml = worksheetXml(`<row r="1"><c r="A1" t="str"><f>IF(B1="","",B1)</f><v></v></c></row>`);
    const result = applySheetCellEdits(xml, [{ row: 1, col: 0, value: "x" }]);
    expect(result.xml).toBe(xml);
    expect(result.skipped.map((s) => s.reason)).toEqual(["the cell holds a formula"]);
  });

  it.each([
    [
      "rows",
      `<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>`,
      /row 1 comes after row 2/,
    ],
    [
      "a repeated row",
      `<row r="1"><c r="A1"><v>1</v></c></row><row r="1"><c r="B1"><v>1</v></c></row>`,
      /row 1 comes after row 1/,
    ],
    [
      "cells of an edited row",
      `<row r="1"><c r="C1"><v>1</v></c><c r="A1"><v>1</v></c></row>`,
      /cell A1 comes after C1/,
    ],
  ])(
    "refuses a sheet storing %s out of order, where an edit placed by order would lose to the cell it meant",
    (_what, rows, where) => {
      const xml = worksheetXml(rows);
      expect(() => applySheetCellEdits(xml, [{ row: 1, col: 1, value: "x" }], "Data Categorisation")).toThrow(
        new RegExp(
          `^Cannot write to sheet "Data Categorisation": its rows or cells are not stored in order \\(${where.source}\\)`,
        ),
      );
    },
  );

  it("escapes text so it reads back exactly", () => {
    const text = ` a & b < c > "d" _x0041_ line\r\nbreak\u0001 `;
    const xml = worksheetXml(`<row r="1"/>`);
    expect(read(applySheetCellEdits(xml, [{ row: 1, col: 0, value: text }]).xml)).toEqual([{ row: 1, cells: [text] }]);
    expect(escapeCellText("_x0041_")).toBe("_x005F_x0041_");
  });
});
