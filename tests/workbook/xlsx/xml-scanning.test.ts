/** The hand-written XML pieces: entity and _xHHHH_ decoding, the tag cursor, string items and relationship targets. */
import { resolveTarget, relationshipsPartOf, parseRelationships } from "../../../src/workbook/xlsx/relationships";
import { parseSharedStrings } from "../../../src/workbook/xlsx/shared-strings";
import {
  CDATA,
  CLOSE,
  EMPTY,
  END,
  OPEN,
  SKIPPED,
  XmlCursor,
  XmlSyntaxError,
} from "../../../src/workbook/xlsx/xml-cursor";
import { decodeExcelEscapes, decodeStringValue, decodeXmlEntities } from "../../../src/workbook/xlsx/xml-text";

describe("XML entities", () => {
  it.each([
    ["a &amp; b", "a & b"],
    ["&lt;tag&gt;", "<tag>"],
    ["&quot;q&quot; &apos;a&apos;", `"q" 'a'`],
    ["&#65;&#x42;&#X43;", "ABC"],
    ["&#x1F600;", "😀"],
    ["&#10;", "\n"],
    ["&amp;amp;", "&amp;"],
    ["&unknown; & alone", "&unknown; & alone"],
    ["&#x110000;", "&#x110000;"],
    ["no entities", "no entities"],
  ])("%s -> %s", (raw, text) => expect(decodeXmlEntities(raw)).toBe(text));
});

describe("Excel _xHHHH_ escapes", () => {
  it.each([
    ["a_x000D_b", "a\rb"],
    ["a_x000D__x000A_b", "a\r\nb"],
    ["_x0009_tab", "\ttab"],
    ["_x005F_x000D_", "_x000D_"],
    ["_x005f_", "_"],
    ["_x00_ not one", "_x00_ not one"],
    ["my_xvar_", "my_xvar_"],
    ["_xD83D__xDE00_", "😀"],
  ])("%s -> %j", (raw, text) => expect(decodeExcelEscapes(raw)).toBe(text));

  it("turns raw CR LF and CR into LF, but keeps CR written as &#13; or _x000D_", () => {
    expect(decodeStringValue("a\r\nb\rc\nd")).toBe("a\nb\nc\nd");
    expect(decodeStringValue("a&#13;&#10;b_x000D_c")).toBe("a\r\nb\rc");
  });

  it("decodes entities before escapes, as Excel reads them", () => {
    expect(decodeStringValue("&#95;x000A_ &amp;")).toBe("\n &");
  });
});

describe("XmlCursor", () => {
  it("reports tags with local names, attributes and text positions", () => {
    const xml = `<?xml version="1.0"?><!-- c --><x:root xmlns:x="u" a='1' x:b = "two > three"><x:c r="A1"/>text<![CDATA[<raw>]]></x:root>`;
    const cursor = new XmlCursor(xml);
    expect(cursor.next()).toBe(SKIPPED);
    expect(cursor.next()).toBe(SKIPPED);
    expect(cursor.next()).toBe(OPEN);
    expect(cursor.localName()).toBe("root");
    expect(cursor.attribute("a")).toBe("1");
    expect(cursor.attribute("b")).toBe("two > three");
    expect(cursor.attribute("missing")).toBeUndefined();
    expect(cursor.next()).toBe(EMPTY);
    expect(cursor.is("c")).toBe(true);
    expect(cursor.attribute("r")).toBe("A1");
    expect(cursor.next()).toBe(CDATA);
    expect(cursor.textBefore()).toBe("text");
    expect(xml.slice(cursor.cdataStart, cursor.cdataEnd)).toBe("<raw>");
    expect(cursor.next()).toBe(CLOSE);
    expect(cursor.is("root")).toBe(true);
    expect(cursor.next()).toBe(END);
    expect(cursor.next()).toBe(END);
  });

  it("skips a whole element with its children", () => {
    const cursor = new XmlCursor(`<a><skip><b><c/></b>text</skip><after/></a>`);
    cursor.next();
    cursor.next();
    expect(cursor.is("skip")).toBe(true);
    cursor.skipElement();
    expect(cursor.next()).toBe(EMPTY);
    expect(cursor.is("after")).toBe(true);
  });

  it("accepts whitespace and newlines inside tags", () => {
    const cursor = new XmlCursor(`<c\n\tr="A1"\n  t="s"\n></c >`);
    expect(cursor.next()).toBe(OPEN);
    expect(cursor.attribute("t")).toBe("s");
    expect(cursor.next()).toBe(CLOSE);
    expect(cursor.is("c")).toBe(true);
  });

  it.each([[`<c r="A1`], [`<c r="A1" `], [`<a><!-- never closed`], [`<a><![CDATA[ never closed`]])(
    "reports %s as malformed",
    (xml) => {
      const cursor = new XmlCursor(xml);
      expect(() => {
        while (cursor.next() !== END);
      }).toThrow(XmlSyntaxError);
    },
  );
});

describe("shared strings", () => {
  it("reads plain, rich and empty items, leaving out phonetic runs", () => {
    const xml =
      `<sst xmlns="u"><si><t>a</t></si><si><r><t>b</t></r><r><rPr><b/></rPr><t>c</t></r></si><si/>` +
      `<si><t>d</t><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t/></si></sst>`;
    expect(parseSharedStrings(xml)).toEqual(["a", "bc", "", "d", ""]);
  });

  it("decodes _xHHHH_ escapes within each run, never across two", () => {
    const xml = `<sst><si><r><t>a_x000D_</t></r><r><t>_x00</t></r><r><t>0A_b</t></r></si></sst>`;
    expect(parseSharedStrings(xml)).toEqual(["a\r_x000A_b"]);
  });
});

describe("relationships", () => {
  it("names the relationships part of a part", () => {
    expect(relationshipsPartOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relationshipsPartOf("workbook.xml")).toBe("_rels/workbook.xml.rels");
  });

  it.each([
    ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "./worksheets/./sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "../xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/workbook.xml", "worksheets/my%20sheet.xml", "xl/worksheets/my sheet.xml"],
    ["xl/workbook.xml", "worksheets\\sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
    ["xl/workbook.xml", "100%.xml", "xl/100%.xml"],
  ])("from %s, %s is %s", (source, target, part) => expect(resolveTarget(source, target)).toBe(part));

  it("leaves out external targets and decodes entities", () => {
    const xml =
      `<Relationships><Relationship Id="rId1" Type="t/worksheet" Target="worksheets/a&amp;b.xml"/>` +
      `<Relationship Id="rId2" Type="t/hyperlink" Target="https://example.com" TargetMode="External"/></Relationships>`;
    expect(parseRelationships(xml, "xl/workbook.xml")).toEqual([
      { id: "rId1", type: "t/worksheet", partName: "xl/worksheets/a&b.xml" },
    ]);
  });
});
