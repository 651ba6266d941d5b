/**
 * `cerdc summary` on .xlsx files: a workbook generated with exceljs from known intents, whose counts
 * are made here with plain loops over the intents, and the bundled sample, whose Data
 * Categorisation tab exceljs reads independently of the project's reader.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import capabilitySeed from "../../seeds/capability-model.json";
import vocabularySeed from "../../seeds/vocabularies.json";
import { runCli } from "../../src/cli/main";
import { categorisationTab, gapsTab } from "../../src/sheets/tab-definitions";
import { heatMapCapabilities } from "../../src/summary/capability-heat-map";
import type { WorkbookSummary } from "../../src/summary/workbook-summary";
import {
  BLANK,
  domainNames,
  expectedHeatMap,
  generatedCategorisation,
  generatedGaps,
  tally,
  UNREC,
} from "../support/generated-summary-book";
import { excelJsXlsx } from "../support/xlsx-exceljs";
import { validCategorisation, validGap } from "../support/workbook-rows";

const dir = mkdtempSync(join(tmpdir(), "summary-"));
const samplePath = join(__dirname, "..", "..", "seeds", "sample-workbook.xlsx");
const categorisation = generatedCategorisation(250, 31);
const gaps = generatedGaps(40, 32);

async function generatedFile(): Promise<string> {
  const bytes = await excelJsXlsx((workbook) => {
    workbook.addWorksheet("Cover").getCell("A1").value = "Generated";
    const dc = workbook.addWorksheet("Data Categorisation");
    dc.addRow(categorisationTab.columns.map((c) => c.header));
    for (const row of categorisation.rows)
      dc.addRow(categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key]));
    const dga = workbook.addWorksheet("Distinct Gap Analysis");
    dga.addRow(gapsTab.columns.map((c) => c.header));
    for (const row of gaps.rows) dga.addRow(gapsTab.columns.map((c) => row[c.key] ?? validGap[c.key]));
  });
  const path = join(dir, "generated.xlsx");
  writeFileSync(path, bytes);
  return path;
}

async function jsonSummary(path: string): Promise<WorkbookSummary & { file: string }> {
  const result = await runCli(["summary", path, "--format", "json"]);
  expect(result).toMatchObject({ exitCode: 0, stderr: "" });
  return JSON.parse(result.stdout) as WorkbookSummary & { file: string };
}

describe("cerdc summary on a generated .xlsx", () => {
  it("prints the counts made independently from the rows' intents", async () => {
    const summary = await jsonSummary(await generatedFile());
    const groups = [...vocabularySeed.useCaseGroups.map((g) => g.code), UNREC, BLANK];
    const domains = [...domainNames, UNREC, BLANK];
    const byDomain = tally(categorisation.intents.map((i) => `${i.group}|${i.domain}`));
    expect(summary.rowsByUseCaseGroupAndDomain.counts).toEqual(
      groups.map((g) => domains.map((d) => byDomain.get(`${g}|${d}`) ?? 0)),
    );
    const sensitivity = tally(categorisation.intents.map((i) => i.sensitivity));
    expect(summary.sensitivityMix.map((s) => [s.label, s.count])).toEqual(
      ["Public", "Restricted", "Critical", UNREC, BLANK].map((s) => [s, sensitivity.get(s) ?? 0]),
    );
    const byOutcome = tally(gaps.intents.map((i) => `${i.outcome}|${i.status}`));
    expect(summary.gapsByOutcomeAndStatus.counts).toEqual(
      summary.gapsByOutcomeAndStatus.rows.map((o) =>
        summary.gapsByOutcomeAndStatus.columns.map((s) => byOutcome.get(`${o}|${s}`) ?? 0),
      ),
    );
    const expected = expectedHeatMap(categorisation.intents, gaps.intents);
    const cells = heatMapCapabilities(summary.heatMap);
    expect(cells).toHaveLength(122);
    for (const c of cells)
      expect([c.id, c.objects, c.qualityIssues, c.gaps, c.heat]).toEqual([
        c.id,
        expected.get(c.id)?.objects,
        expected.get(c.id)?.issues,
        expected.get(c.id)?.gaps,
        expected.get(c.id)?.heat,
      ]);
    expect(summary.totals).toMatchObject({ categorisationRows: 250, gaps: 40, options: 0 });
  });

  it("prints text with every uncovered Level 3 capability named, and writes it with --out", async () => {
    const path = await generatedFile();
    const text = await runCli(["summary", path]);
    expect(text.exitCode).toBe(0);
    const uncovered = [...expectedHeatMap(categorisation.intents, gaps.intents)]
      .filter(([, e]) => e.objects === 0)
      .map(([id]) => id);
    expect(text.stdout).toContain(`Uncovered Level 3 capabilities (${uncovered.length}):`);
    for (const id of uncovered) expect(text.stdout).toMatch(new RegExp(`^  ${id.replace(/\./g, "\\.")} `, "m"));
    const out = join(dir, "summary.txt");
    const saved = await runCli(["summary", path, "--out", out]);
    expect(saved.stdout).toMatch(/summary written to/);
    // The file opens with the line that shows cerdc wrote it, then holds exactly what was printed.
    const [heading, rest] = readFileSync(out, "utf8").split(/(?<=^[^\n]*\n\n)/);
    expect(heading).toMatch(/^Made \d{4}-\d\d-\d\dT[\d:.]+Z by cerdc \d+\.\d+\.\d+\.\n\n$/);
    expect(rest).toBe(text.stdout);
  });
});

describe("cerdc summary on the bundled sample", () => {
  it("agrees with exceljs's own reading of the Data Categorisation and Gap tabs", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(samplePath);
    const rowsOf = (name: string): Array<Record<string, string>> => {
      const sheet = workbook.worksheets.find((s) => s.name === name);
      if (sheet === undefined) throw new Error(name);
      let header: string[] | undefined;
      const rows: Array<Record<string, string>> = [];
      sheet.eachRow((row) => {
        const cells = (row.values as unknown[])
          .slice(1)
          .map((v) =>
            (v === null || v === undefined
              ? ""
              : typeof v === "object" && "result" in (v as object)
                ? String((v as { result: unknown }).result)
                : String(v)
            ).trim(),
          );
        if (header === undefined) {
          if (cells.includes("Sensitivity") || cells.includes("Gap ID")) header = cells;
          return;
        }
        if (cells.some((c) => c !== "")) rows.push(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
      });
      return rows;
    };
    const dc = rowsOf("Data Categorisation");
    const summary = await jsonSummary(samplePath);
    expect(summary.totals.categorisationRows).toBe(dc.length);
    const canonical = ["Public", "Restricted", "Critical"];
    const mix = tally(
      dc.map(
        (r) =>
          canonical.find((s) => s.toLowerCase() === (r.Sensitivity ?? "").toLowerCase()) ??
          ((r.Sensitivity ?? "") === "" ? BLANK : UNREC),
      ),
    );
    expect(summary.sensitivityMix.map((s) => [s.label, s.count])).toEqual(
      [...canonical, UNREC, BLANK].map((s) => [s, mix.get(s) ?? 0]),
    );
    expect(summary.totals.qualityIssues).toBe(dc.filter((r) => /^issues?$/i.test(r.Quality ?? "")).length);
    expect(summary.totals.informationObjects).toBe(
      new Set(dc.map((r) => (r["Information Object"] ?? "").toLowerCase())).size,
    );
    expect(summary.totals.gaps).toBe(rowsOf("Distinct Gap Analysis").length);
    expect(new Set(heatMapCapabilities(summary.heatMap).map((c) => c.id))).toEqual(
      new Set(capabilitySeed.level3.map((c) => c.id)),
    );
  });

  it("fails with one line and status 2 on a missing file or a bad format", async () => {
    expect(await runCli(["summary", join(dir, "missing.xlsx")])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/^No such file/),
    });
    expect(await runCli(["summary", samplePath, "--format", "csv"])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/--format must be text or json/),
    });
    expect((await runCli(["summary", "--help"])).stdout).toMatch(/written by the add-in/);
  });
});
