/**
 * The fast paths for plain cells and plain shared strings must never change what is read: on any
 * input, damaged or odd, the fast reader gives exactly what the general XmlCursor reader gives
 * (the same grid, or the same error). Each shape a fast path must hand over is checked on its own,
 * then generated sheets and string tables compare the two readers wholesale.
 */
import fc from "fast-check";
import type { SheetGrid } from "../../../src/workbook/port";
import { CellStyles } from "../../../src/workbook/xlsx/cell-styles";
import { CellValues } from "../../../src/workbook/xlsx/cell-values";
import { PlainSheetScanner } from "../../../src/workbook/xlsx/plain-sheet-scanner";
import { parseSharedStrings } from "../../../src/workbook/xlsx/shared-strings";
import { SheetRows } from "../../../src/workbook/xlsx/sheet-rows";
import { readSheetXml } from "../../../src/workbook/xlsx/sheet-xml-reader";
import { sheetData } from "../../support/sheet-xml-arbitraries";
import { MAIN_NS, stylesXml, worksheetXml } from "../../support/xlsx-package-builder";

const SHARED = ["zero", "one", "two", "three", "four"];
// s=0 General, s=1 a date, s=2 a percentage, s=3 text (@), s=4 a custom two-decimal format.
const STYLES = CellStyles.parse(stylesXml([0, 14, 10, 49, 164], { 164: "0.00" }), false);

type Outcome = { grid: SheetGrid } | { error: string };

