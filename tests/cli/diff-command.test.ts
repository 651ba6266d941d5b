/**
 * `cerdc diff` over real .xlsx files written by exceljs: the JSON shape, exit statuses, a formatting-
 * only change and a number retyped as text (nothing reported), a renamed tab, and the documents.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../../src/cli/main";
import {
  categorisationSheetXml,
  entryOf,
  SHEET_PART,
  withEntry,
  workbookEntries,
  writeZip,
} from "../support/hostile-files";
import { buildXlsx, worksheetXml } from "../support/xlsx-package-builder";

const sample = resolve(__dirname, "..", "..", "seeds", "sample-workbook.xlsx");
const dir = mkdtempSync(join(tmpdir(), "cer-diff-"));

/** A copy of the sample with `edit` applied, saved under `name`. */
async function variant(name: string, edit: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(sample);
  edit(book);
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

function categorisation(book: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = book.getWorksheet("Data Categorisation");
  if (sheet === undefined) throw new Error("no Data Categorisation tab");
  return sheet;
}

/** The sheet's column holding `header` (1-based) on its header row. */
function columnOf(sheet: ExcelJS.Worksheet, header: string): { column: number; headerRow: number } {
  for (let r = 1; r <= 20; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= row.cellCount; c++)
      if (String(row.getCell(c).value ?? "").trim() === header) return { column: c, headerRow: r };
  }
  throw new Error(`no ${header} header`);
}

let unchanged: string;
beforeAll(async () => {
  unchanged = await variant("unchanged.xlsx", () => undefined);
});

interface DiffJson {
  old: string;
  new: string;
  tabs: Array<{
    sheet: string;
    added: Array<{ row: number; key: Record<string, string> }>;
    removed: unknown[];
    changed: Array<{
      row: number;
      oldRow: number;
      key: Record<string, string>;
      cells: Array<{ column: string; cell: string; before: string; after: string }>;
    }>;
    moved: number;
  }>;
  findings: { introduced: Array<{ rule: string; cell: string; severity: string }>; resolved: unknown[] };
}

async function diffJson(before: string, after: string): Promise<{ json: DiffJson; exitCode: number }> {
  const result = await runCli(["diff", before, after, "--format", "json"]);
  expect(result.stderr).toBe("");
  return { json: JSON.parse(result.stdout) as DiffJson, exitCode: result.exitCode };
}

