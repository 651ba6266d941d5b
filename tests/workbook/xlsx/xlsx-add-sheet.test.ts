/**
 * Adding a sheet of plain cells to a package: the new sheet reads back through the project's reader
 * and fflate, for a workbook written with the "x:" prefix of the Open XML SDK too, and text that
 * looks like a number or carries XML's special characters stays text.
 */
import { strFromU8, unzipSync } from "fflate";
import { addPlainSheet } from "../../../src/workbook/xlsx/xlsx-add-sheet";
import { openXlsx } from "../../../src/workbook/xlsx/xlsx-workbook";
import { buildXlsx, worksheetXml } from "../../support/xlsx-package-builder";

const rows = [
  ["Group", "Rows"],
  ["4.10", 3],
  ["<PO & CI>", 0],
  ["", 7],
];

describe("addPlainSheet", () => {
  it.each([undefined, "x"])("adds a readable last sheet (workbook prefix %s)", async (workbookPrefix) => {
    const input = buildXlsx({
      sheets: [{ name: "Data", xml: worksheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>') }],
      ...(workbookPrefix === undefined ? {} : { workbookPrefix }),
    });
    const output = addPlainSheet(input, { name: "Summary", rows });
    const book = openXlsx(output);
    expect(await book.sheetNames()).toEqual(["Data", "Summary"]);
    expect((await book.readSheet("Summary")).rows.map((r) => [...r.cells])).toEqual([
      ["Group", "Rows"],
      ["4.10", "3"],
      ["<PO & CI>", "0"],
      ["", "7"],
    ]);
    expect((await book.readSheet("Data")).rows[0]?.cells).toEqual(["x"]);
    const parts = unzipSync(output);
    expect(strFromU8(parts["[Content_Types].xml"] ?? new Uint8Array())).toContain(
      '<Override PartName="/xl/worksheets/sheet2.xml"',
    );
    expect(strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array())).toMatch(
      new RegExp(`<${workbookPrefix === undefined ? "" : "x:"}sheet name="Summary" sheetId="2"`),
    );
  });
});
