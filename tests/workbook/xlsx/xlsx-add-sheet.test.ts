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

  it("writes the new sheet and its relationship in the Strict namespaces when the workbook is Strict Open XML", () => {
    const strictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    const strictRel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    const input = buildXlsx({
      sheets: [{ name: "Data", xml: `<worksheet xmlns="${strictMain}"><sheetData/></worksheet>` }],
      extraParts: {
        "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${strictRel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        "xl/workbook.xml": `<workbook xmlns="${strictMain}" xmlns:r="${strictRel}" conformance="strict"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${strictRel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      },
    });
    const output = addPlainSheet(input, { name: "Summary", rows });
    const parts = unzipSync(output);
    const text = (name: string): string => strFromU8(parts[name] ?? new Uint8Array());
    for (const name of ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet2.xml"])
      expect(text(name)).not.toContain("schemas.openxmlformats.org/spreadsheetml/2006/main");
    expect(text("xl/_rels/workbook.xml.rels")).toContain(
      `Type="${strictRel}/worksheet" Target="/xl/worksheets/sheet2.xml"`,
    );
    expect(text("xl/workbook.xml")).toContain(`xmlns:r="${strictRel}" r:id="rIdCer1"`);
    expect(text("xl/worksheets/sheet2.xml")).toContain(`<worksheet xmlns="${strictMain}">`);
    expect(openXlsx(output).readSheetSync("Summary").rows[0]?.cells).toEqual(["Group", "Rows"]);
  });
});
