/**
 * The sample workbook laid out as other writers lay out a package reads the same: `validate` gives
 * the same findings when its parts sit under other names (found through the relationships, relative
 * and absolute), a sheet part is UTF-16, the tabs are reordered, hidden, renamed in another case
 * with stray spaces and joined by an extra sheet, or the file is an .xlsm. And `fix` refuses, in one
 * line naming the tab and the cell, a sheet whose rows are stored out of order, where an edit placed
 * by order would land beside the cell it meant and lose to it.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { SAMPLE_WORKBOOK } from "../support/padded-formatting";

type Parts = Record<string, Uint8Array>;
const dir = mkdtempSync(join(tmpdir(), "layouts-"));
const text = (parts: Parts, name: string): string => strFromU8(parts[name] ?? new Uint8Array());
const DATA_SHEET = "xl/worksheets/sheet2.xml"; // the sample's Data Categorisation

function variant(name: string, change: (parts: Parts) => void): string {
  const parts = unzipSync(readFileSync(SAMPLE_WORKBOOK));
  change(parts);
  const path = join(dir, name);
  writeFileSync(path, zipSync(parts));
  return path;
}

function rename(parts: Parts, from: string, to: string): void {
  const bytes = parts[from];
  if (bytes === undefined) throw new Error(`no part ${from}`);
  delete parts[from];
  parts[to] = bytes;
}

/** Changes a part's text; a change that changes nothing is a mistake in the test, not a layout. */
function edit(parts: Parts, name: string, change: (xml: string) => string): void {
  const before = text(parts, name);
  const after = change(before);
  if (after === before) throw new Error(`the change to ${name} changed nothing`);
  parts[name] = strToU8(after);
}

/** Findings by tab kind (not sheet name, which some variants change), cell, rule and value. */
async function findings(path: string): Promise<string[]> {
  const result = await runCli(["validate", path, "--format", "json"]);
  expect(result.stderr).toBe("");
  const report = JSON.parse(result.stdout) as {
    sheets: Array<{ sheet: string; tab: string }>;
    findings: Array<{ sheet: string; cell: string; rule: string; value?: string }>;
  };
  const tabOf = new Map(report.sheets.map((s) => [s.sheet, s.tab]));
  return report.findings.map((f) => `${tabOf.get(f.sheet) ?? f.sheet}!${f.cell} ${f.rule} ${f.value ?? ""}`).sort();
}

