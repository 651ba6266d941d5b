/**
 * Leaving out empty formatted cells while a worksheet is unpacked (empty-cell-filter.ts) must never
 * change what the sheet reader reads: for any sheet, cut into chunks anywhere, the filtered text
 * reads exactly as the whole one. And it must drop what LibreOffice and Excel pad a sheet with.
 */
import fc from "fast-check";
import { strToU8 } from "fflate";
import { CellStyles } from "../../../src/workbook/xlsx/cell-styles";
import { EmptyCellFilter } from "../../../src/workbook/xlsx/empty-cell-filter";
import { readSheetXml } from "../../../src/workbook/xlsx/sheet-xml-reader";
import { sheetData } from "../../support/sheet-xml-arbitraries";
import { stylesXml, worksheetXml } from "../../support/xlsx-package-builder";

const STYLES = CellStyles.parse(stylesXml([0, 14, 10, 49, 164], { 164: "0.00" }), false);
const SHARED = ["zero", "one", "two", "three", "four"];

/** The sheet's bytes through the filter, cut into chunks of the given sizes (the last size repeats). */
function filtered(xml: string, sizes: readonly number[]): string {
  const bytes = strToU8(xml);
  const kept: Uint8Array[] = [];
  const filter = new EmptyCellFilter((b) => kept.push(b.slice()));
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes[Math.min(i, sizes.length - 1)] ?? bytes.length);
    filter.push(bytes.subarray(at, at + size));
    at += size;
  }
  filter.finish();
  return new TextDecoder().decode(Buffer.concat(kept));
}

function read(xml: string): unknown {
  try {
    return readSheetXml(xml, "S", { sharedStrings: () => SHARED, styles: STYLES });
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe("EmptyCellFilter", () => {
  it("drops the empty formatted cells LibreOffice pads a row with, keeping values, rows and the rest of the part", () => {
    const xml = worksheetXml(
      `<row r="1" spans="1:16384" s="2" customFormat="1"><c r="A1" s="1" t="inlineStr"><is><t>Use Case</t></is></c>` +
        `<c r="B1" s="1"/><c r="C1" s="1"/><c r="XFD1" s="1"/></row>` +
        `<row r="2"><c r="A2" s="1"/><c r="B2" s="1"/><c r="C2" s="3"><v>7</v></c><c r="D2" s="1" t="s"/></row>`,
      { afterSheetData: `<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>` },
    );
    const out = filtered(xml, [5, 11, 3]);
    expect(out).not.toMatch(/r="(B1|C1|XFD1|B2|D2)"/);
    expect(out).toContain(`<c r="A1" s="1" t="inlineStr"><is><t>Use Case</t></is></c>`);
    expect(out).toContain(`<c r="C2" s="3"><v>7</v></c>`);
    expect(out).toContain(`<mergeCell ref="A1:B1"/>`);
    expect(read(out)).toEqual(read(xml));
  });

  it("keeps what the reader needs: a row's first cells until it has a number, the cell before one without a column", () => {
    const xml = worksheetXml(
      `<row><c r="A5" s="1"/><c r="B5" s="1"/><c t="inlineStr"><is><t>x</t></is></c></row>` +
        `<row><c r="C" s="1"/><c r="D7" s="1"/><c r="E7"><v>1</v></c></row>`,
    );
    const out = filtered(xml, [1]);
    expect(out).toContain(`<c r="A5" s="1"/><c r="B5" s="1"/><c t="inlineStr">`);
    expect(out).toContain(`<c r="C" s="1"/><c r="D7" s="1"/>`);
    expect(read(out)).toEqual(read(xml));
  });

  it("leaves CDATA alone, even when it holds what looks like an empty cell, and cells outside sheetData", () => {
    const xml = worksheetXml(
      `<row r="1"><c r="A1" s="1"/><c r="B1" t="str"><f>1</f><v><![CDATA[a > b </c><c r="C1" s="1"/>]]></v></c></row>`,
      { afterSheetData: `<extLst><c r="Z9" s="1"/></extLst>` },
    );
    for (const size of [1, 2, 4, 9, 1000]) {
      const out = filtered(xml, [size]);
      expect(out).toContain(`<![CDATA[a > b </c><c r="C1" s="1"/>]]>`);
      expect(out).toContain(`<extLst><c r="Z9" s="1"/></extLst>`);
    }
  });

  it("reads every generated sheet, cut into chunks anywhere, exactly as without the filter", () => {
    const padding = fc.constantFrom(`<c r="XFD3" s="1"/>`, `<c r="AB3" s='2' />`, `<x:c r="Q3" s="1"/>`, `<c s="1"/>`);
    fc.assert(
      fc.property(
        sheetData,
        fc.array(fc.tuple(fc.nat(), padding), { maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }),
        (data, paddings, sizes) => {
          let padded = data;
          for (const [at, cell] of paddings) {
            // Inserted between cells, where a writer would put one.
            const tagEnds = [...padded.matchAll(/<(?:x:)?c[ >/]|<\/(?:x:)?row/g)].map((m) => m.index ?? 0);
            const i = tagEnds.length === 0 ? 0 : (tagEnds[at % tagEnds.length] ?? 0);
            padded = padded.slice(0, i) + cell + padded.slice(i);
          }
          const xml = worksheetXml(padded);
          expect(read(filtered(xml, sizes))).toEqual(read(xml));
        },
      ),
      { numRuns: 1500, seed: 2061 },
    );
  });
});
