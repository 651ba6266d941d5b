/**
 * Packages assembled by hand from XML strings, for what exceljs never writes but Excel, the Open
 * XML SDK, LibreOffice and other writers do.
 */
import { openXlsx } from "../../../src/workbook/xlsx/xlsx-workbook";
import { textAt } from "../../support/xlsx-grid";
import {
  buildXlsx,
  MAIN_NS,
  oneSheetXlsx,
  REL_NS,
  sharedStringsXml,
  stylesXml,
  worksheetXml,
} from "../../support/xlsx-package-builder";

describe("Open XML SDK style namespace prefixes", () => {
  const bytes = buildXlsx({
    workbookPrefix: "x",
    sheets: [
      {
        name: "Prefixed",
        xml: worksheetXml(
          `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>42</x:v></x:c>` +
            `<x:c r="C1" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c></x:row>`,
          { prefix: "x", afterSheetData: `<x:mergeCells count="1"><x:mergeCell ref="A3:B4"/></x:mergeCells>` },
        ),
      },
    ],
    sharedStringsXml: sharedStringsXml(["<x:t>shared</x:t>"], "x"),
  });

  it("reads x:-prefixed workbook, sheet, shared strings and merges", () => {
    const book = openXlsx(bytes);
    expect(book.sheetNamesSync()).toEqual(["Prefixed"]);
    const grid = book.readSheetSync("Prefixed");
    expect(grid.rows).toEqual([{ row: 1, cells: ["shared", "42", "inline"] }]);
    expect(grid.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 2 }]);
  });
});

