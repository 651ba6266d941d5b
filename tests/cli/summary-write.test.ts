/**
 * `cerdc summary --write --out new.xlsx`: a copy with a Summary tab of plain cells added. Every part
 * of the input is carried over byte for byte but the three that list the sheets; exceljs and
 * LibreOffice open the copy and read the Summary's numbers, which equal counts made independently
 * from the generated rows' intents; an existing "Summary" tab is never replaced.
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import capabilitySeed from "../../seeds/capability-model.json";
import vocabularySeed from "../../seeds/vocabularies.json";
import { runCli } from "../../src/cli/main";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { BLANK, domainNames, generatedCategorisation, tally, UNREC } from "../support/generated-summary-book";
import { itWithSoffice, sheetsAsCsv } from "../support/libreoffice";
import { excelJsXlsx } from "../support/xlsx-exceljs";
import { validCategorisation } from "../support/workbook-rows";

const dir = mkdtempSync(join(tmpdir(), "summary-write-"));
const samplePath = join(__dirname, "..", "..", "seeds", "sample-workbook.xlsx");
const categorisation = generatedCategorisation(150, 51);

async function generated(extraSheet?: string): Promise<string> {
  const bytes = await excelJsXlsx((workbook) => {
    const dc = workbook.addWorksheet("Data Categorisation");
    dc.addRow(categorisationTab.columns.map((c) => c.header));
    for (const row of categorisation.rows)
      dc.addRow(categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key]));
    if (extraSheet !== undefined) workbook.addWorksheet(extraSheet).getCell("A1").value = "The analyst's own";
  });
  const path = join(dir, `generated-${extraSheet ?? "plain"}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

async function sheetRows(path: string, name: string): Promise<Array<Array<string | number>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  const rows: Array<Array<string | number>> = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[])
      .slice(1)
      .map((v) => (typeof v === "number" ? v : v === null || v === undefined ? "" : String(v)));
  });
  return Array.from(rows, (r) => r ?? []);
}

describe("cerdc summary --write", () => {
  it("adds a Summary tab whose numbers exceljs reads as the independently counted ones", async () => {
    const input = await generated();
    const out = join(dir, "with-summary.xlsx");
    const result = await runCli(["summary", input, "--write", "--out", out]);
    expect(result).toMatchObject({ exitCode: 0, stderr: "" });
    expect(result.stdout).toMatch(/^Added the "Summary" tab/);
    const rows = await sheetRows(out, "Summary");
    const header = rows.findIndex((r) => r[0] === "Use Case Group" && r[1] === "Oversee");
    const groups = [...vocabularySeed.useCaseGroups.map((g) => g.code), UNREC, BLANK];
    const domains = [...domainNames, UNREC, BLANK];
    const byDomain = tally(categorisation.intents.map((i) => `${i.group}|${i.domain}`));
    expect(rows.slice(header, header + 1 + groups.length).map((r) => r.slice(0, 1 + domains.length))).toEqual([
      ["Use Case Group", ...domains],
      ...groups.map((g) => [g, ...domains.map((d) => byDomain.get(`${g}|${d}`) ?? 0)]),
    ]);
    const sensitivity = tally(categorisation.intents.map((i) => i.sensitivity));
    const s = rows.findIndex((r) => r[0] === "Sensitivity" && r[1] === "Rows");
    expect(rows.slice(s + 1, s + 6).map((r) => r.slice(0, 2))).toEqual(
      ["Public", "Restricted", "Critical", UNREC, BLANK].map((label) => [label, sensitivity.get(label) ?? 0]),
    );
    const ids = new Set(
      rows.flatMap((r) =>
        r.slice(1).flatMap((cell) => (typeof cell === "string" ? (/^(\d\.\d+\.\d+) /.exec(cell)?.[1] ?? []) : [])),
      ),
    );
    expect(ids).toEqual(new Set(capabilitySeed.level3.map((c) => c.id)));
  });

  it("carries every other part over byte for byte and adds one worksheet part", async () => {
    const out = join(dir, "sample-with-summary.xlsx");
    expect((await runCli(["summary", samplePath, "--write", "--out", out])).exitCode).toBe(0);
    const before = unzipSync(readFileSync(samplePath));
    const after = unzipSync(readFileSync(out));
    const listing = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"];
    for (const [name, bytes] of Object.entries(before)) {
      if (listing.includes(name)) continue;
      expect([name, Buffer.from(after[name] ?? []).equals(Buffer.from(bytes))]).toEqual([name, true]);
    }
    const added = Object.keys(after).filter((name) => !(name in before));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    // The copy still validates as before: the Summary tab is not one of the three tabs.
    const original = JSON.parse((await runCli(["validate", samplePath, "--format", "json"])).stdout) as {
      summary: unknown;
    };
    const copy = JSON.parse((await runCli(["validate", out, "--format", "json"])).stdout) as { summary: unknown };
    expect(copy.summary).toEqual(original.summary);
  });

  it("never replaces an existing Summary tab: it adds CER Summary", async () => {
    const input = await generated("summary");
    const out = join(dir, "taken.xlsx");
    expect((await runCli(["summary", input, "--write", "--out", out])).stdout).toMatch(/^Added the "CER Summary" tab/);
    expect((await sheetRows(out, "summary"))[0]).toEqual(["The analyst's own"]);
  });

  it("needs --out and never writes over its input", async () => {
    expect(await runCli(["summary", samplePath, "--write"])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/needs --out/),
    });
    expect(await runCli(["summary", samplePath, "--write", "--out", samplePath])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/never writes over its input/),
    });
  });

  itWithSoffice("LibreOffice opens the copy and shows the Summary tab", async () => {
    const out = join(dir, "for-libreoffice.xlsx");
    expect((await runCli(["summary", samplePath, "--write", "--out", out])).exitCode).toBe(0);
    const sheets = sheetsAsCsv(out);
    expect(Object.keys(sheets)).toContain("Summary");
    const summary = sheets.Summary ?? [];
    expect(summary[0]?.[0]).toBe("CER data categorisation: Summary");
    const json = JSON.parse((await runCli(["summary", samplePath, "--format", "json"])).stdout) as {
      totals: { categorisationRows: number };
    };
    expect(summary.find((r) => r[0] === "Data Categorisation rows")?.[1]).toBe(String(json.totals.categorisationRows));
    expect(summary.flat().filter((cell) => /^\d\.\d+\.\d+ /.test(cell))).toHaveLength(122);
  });
});