describe("cerdc diff", () => {
  it("prints the JSON shape the issue names and exits 1 when the new version introduces an error", async () => {
    const edited = await variant("edited.xlsx", (book) => {
      const sheet = categorisation(book);
      const { column, headerRow } = columnOf(sheet, "Sensitivity");
      sheet.getRow(headerRow + 2).getCell(column).value = "Top secret";
    });
    const { json, exitCode } = await diffJson(unchanged, edited);
    expect(exitCode).toBe(1);
    expect(Object.keys(json).slice(0, 4)).toEqual(["old", "new", "tabs", "findings"]);
    expect(json.old).toBe(unchanged);
    expect(json.new).toBe(edited);
    const tab = json.tabs[0];
    expect(tab?.sheet).toBe("Data Categorisation");
    expect(tab?.changed).toHaveLength(1);
    const change = tab?.changed[0];
    expect(change?.row).toBe(change?.oldRow);
    expect(Object.keys(change?.key ?? {})).toHaveLength(3);
    expect(change?.cells).toEqual([
      {
        column: "Sensitivity",
        cell: expect.stringMatching(/^[A-Z]+\d+$/),
        before: expect.any(String),
        after: "Top secret",
      },
    ]);
    expect(json.findings.introduced).toEqual([
      expect.objectContaining({ rule: "sensitivity.unknown", severity: "error", cell: change?.cells[0]?.cell }),
    ]);
    expect(json.findings.resolved).toEqual([]);
    // Back again: the error is resolved, nothing introduced, exit 0.
    const back = await diffJson(edited, unchanged);
    expect(back.exitCode).toBe(0);
    expect(back.json.findings.resolved).toHaveLength(1);
  });

  it("reports nothing for formatting-only changes or a number retyped as text", async () => {
    const formatted = await variant("formatted.xlsx", (book) => {
      const sheet = categorisation(book);
      sheet.getRow(5).getCell(2).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
      sheet.getRow(6).font = { bold: true, color: { argb: "FFFF0000" } };
      sheet.getColumn(3).width = 40;
    });
    const { json, exitCode } = await diffJson(unchanged, formatted);
    expect(exitCode).toBe(0);
    for (const tab of json.tabs) expect(tab).toMatchObject({ added: [], removed: [], changed: [], moved: 0 });
    expect(json.findings).toEqual({ introduced: [], resolved: [] });

    const { column, headerRow } = await (async () => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(sample);
      return columnOf(categorisation(book), "Capability ID");
    })();
    const asNumber = await variant("as-number.xlsx", (book) => {
      categorisation(book)
        .getRow(headerRow + 1)
        .getCell(column).value = 4.12;
    });
    const asText = await variant("as-text.xlsx", (book) => {
      categorisation(book)
        .getRow(headerRow + 1)
        .getCell(column).value = "4.12";
    });
    expect((await diffJson(asNumber, asText)).json.tabs[0]?.changed).toEqual([]);
  });

  it("matches a renamed tab and rows moved by an inserted row, and lists the added row", async () => {
    const moved = await variant("moved.xlsx", (book) => {
      const sheet = categorisation(book);
      sheet.name = "Categorisation";
      const { headerRow } = columnOf(sheet, "Sensitivity");
      const copy = (sheet.getRow(headerRow + 1).values as ExcelJS.CellValue[]).slice(1);
      const objectColumn = columnOf(sheet, "Information Object").column;
      copy[objectColumn - 1] = "Brand new object";
      sheet.insertRow(headerRow + 1, copy);
    });
    const { json } = await diffJson(unchanged, moved);
    const tab = json.tabs[0];
    expect(tab?.sheet).toBe("Categorisation");
    expect(tab?.added).toEqual([
      { row: expect.any(Number), key: expect.objectContaining({ "Information Object": "Brand new object" }) },
    ]);
    expect(tab?.removed).toEqual([]);
    expect(tab?.changed).toEqual([]);
    expect(tab?.moved).toBeGreaterThan(0);
  });

  it("writes Markdown and HTML through the report renderers, escaped and spreadsheet-safe", async () => {
    const hostile = await variant("hostile.xlsx", (book) => {
      const sheet = categorisation(book);
      const { column, headerRow } = columnOf(sheet, "Quality Rationale");
      sheet.getRow(headerRow + 1).getCell(column).value = '=HYPERLINK("http://x") <script>alert(1)</script> *bold*';
    });
    const md = await runCli(["diff", unchanged, hostile, "--format", "markdown"]);
    expect(md.stdout).toContain("'=HYPERLINK");
    expect(md.stdout).toContain("\\<script\\>");
    expect(md.stdout).toContain("\\*bold\\*");
    const out = join(dir, "diff.html");
    const page = await runCli(["diff", unchanged, hostile, "--format", "html", "--out", out]);
    expect(page.stdout).toMatch(/1 changed.*\(written to /);
    const text = readFileSync(out, "utf8");
    expect(text).not.toContain("<script>");
    expect(text).toContain("&lt;script&gt;");
    expect(text).toContain("<td>&#39;=HYPERLINK");
  });

  it("exits 2 with one line for an unreadable book; --help says how rows are matched", async () => {
    const broken = join(dir, "broken.xlsx");
    writeFileSync(broken, "not a zip");
    const unreadable = await runCli(["diff", unchanged, broken]);
    expect(unreadable.exitCode).toBe(2);
    expect(unreadable.stderr.trim().split("\n")).toHaveLength(1);
    expect((await runCli(["diff", "--help"])).stdout).toContain("Rows are matched by what they are");
  });

  it("names which of the two books it could not read: empty, damaged inside a sheet, or without the tabs", async () => {
    const empty = join(dir, "empty.xlsx");
    writeFileSync(empty, "");
    const cutShort = join(dir, "cut-short.xlsx");
    writeFileSync(
      cutShort,
      writeZip(withEntry(workbookEntries(), entryOf(SHEET_PART, categorisationSheetXml(["a", "b"]).slice(0, -30)))),
    );
    const noTabs = join(dir, "no-tabs.xlsx");
    writeFileSync(noTabs, buildXlsx({ sheets: [{ name: "Sheet1", xml: worksheetXml("") }] }));
    for (const [argv, named, message] of [
      [["diff", unchanged, empty], empty, /This file is empty/],
      [["diff", empty, unchanged], empty, /This file is empty/],
      [["diff", cutShort, unchanged], cutShort, /damaged: the XML of sheet "Data Categorisation" is cut short/],
      [["diff", unchanged, cutShort], cutShort, /damaged: the XML of sheet "Data Categorisation" is cut short/],
      [["diff", unchanged, noTabs], noTabs, /has none of the tabs/],
    ] as const) {
      const result = await runCli([...argv]);
      expect(result.exitCode).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr.startsWith(`${named}: `)).toBe(true);
      expect(result.stderr).toMatch(message);
    }
  });

  it("exits 2 for wrong arguments, or --out naming an input", async () => {
    expect((await runCli(["diff", unchanged])).exitCode).toBe(2);
    expect((await runCli(["diff", unchanged, unchanged, "--format", "csv"])).stderr).toContain("--format must be");
    const overInput = await runCli(["diff", unchanged, sample, "--out", sample]);
    expect(overInput.exitCode).toBe(2);
    expect(overInput.stderr).toContain("never writes over its input");
  });
});