describe("Strict OOXML namespaces", () => {
  const strictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
  const strictRel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
  const bytes = buildXlsx({
    sheets: [
      {
        name: "Strict",
        xml: `<worksheet xmlns="${strictMain}"><sheetData><row r="2"><c r="B2" t="s"><v>0</v></c></row></sheetData></worksheet>`,
      },
    ],
    extraParts: {
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${strictRel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      "xl/workbook.xml": `<workbook xmlns="${strictMain}" xmlns:r="${strictRel}"><sheets><sheet name="Strict" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels":
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${strictRel}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${strictRel}/sharedStrings" Target="strings.xml"/></Relationships>`,
      "xl/strings.xml": `<sst xmlns="${strictMain}"><si><t>strict text</t></si></sst>`,
    },
  });

  it("follows Strict relationship types and namespaces, and a non-standard shared strings part name", () => {
    const grid = openXlsx(bytes).readSheetSync("Strict");
    expect(grid.rows).toEqual([{ row: 2, cells: ["", "strict text"] }]);
  });
});

describe("string values", () => {
  const strings = [
    `<t>plain</t>`,
    `<r><rPr><b/></rPr><t>Rich </t></r><r><t xml:space="preserve">runs </t></r><r><t>joined</t></r>`,
    `<r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>`,
    `<t>line_x000D__x000A_break and _x005F_x000D_ literal</t>`,
    `<t xml:space="preserve">  spaced\u00a0out  </t>`,
    `<t>&amp; &lt;tag&gt; &quot;q&quot; &apos;a&apos; &#65;&#x42; &#x1F600;</t>`,
    `<t/>`,
    `<t>multi
line</t>`,
    `<t><![CDATA[<raw> & text]]></t>`,
    `<t>before<!-- a comment -->after</t>`,
  ];
  const cells = strings.map((_s, i) => `<c r="A${i + 1}" t="s"><v>${i}</v></c>`);
  const bytes = oneSheetXlsx(cells.map((cell, i) => `<row r="${i + 1}">${cell}</row>`).join(""), {
    sharedStrings: strings,
  });
  const grid = openXlsx(bytes).readSheetSync("Sheet1");

  it("reads plain shared strings", () => expect(textAt(grid, "A1")).toBe("plain"));
  it("concatenates rich text runs", () => expect(textAt(grid, "A2")).toBe("Rich runs joined"));
  it("leaves out phonetic guides", () => expect(textAt(grid, "A3")).toBe("東京"));
  it("decodes _xHHHH_ escapes, with _x005F_ escaping a literal underscore", () =>
    expect(textAt(grid, "A4")).toBe("line\r\nbreak and _x000D_ literal"));
  it("keeps whitespace and non-breaking spaces exactly", () => expect(textAt(grid, "A5")).toBe("  spaced\u00a0out  "));
  it("decodes named and numeric entities", () => expect(textAt(grid, "A6")).toBe(`& <tag> "q" 'a' AB 😀`));
  it("treats an empty string as an empty cell (row left out)", () =>
    expect(grid.rows.some((r) => r.row === 7)).toBe(false));
  it("keeps raw line breaks", () => expect(textAt(grid, "A8")).toBe("multi\nline"));
  it("keeps CDATA text as written", () => expect(textAt(grid, "A9")).toBe("<raw> & text"));
  it("ignores comments inside text", () => expect(textAt(grid, "A10")).toBe("beforeafter"));
});

describe("cell types", () => {
  const sheetData =
    `<row r="1">` +
    `<c r="A1" t="inlineStr"><is><t>inline</t></is></c>` +
    `<c r="B1" t="inlineStr"><is><r><t>rich </t></r><r><t>inline_x000A_text</t></r></is></c>` +
    `<c r="C1" t="str"><f>A1&amp;"!"</f><v>inline!</v></c>` +
    `<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>` +
    `<c r="F1" t="e"><f>NA()</f><v>#N/A</v></c><c r="G1" t="e"><v>#REF!</v></c>` +
    `<c r="H1" t="d"><v>2024-03-01T00:00:00</v></c><c r="I1" t="d"><v>2024-03-01T14:30:05Z</v></c>` +
    `<c r="J1" t="n"><v>1E-3</v></c><c r="K1"><v>4.2999999999999998</v></c>` +
    `<c r="L1"><f>SUM(A2:A3)</f></c>` + // formula without cached value
    `<c r="M1" t="str"><f>X</f><v></v></c>` +
    `<c r="N1" s="0"><v>-0</v></c>` +
    `<c r="O1" t="str"><v>a_x000D_b &amp; c</v></c>` +
    `<c r="P1"><f t="shared" ref="P1:P2" si="0">K1*2</f><v>8.6</v></c>` +
    `<c r="Q1" t="d"><v>2024-03-01</v></c>` +
    `</row>`;
  const grid = openXlsx(oneSheetXlsx(sheetData)).readSheetSync("Sheet1");
  const row = grid.rows[0]?.cells ?? [];

  it("reads inline strings, plain and rich", () => {
    expect(row[0]).toBe("inline");
    expect(row[1]).toBe("rich inline\ntext");
  });
  it("reads formula string results", () => expect(row[2]).toBe("inline!"));
  it("shows booleans as TRUE / FALSE", () => expect([row[3], row[4]]).toEqual(["TRUE", "FALSE"]));
  it("shows error codes", () => expect([row[5], row[6]]).toEqual(["#N/A", "#REF!"]));
  it("shows ISO date cells as dates, with a time only when there is one", () => {
    expect(row[7]).toBe("2024-03-01");
    expect(row[8]).toBe("2024-03-01 14:30:05");
    expect(row[16]).toBe("2024-03-01");
  });
  it("shows numbers as General does", () => {
    expect(row[9]).toBe("0.001");
    expect(row[10]).toBe("4.3");
    expect(row[13]).toBe("0");
    expect(row[15]).toBe("8.6");
  });
  it("reads a formula without a cached value, or with an empty one, as empty", () => {
    expect(row[11]).toBe("");
    expect(row[12]).toBe("");
  });
  it("lists the formulas stored with no result (never calculated), not one whose result is empty", () => {
    expect(grid.uncalculated).toEqual(["L1"]);
  });
  it("decodes entities and _xHHHH_ in formula string results", () => expect(row[14]).toBe("a\rb & c"));
});

describe("cells and rows without references", () => {
  const sheetData =
    `<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c><c/><c><v>3</v></c></row>` +
    `<row r="4"><c r="B4"><v>2</v></c><c><v>next to B</v></c></row>` +
    `<row><c><v>5</v></c></row>` +
    `<row><c r="C9"><v>row from cell</v></c></row>` +
    `<row r="10"/>` +
    `<row><c r="A11"/><c r="B11" t="s"/></row>` +
    `<row><c><v>12</v></c></row>`;
  const grid = openXlsx(oneSheetXlsx(sheetData)).readSheetSync("Sheet1");

  it("gives cells without r the next column and rows without r the next row number", () => {
    expect(grid.rows).toEqual([
      { row: 1, cells: ["a", "1", "", "3"] },
      { row: 4, cells: ["", "2", "next to B"] },
      { row: 5, cells: ["5"] },
      { row: 9, cells: ["", "", "row from cell"] },
      { row: 12, cells: ["12"] },
    ]);
  });
});

describe("rows and cells out of the usual order", () => {
  const sheetData =
    `<row r="3"><c r="C3"><v>3</v></c><c r="A3"><v>1</v></c></row>` +
    `<row r="1"><c r="A1"><v>first</v></c></row>` +
    `<row r="3"><c r="B3"><v>2</v></c></row>`;
  it("sorts rows, merges repeated rows and places cells by reference", () => {
    const grid = openXlsx(oneSheetXlsx(sheetData)).readSheetSync("Sheet1");
    expect(grid.rows).toEqual([
      { row: 1, cells: ["first"] },
      { row: 3, cells: ["1", "2", "3"] },
    ]);
  });
});

describe("number formats from styles", () => {
  const custom = {
    164: "yyyy-mm-dd",
    165: "dd/mm/yyyy hh:mm",
    166: "0.0%",
    167: '"$"#,##0.00',
    168: "[Red]0.00;(0.00)",
    169: "[h]:mm:ss",
    170: '0.00 "kg"',
    171: '#,##0;-#,##0;"-"',
    172: "d-mmm-yy",
    173: "mm:ss",
    174: "[$-409]mmmm d, yyyy;@",
    175: "[$€-407] #,##0.00",
    176: "0.00E+00",
  };
  const numFmtIds = [
    0, 14, 22, 20, 9, 10, 2, 3, 4, 49, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 11, 1,
  ];
  const style = (id: number): number => numFmtIds.indexOf(id);
  const cases: [number, string, string][] = [
    [0, "4.2999999999999998", "4.3"],
    [14, "45352", "2024-03-01"],
    [14, "45352.75", "2024-03-01"], // date-only format: no time
    [22, "45352.75", "2024-03-01 18:00"],
    [22, "45352", "2024-03-01"], // no fraction: no time
    [20, "0.5", "12:00"],
    [9, "0.125", "13%"],
    [10, "0.125", "12.50%"],
    [2, "2.1", "2.10"],
    [2, "-0.001", "-0.00"], // Excel keeps the sign of a negative that rounds to zero
    [3, "1234567.5", "1,234,568"],
    [4, "-1234.567", "-1,234.57"],
    [49, "5", "5"],
    [164, "45352", "2024-03-01"],
    [165, "45352.6041666667", "2024-03-01 14:30"],
    [166, "0.07", "7.0%"],
    [167, "1234.5", "$1,234.50"],
    [168, "2.5", "2.50"],
    [168, "-2.5", "(2.50)"],
    [169, "1.5", "36:00:00"],
    [170, "3", "3.00 kg"],
    [171, "0", "-"],
    [171, "-1500", "-1,500"],
    [172, "45352", "2024-03-01"],
    [173, "0.0034722222", "00:05:00"],
    [174, "45352", "2024-03-01"],
    [175, "2", "€ 2.00"],
    [176, "12345", "12345"],
    [11, "12345", "12345"],
    [1, "2.5", "3"],
  ];
  const sheetData = cases
    .map(([id, value], i) => `<row r="${i + 1}"><c r="A${i + 1}" s="${style(id)}"><v>${value}</v></c></row>`)
    .join("");
  const grid = openXlsx(oneSheetXlsx(sheetData, { styles: stylesXml(numFmtIds, custom) })).readSheetSync("Sheet1");

  it.each(cases.map(([id, value, shown], i) => [id, value, shown, i + 1] as const))(
    "numFmtId %i shows %s as %s",
    (_id, _value, shown, row) => {
      expect(textAt(grid, `A${row}`)).toBe(shown);
    },
  );

  it("shows numbers as General when a style index has no entry", () => {
    const sheet = `<row r="1"><c r="A1" s="99"><v>0.30000000000000004</v></c></row>`;
    expect(openXlsx(oneSheetXlsx(sheet, { styles: stylesXml([0]) })).readSheetSync("Sheet1").rows).toEqual([
      { row: 1, cells: ["0.3"] },
    ]);
  });

  it("reads a workbook without styles.xml, every number as General", () => {
    const sheet = `<row r="1"><c r="A1" s="3"><v>45352</v></c></row>`;
    expect(openXlsx(oneSheetXlsx(sheet)).readSheetSync("Sheet1").rows).toEqual([{ row: 1, cells: ["45352"] }]);
  });
});

describe("the 1900 and 1904 date systems", () => {
  const serials = ["1", "59", "60", "61", "0", "2958465", "-1"];
  const sheetData = serials.map((v, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="1"><v>${v}</v></c></row>`).join("");

  it("keeps Excel's 1900 leap-year bug: serial 60 is 29 February 1900", () => {
    const grid = openXlsx(oneSheetXlsx(sheetData, { styles: stylesXml([0, 14]) })).readSheetSync("Sheet1");
    // Negative serials have no date (Excel shows ####): the number is shown instead.
    expect(grid.rows.map((r) => r.cells[0])).toEqual([
      "1900-01-01",
      "1900-02-28",
      "1900-02-29",
      "1900-03-01",
      "1900-01-00",
      "9999-12-31",
      "-1",
    ]);
  });

  it("honours date1904", () => {
    const grid = openXlsx(
      oneSheetXlsx(sheetData, { styles: stylesXml([0, 14]), workbookPrXml: `<workbookPr date1904="1"/>` }),
    ).readSheetSync("Sheet1");
    // 2958465 is past 9999-12-31 in the 1904 system (Excel shows ####): the number is shown instead.
    expect(grid.rows.map((r) => r.cells[0])).toEqual([
      "1904-01-02",
      "1904-02-29",
      "1904-03-01",
      "1904-03-02",
      "1904-01-01",
      "2958465",
      "-1",
    ]);
  });
});

describe("workbook structure", () => {
  it("leaves out chart sheets and dialog sheets, keeping tab order", () => {
    const book = openXlsx(
      buildXlsx({
        sheets: [
          { name: "Cover", xml: worksheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`) },
          { name: "Chart1", kind: "chartsheet", xml: `<chartsheet xmlns="${MAIN_NS}"/>` },
          { name: "Data", xml: worksheetXml(`<row r="1"><c r="A1"><v>2</v></c></row>`) },
          { name: "Dialog1", kind: "dialogsheet", xml: `<dialogsheet xmlns="${MAIN_NS}"/>` },
        ],
      }),
    );
    expect(book.sheetNamesSync()).toEqual(["Cover", "Data"]);
    expect(book.readSheetSync("Data").rows).toEqual([{ row: 1, cells: ["2"] }]);
    expect(() => book.readSheetSync("Chart1")).toThrow(expect.objectContaining({ reason: "sheet-missing" }));
  });

  it("resolves absolute relationship targets", () => {
    const book = openXlsx(
      buildXlsx({
        absoluteTargets: true,
        sheets: [{ name: "Abs", xml: worksheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`) }],
        sharedStringsXml: sharedStringsXml(["<t>found</t>"]),
        stylesXml: stylesXml([0]),
      }),
    );
    expect(book.readSheetSync("Abs").rows).toEqual([{ row: 1, cells: ["found"] }]);
  });

  it("decodes entities in sheet names", () => {
    const book = openXlsx(buildXlsx({ sheets: [{ name: `R&D <2024> "final"`, xml: worksheetXml("") }] }));
    expect(book.sheetNamesSync()).toEqual([`R&D <2024> "final"`]);
    expect(book.readSheetSync(`R&D <2024> "final"`)).toEqual({ name: `R&D <2024> "final"`, rows: [], merges: [] });
  });

  it("falls back to xl/workbook.xml when the package relationships are missing", () => {
    const book = openXlsx(
      buildXlsx({
        omitPackageRelationships: true,
        sheets: [{ name: "S", xml: worksheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`) }],
      }),
    );
    expect(book.readSheetSync("S").rows).toEqual([{ row: 1, cells: ["1"] }]);
  });

  it("finds parts whose names differ in case from the relationship target", () => {
    const bytes = buildXlsx({
      sheets: [{ name: "S", xml: worksheetXml("") }],
      extraParts: {
        "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="Worksheets/Sheet1.XML"/></Relationships>`,
      },
    });
    expect(openXlsx(bytes).readSheetSync("S").rows).toEqual([]);
  });

  it("reads a sheet with an empty <sheetData/> and merges after it", () => {
    const xml = `<worksheet xmlns="${MAIN_NS}"><sheetData/><mergeCells><mergeCell ref="B2:C2"/><mergeCell ref="bad"/></mergeCells></worksheet>`;
    const grid = openXlsx(buildXlsx({ sheets: [{ name: "S", xml }] })).readSheetSync("S");
    expect(grid).toEqual({ name: "S", rows: [], merges: [{ top: 2, left: 2, bottom: 2, right: 3 }] });
  });

  it("does not unpack sheets it is not asked for", () => {
    // Sheet2's part is not even valid XML; reading Sheet1 must not notice.
    const book = openXlsx(
      buildXlsx({
        sheets: [
          { name: "Good", xml: worksheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`) },
          { name: "Broken", xml: `<worksheet><sheetData><row r="1"><c r="A1` },
        ],
      }),
    );
    expect(book.readSheetSync("Good").rows).toEqual([{ row: 1, cells: ["1"] }]);
    expect(() => book.readSheetSync("Broken")).toThrow(expect.objectContaining({ reason: "corrupt" }));
  });

  it("reads a workbook without shared strings when no cell needs them", () => {
    expect(openXlsx(oneSheetXlsx(`<row r="1"><c r="A1"><v>7</v></c></row>`)).readSheetSync("Sheet1").rows).toEqual([
      { row: 1, cells: ["7"] },
    ]);
  });
});