const layouts: Array<[string, string, (parts: Parts) => void]> = [
  [
    "parts under other names, found through relative, parent and absolute relationship targets",
    "elsewhere.xlsx",
    (parts) => {
      rename(parts, "xl/workbook.xml", "book/main.xml");
      rename(parts, "xl/_rels/workbook.xml.rels", "book/_rels/main.xml.rels");
      rename(parts, "xl/sharedStrings.xml", "shared/strings.xml");
      rename(parts, "xl/styles.xml", "look.xml");
      for (let i = 1; i <= 4; i++) rename(parts, `xl/worksheets/sheet${i}.xml`, `book/tabs/t${i}.xml`);
      edit(parts, "_rels/.rels", (xml) => xml.replace("xl/workbook.xml", "book/main.xml"));
      edit(parts, "book/_rels/main.xml.rels", (xml) =>
        xml
          .replace('Target="styles.xml"', 'Target="/look.xml"')
          .replace('Target="sharedStrings.xml"', 'Target="../shared/strings.xml"')
          .replace(/Target="worksheets\/sheet(\d)\.xml"/g, 'Target="tabs/t$1.xml"'),
      );
    },
  ],
  [
    "a sheet part in UTF-16 with a byte-order mark",
    "utf16.xlsx",
    (parts) => {
      const xml = text(parts, DATA_SHEET).replace('encoding="UTF-8"', 'encoding="UTF-16"');
      parts[DATA_SHEET] = new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, "utf16le")]);
    },
  ],
  [
    "tabs reordered, hidden and very hidden, renamed in other cases with stray spaces, beside an extra sheet",
    "tabs.xlsx",
    (parts) => {
      edit(parts, "xl/workbook.xml", (xml) => {
        const sheets = xml.match(/<sheet [^>]*\/>/g) ?? [];
        const [about, data, gaps, options] = sheets;
        const reordered = [
          options?.replace('name="Options and Priority Use Cases"', 'name=" options and priority use cases"'),
          '<sheet name="Notes" sheetId="9" r:id="rId99"/>',
          gaps
            ?.replace('state="visible"', 'state="hidden"')
            .replace('"Distinct Gap Analysis"', '"DISTINCT GAP ANALYSIS"'),
          about,
          data
            ?.replace('state="visible"', 'state="veryHidden"')
            .replace('"Data Categorisation"', '"Data categorisation "'),
        ];
        return xml.replace(sheets.join(""), reordered.join(""));
      });
      edit(parts, "xl/_rels/workbook.xml.rels", (xml) =>
        xml.replace(
          "</Relationships>",
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/notes.xml"/></Relationships>',
        ),
      );
      parts["xl/worksheets/notes.xml"] = strToU8(
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Use Case</t></is></c></row></sheetData></worksheet>`,
      );
    },
  ],
  [
    "a macro-enabled .xlsm with its VBA part",
    "macros.xlsm",
    (parts) => {
      edit(parts, "[Content_Types].xml", (xml) =>
        xml.replace(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        ),
      );
      parts["xl/vbaProject.bin"] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, ...new Array<number>(508).fill(0)]);
    },
  ],
];

describe("the sample laid out as other writers lay out a package", () => {
  let expected: string[];
  beforeAll(async () => {
    expected = await findings(SAMPLE_WORKBOOK);
    expect(expected.length).toBeGreaterThan(10);
  });

  it.each(layouts)("%s: the same findings", async (_what, name, change) => {
    expect(await findings(variant(name, change))).toEqual(expected);
  });
});

describe("tabs named as Apple Numbers names the tables of a sheet", () => {
  it("are not taken for the tabs (tabs are found by name), but the one line says which sheet to rename", async () => {
    const path = variant("numbers.xlsx", (parts) =>
      edit(parts, "xl/workbook.xml", (xml) =>
        xml.replace(
          /name="(Data Categorisation|Distinct Gap Analysis|Options and Priority Use Cases)"/g,
          'name="$1 - Table 1"',
        ),
      ),
    );
    const result = await runCli(["validate", path]);
    expect(result.stderr).toBe(
      'This workbook has none of the tabs "Data Categorisation", "Distinct Gap Analysis" or "Options" (its sheets: "About", "Data Categorisation - Table 1", "Distinct Gap Analysis - Table 1", "Options and Priority Use Cases - Table 1"). Sheets with a tab\'s headers: "Data Categorisation - Table 1" is "Data Categorisation", "Distinct Gap Analysis - Table 1" is "Distinct Gap Analysis", "Options and Priority Use Cases - Table 1" is "Options"; rename them so and run this again.\n',
    );
    expect(result.exitCode).toBe(2);
  });
});

describe("fix on a sheet whose rows are stored out of order", () => {
  it("refuses in one line naming the tab and where, and writes nothing", async () => {
    const path = variant("reversed.xlsx", (parts) =>
      edit(parts, DATA_SHEET, (xml) => {
        const rows = xml.match(/<row [^>]*>.*?<\/row>/g) ?? [];
        return xml.replace(rows.join(""), [...rows].reverse().join(""));
      }),
    );
    // Reading sorts the rows: validate says what it says of the sample.
    expect(await findings(path)).toEqual(await findings(SAMPLE_WORKBOOK));
    const out = join(dir, "reversed-fixed.xlsx");
    const result = await runCli(["fix", path, "--out", out]);
    expect(result.stderr).toMatch(
      /^Cannot write to sheet "Data Categorisation": its rows or cells are not stored in order \(row \d+ comes after row \d+\), which Excel repairs when it opens the file\. Open it in Excel or LibreOffice, save it, and run this again\.\n$/,
    );
    expect(result.exitCode).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
