/**
 * fast-check generators of worksheet <sheetData> content: mostly the plain shapes Excel and other
 * writers use, with every kind of oddity mixed in now and then (prefixes, cells and rows without
 * references, CDATA, comments, unclosed cells, stray tags). Readers that must agree are compared on them.
 */
import fc from "fast-check";

// Mostly the plain shapes the fast path reads, with every kind of oddity mixed in now and then.
export const sometimes = <T>(usual: T, ...odd: T[]): fc.Arbitrary<T> =>
  fc.oneof({ weight: 9, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: fc.constantFrom(...odd) });
const quote = sometimes('"', "'");
const space = sometimes(" ", "\n", "  ", "\t");
const attribute = (name: fc.Arbitrary<string>, value: fc.Arbitrary<string>) =>
  fc
    .tuple(space, name, sometimes("=", " = ", "= ", " ="), quote, value)
    .map(([s, n, eq, q, v]) => `${s}${n}${eq}${q}${v}${q}`);

const reference = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.constantFrom("A", "B", "C", "D", "Z", "AA", "AB"), fc.integer({ min: 1, max: 6 }))
      .map(([c, r]) => `${c}${r}`),
  },
  { weight: 1, arbitrary: fc.constantFrom("a1", "B", "3", "A0", "A01", "", "AAAA1", "A1B", "A 1", "A1234567890") },
);
const cellAttributes = fc
  .tuple(
    fc.option(attribute(sometimes("r", "x:r"), reference), { nil: undefined, freq: 8 }),
    fc.option(attribute(fc.constant("s"), sometimes("0", "1", "2", "3", "4", "9", "", "x", "01")), { nil: undefined }),
    fc.option(
      attribute(fc.constant("t"), fc.constantFrom("s", "s", "s", "n", "str", "b", "e", "d", "inlineStr", "", "zz")),
      { nil: undefined, freq: 2 },
    ),
    fc.option(attribute(fc.constantFrom("cm", "vm", "ph", "x14:foo"), fc.constantFrom("1", "a>b", "")), {
      nil: undefined,
      freq: 6,
    }),
    sometimes(false, true),
  )
  .chain(([r, s, t, other, shuffle]) => {
    const list = [r, s, t, other].filter((a): a is string => a !== undefined);
    return shuffle ? fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }) : fc.constant(list);
  })
  .map((list) => list.join(""));

const value = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom("0", "1", "2", "3", "4") },
  { weight: 10, arbitrary: fc.constantFrom("00", "-0", " 2 ", "45352", "0.25", "1.50", "2.5", "-17", "1E-3") },
  { weight: 1, arbitrary: fc.constantFrom("5", "99999999999999999", "1.5") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "",
      "abc",
      "TRUE",
      "false",
      "#N/A",
      "2024-03-01T00:00:00",
      "&amp;",
      "&#49;",
      "&lt;x&gt;",
      "1&#13;",
      "a\r\nb",
      "_x000D_",
      "x_x005F_x0041_",
    ),
  },
);
const content = fc.oneof(
  { weight: 20, arbitrary: value.map((v) => `<v>${v}</v>`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        value,
        fc.constantFrom("<f>A1*2</f>", `<f t="shared" ref="A1:A2" si="0">B1</f>`, `<f t="shared" si="0"/>`, "<f/>"),
      )
      .map(([v, f]) => `${f}<v>${v}</v>`),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "",
      "<is><t>inline</t></is>",
      "<v><![CDATA[7]]></v>",
      "<v>1<!-- c -->2</v>",
      "<x:v>3</x:v>",
      '<v xml:space="preserve"> 4 </v>',
      "<v>1</v><v>2</v>",
      "<v/>",
      " <v>5</v> ",
      "<v>6</v><f>x</f>",
      "<extLst/>",
    ),
  },
);
const cell = fc.oneof(
  { weight: 24, arbitrary: fc.tuple(cellAttributes, content).map(([a, c]) => `<c${a}>${c}</c>`) },
  { weight: 4, arbitrary: cellAttributes.map((a) => `<c${a}/>`) },
  { weight: 1, arbitrary: fc.tuple(cellAttributes, value).map(([a, v]) => `<x:c${a}><x:v>${v}</x:v></x:c>`) },
  { weight: 1, arbitrary: fc.tuple(cellAttributes, value).map(([a, v]) => `<c${a}><v>${v}</v>`) }, // never closed
  { weight: 1, arbitrary: fc.constantFrom("<!-- note -->", "<?pi?>", " ", "\n", "text", "</c>", "</v>", "<v>9</v>") },
);
const rowStart = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom("", ` spans="1:3"`, ` x14ac:dyDescent="0.25"`, ` ht="15" customHeight="1"`),
      )
      .map(([r, extra]) => `<row r="${r}"${extra}>`),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "<row>",
      "<row r='2'>",
      `<row r = "3">`,
      `<row r="0">`,
      `<row r="x">`,
      `<row spans="1:2" r="4">`,
      '<x:row r="5">',
      '<row\nr="6">',
    ),
  },
);
const row = fc.oneof(
  {
    weight: 12,
    arbitrary: fc
      .tuple(rowStart, fc.array(cell, { maxLength: 8 }), sometimes("</row>", "", "</x:row>", "</row >"))
      .map(([s, cs, e]) => s + cs.join("") + e),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      `<row r="7"/>`,
      "<row/>",
      `<row r="8" spans="1:1"/>`,
      "<!-- between rows -->",
      '<ext><row r="9"><c><v>1</v></c></row></ext>',
      "</row>",
    ),
  },
);
export const sheetData = fc.array(row, { maxLength: 6 }).map((rows) => rows.join(""));