function read(xml: string, plainFastPath: boolean, sharedStrings: () => readonly string[] = () => SHARED): Outcome {
  try {
    return { grid: readSheetXml(xml, "S", { sharedStrings, styles: STYLES }, { plainFastPath }) };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

/** Reads with both readers, insists they agree, and returns the grid's rows. */
function readBoth(sheetData: string): SheetGrid["rows"] {
  const xml = worksheetXml(sheetData);
  const fast = read(xml, true);
  expect(fast).toEqual(read(xml, false));
  if (!("grid" in fast)) throw new Error(`expected a grid, got ${fast.error}`);
  return fast.grid.rows;
}

describe("plain sheet fast path: shapes it reads itself", () => {
  it("reads a whole plain sheet without handing anything over", () => {
    const sheetData =
      `<row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" s="0" t="s"><v>1</v></c><c r="B1"/><c r="C1" s="4"><v>2.5</v></c></row>` +
      `<row r="3"><c r="A3"><f>A1*2</f><v>5</v></c><c r="B3" t="str"><f t="shared" ref="B3:B4" si="0"/><v>x</v></c></row><row r="4"/>`;
    const xml = `<sheetData>${sheetData}</sheetData>`;
    const rows = new SheetRows();
    const scanner = new PlainSheetScanner(
      xml,
      rows,
      new CellValues(xml, { sharedStrings: () => SHARED, styles: STYLES }, "S"),
    );
    expect(scanner.scan("<sheetData>".length)).toBe(xml.indexOf("</sheetData>"));
    expect(rows.finish()).toEqual([
      { row: 1, cells: ["one", "", "2.50"] },
      { row: 3, cells: ["5", "x"] },
    ]);
  });

  it("reads shared-string cells in the writers' own shapes as the general reader does, and near misses too", () => {
    expect(
      readBoth(
        `<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="3" t="s"><v>2</v></c><c r="C1" s="12" t="s"><v>04</v></c>` +
          `<c r="D1" s="1234567890" t="s"><v>3</v></c><c r="E1" t="s"><v>1</v> </c><c r="F1" t="s" ><v>2</v></c><c r="G1" s="x" t="s"><v>3</v></c></row>`,
      ),
    ).toEqual([{ row: 1, cells: ["one", "two", "four", "three", "one", "two", "three"] }]);
    for (const odd of [`<v></v>`, `<v>9</v>`, `<v>2.0</v>`, `<v>99999999999999999</v>`]) {
      const xml = worksheetXml(`<row r="1"><c r="A1" s="2" t="s">${odd}</c></row>`);
      expect(read(xml, true)).toEqual(read(xml, false));
    }
  });

  it("lists a formula stored with no result as the general reader does", () => {
    const xml = worksheetXml(
      `<row r="2"><c r="A2"><f>1</f></c><c r="B2" t="str"><f>"x"</f><v></v></c><c><f t="shared" si="0"/></c></row>`,
    );
    const fast = read(xml, true);
    expect(fast).toEqual(read(xml, false));
    expect("grid" in fast && fast.grid.uncalculated).toEqual(["A2", "C2"]);
  });

  it("does what the general reader does with empty cells, gaps and shared formulas", () => {
    expect(
      readBoth(
        `<row r="2"><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"></c><c r="F2"><f>1</f></c><c r="G2" t="b"><v>1</v></c></row>`,
      ),
    ).toEqual([{ row: 2, cells: ["", "", "three", "", "", "", "TRUE"] }]);
  });
});

describe("plain sheet fast path: shapes it hands to the general reader", () => {
  it.each([
    ["an entity in <v>", `<row r="1"><c r="A1" t="str"><v>a &amp; b</v></c></row>`, [{ row: 1, cells: ["a & b"] }]],
    ["a character reference in a number", `<row r="1"><c r="A1"><v>&#49;2</v></c></row>`, [{ row: 1, cells: ["12"] }]],
    [
      "an inline string",
      `<row r="1"><c r="A1" t="inlineStr"><is><t>inline</t></is></c><c r="B1" t="s"><v>0</v></c></row>`,
      [{ row: 1, cells: ["inline", "zero"] }],
    ],
    [
      "prefixed cells",
      `<row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><c r="B1" t="s"><v>2</v></c></row>`,
      [{ row: 1, cells: ["one", "two"] }],
    ],
    [
      "a cell without r amid cells with it",
      `<row r="1"><c r="B1" t="s"><v>1</v></c><c t="s"><v>2</v></c><c r="E1" t="s"><v>3</v></c></row>`,
      [{ row: 1, cells: ["", "one", "two", "", "three"] }],
    ],
    [
      "a row without r, numbered by its first cell",
      `<row><c r="C4"><v>7</v></c></row><row><c><v>8</v></c></row>`,
      [
        { row: 4, cells: ["", "", "7"] },
        { row: 5, cells: ["8"] },
      ],
    ],
    [
      "a self-closing row",
      `<row r="1"/><row r="2" spans="1:1"/><row r="3"><c r="A3"><v>1</v></c></row>`,
      [{ row: 3, cells: ["1"] }],
    ],
    [
      "attributes in another order",
      `<row r="1"><c t="s" s="0" r="B1"><v>4</v></c></row>`,
      [{ row: 1, cells: ["", "four"] }],
    ],
    ["single-quoted attributes", `<row r='1'><c r='A1' t='s'><v>2</v></c></row>`, [{ row: 1, cells: ["two"] }]],
    [
      "whitespace around = and newlines in tags",
      `<row r = "1"><c\n r="A1"\n t = "s"><v>3</v></c ></row >`,
      [{ row: 1, cells: ["three"] }],
    ],
    ["a lower-case reference", `<row r="1"><c r="b1" t="s"><v>1</v></c></row>`, [{ row: 1, cells: ["", "one"] }]],
    ["a reference without a row", `<row r="2"><c r="C"><v>1</v></c></row>`, [{ row: 2, cells: ["", "", "1"] }]],
    [
      "row r=0 and a non-numeric r",
      `<row r="0"><c r="A5"><v>1</v></c></row><row r="x"><c><v>2</v></c></row>`,
      [
        { row: 5, cells: ["1"] },
        { row: 6, cells: ["2"] },
      ],
    ],
    [
      "a repeated attribute",
      `<row r="1"><c r="A1" s="1" s="0" t="n" t="s"><v>1</v></c></row>`,
      [{ row: 1, cells: ["one"] }],
    ],
    [
      "xml:space on <v>",
      `<row r="1"><c r="A1" t="str"><v xml:space="preserve"> x </v></c></row>`,
      [{ row: 1, cells: [" x "] }],
    ],
    [
      "CDATA in <v>",
      `<row r="1"><c r="A1" t="str"><v><![CDATA[<b> & c]]></v></c></row>`,
      [{ row: 1, cells: ["<b> & c"] }],
    ],
    [
      "comments between and inside cells",
      `<row r="1"><!-- a --><c r="A1"><v>1<!-- b -->2</v></c><?pi x?><c r="B1"><v>3</v></c></row>`,
      [{ row: 1, cells: ["12", "3"] }],
    ],
    ["two <v> in one cell", `<row r="1"><c r="A1" t="str"><v>a</v><v>b</v></c></row>`, [{ row: 1, cells: ["ab"] }]],
    ["<v> before <f>", `<row r="1"><c r="A1"><v>4</v><f>2*2</f></c></row>`, [{ row: 1, cells: ["4"] }]],
    [
      "a cell cut short by the next row",
      `<row r="1"><c r="A1"><v>1</v><row r="2"><c r="A2"><v>2</v></c>`,
      [{ row: 2, cells: ["2"] }],
    ],
    [
      "a cell outside any row",
      `<c r="A1"><v>1</v></c><row r="2"><c r="A2"><v>2</v></c></row>`,
      [{ row: 2, cells: ["2"] }],
    ],
    [
      "rows out of order",
      `<row r="3"><c r="A3"><v>3</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>`,
      [
        { row: 1, cells: ["1"] },
        { row: 3, cells: ["3"] },
      ],
    ],
    [
      "cells out of order",
      `<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c></row>`,
      [{ row: 1, cells: ["1", "", "3"] }],
    ],
    [
      "an unknown element between rows",
      `<row r="1"><c r="A1"><v>1</v></c></row><ext><row r="2"><c r="A2"><v>2</v></c></row></ext>`,
      [{ row: 1, cells: ["1"] }],
    ],
    [
      "whitespace between tags",
      `\n  <row r="1">\n    <c r="A1" t="s">\n      <v>1</v>\n    </c>\n  </row>\n`,
      [{ row: 1, cells: ["one"] }],
    ],
    [
      "a raw CR in a value",
      `<row r="1"><c r="A1" t="str"><v>a\r\nb\rc</v></c></row>`,
      [{ row: 1, cells: ["a\nb\nc"] }],
    ],
    [
      "an Excel escape in a formula string",
      `<row r="1"><c r="A1" t="str"><v>a_x000D_b</v></c></row>`,
      [{ row: 1, cells: ["a\rb"] }],
    ],
    [
      "dates, percentages and text formats",
      `<row r="1"><c r="A1" s="1"><v>45352</v></c><c r="B1" s="2"><v>0.25</v></c><c r="C1" s="3"><v>1.50</v></c></row>`,
      [{ row: 1, cells: ["2024-03-01", "25.00%", "1.5"] }],
    ],
  ])("%s", (_name, sheetData, expected) => {
    expect(readBoth(sheetData)).toEqual(expected);
  });

  it.each([
    ["a shared string index past the end", `<row r="1"><c r="A1" t="s"><v>5</v></c></row>`],
    ["a shared string index that is not an integer", `<row r="1"><c r="A1" t="s"><v>1.5</v></c></row>`],
    ["a cut-off attribute", `<row r="1"><c r="A1" t="s`],
    ["a cut-off value", `<row r="1"><c r="A1" t="s"><v>1`],
  ])("fails the same way on %s", (_name, sheetData) => {
    const xml = worksheetXml(sheetData).replace(/<\/sheetData>.*$/s, "");
    expect(read(xml, true)).toEqual(read(xml, false));
  });

  it("loads shared strings only when a shared-string cell is finished, as the general reader does", () => {
    const load = jest.fn(() => SHARED);
    read(worksheetXml(`<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"/></row>`), true, load);
    expect(load).not.toHaveBeenCalled();
    read(worksheetXml(`<row r="1"><c r="A1" t="s"></c></row>`), true, load);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

// ---- Generated sheets: both readers must agree on anything. ----

describe("plain sheet fast path: generated sheets", () => {
  it("reads every generated sheet exactly as the general reader does", () => {
    fc.assert(
      fc.property(sheetData, (data) => {
        const xml = worksheetXml(data, {
          afterSheetData: `<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`,
        });
        expect(read(xml, true)).toEqual(read(xml, false));
      }),
      { numRuns: 2000, seed: 7301 },
    );
  });

  it("agrees on damaged sheets: cut short, or with stray characters inserted", () => {
    const stray = fc.constantFrom(
      "<",
      ">",
      "/",
      '"',
      "'",
      "=",
      " ",
      "&",
      ";",
      "c",
      "v",
      "r",
      "row",
      "</c>",
      "<v>",
      "<!--",
      "]]>",
      "x:",
      "1",
      "A",
    );
    fc.assert(
      fc.property(
        sheetData,
        fc.array(fc.tuple(fc.nat(), stray), { maxLength: 3 }),
        fc.option(fc.nat(), { nil: undefined }),
        (data, inserts, cut) => {
          let xml = worksheetXml(data);
          for (const [at, text] of inserts) {
            const i = at % (xml.length + 1);
            xml = xml.slice(0, i) + text + xml.slice(i);
          }
          if (cut !== undefined) xml = xml.slice(0, cut % (xml.length + 1));
          expect(read(xml, true)).toEqual(read(xml, false));
        },
      ),
      { numRuns: 2000, seed: 7302 },
    );
  });
});

// ---- Shared strings. ----

function strings(xml: string, plainFastPath: boolean): string[] | string {
  try {
    return parseSharedStrings(xml, { plainFastPath });
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe("plain shared strings fast path", () => {
  it.each([
    ["plain items", `<si><t>a</t></si><si><t>b c</t></si>`, ["a", "b c"]],
    ["xml:space", `<si><t xml:space="preserve"> a </t></si><si><t xml:space='preserve'> b</t></si>`, [" a ", " b"]],
    ["entities and escapes", `<si><t>a &amp; b_x000D_</t></si><si><t>&#x1F600;</t></si>`, ["a & b\r", "😀"]],
    ["empty items", `<si><t></t></si><si><t/></si><si/><si></si>`, ["", "", "", ""]],
    [
      "rich text between plain items",
      `<si><t>a</t></si><si><r><t>b</t></r><r><t>c</t></r></si><si><t>d</t></si>`,
      ["a", "bc", "d"],
    ],
    ["phonetic runs", `<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>`, ["東京"]],
    ["prefixes", `<x:si><x:t>p</x:t></x:si><si><x:t>q</x:t></si>`, ["p", "q"]],
    ["CDATA and comments", `<si><t><![CDATA[<a>]]></t></si><si><t>a<!-- c -->b</t></si>`, ["<a>", "ab"]],
    ["whitespace between tags", `\n<si>\n <t>a</t>\n</si>\n`, ["a"]],
    ["other attributes on <t>", `<si><t foo="1">a</t></si>`, ["a"]],
  ])("%s", (_name, items, expected) => {
    const xml = `<?xml version="1.0"?>\n<sst xmlns="${MAIN_NS}">${items}</sst>`;
    expect(strings(xml, true)).toEqual(expected);
    expect(strings(xml, false)).toEqual(expected);
  });

  it("reads every generated string table, damaged or not, exactly as the general reader does", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom("a", " b ", "&amp;", "&#65;", "_x000D_", "a\r\nb", "東京", "&bogus;", "_x005F_x0041_"),
    );
    const item = fc.oneof(
      { weight: 6, arbitrary: text.map((t) => `<si><t>${t}</t></si>`) },
      { weight: 2, arbitrary: text.map((t) => `<si><t xml:space="preserve">${t}</t></si>`) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(text, text)
          .chain(([a, b]) =>
            fc.constantFrom(
              `<si><r><t>${a}</t></r><r><rPr><b/></rPr><t>${b}</t></r></si>`,
              `<si><t>${a}</t><rPh sb="0" eb="1"><t>${b}</t></rPh></si>`,
              `<si/>`,
              `<si><t/></si>`,
              `<x:si><x:t>${a}</x:t></x:si>`,
              `<si><t><![CDATA[${a}]]></t></si>`,
              `<si> <t>${a}</t> </si>`,
              `<si><t>${a}</t><t>${b}</t></si>`,
              `<!-- ${a} -->`,
            ),
          ),
      },
    );
    const stray = fc.constantFrom("<", ">", "/", '"', "&", "si", "<t>", "</t>", "</si>", "<!--", " ");
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 8 }),
        fc.array(fc.tuple(fc.nat(), stray), { maxLength: 2 }),
        fc.option(fc.nat(), { nil: undefined }),
        (items, inserts, cut) => {
          let xml = `<?xml version="1.0"?>\n<sst xmlns="${MAIN_NS}">${items.join("")}</sst>`;
          for (const [at, extra] of inserts) {
            const i = at % (xml.length + 1);
            xml = xml.slice(0, i) + extra + xml.slice(i);
          }
          if (cut !== undefined) xml = xml.slice(0, cut % (xml.length + 1));
          expect(strings(xml, true)).toEqual(strings(xml, false));
        },
      ),
      { numRuns: 2000, seed: 7303 },
    );
  });
});
