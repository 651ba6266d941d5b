/**
 * `cerdc suggest` on .xlsx files written with exceljs: the rows it suggests for (missing capability
 * or category; every row with --all), the JSON shape the issue fixes, the text, and exit status 2
 * for what it cannot read.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { excelJsXlsx } from "../support/xlsx-exceljs";
import { validCategorisation, type CategorisationRow } from "../support/workbook-rows";

const dir = mkdtempSync(join(tmpdir(), "suggest-"));

async function bookWith(rows: CategorisationRow[], name = "book.xlsx"): Promise<string> {
  const bytes = await excelJsXlsx((workbook) => {
    const dc = workbook.addWorksheet("Data Categorisation");
    dc.addRow(categorisationTab.columns.map((c) => c.header));
    for (const row of rows) dc.addRow(categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key]));
  });
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const envelopeRow: CategorisationRow = {
  useCaseGroup: "OTN",
  useCase: "Manage network limits",
  activity: "Calculate DOEs per NMI",
  informationObject: "Dynamic operating envelope",
  capabilityId: "",
  capability: "",
  capabilityGroup: "",
  domain: "",
  informationCategory: "",
  informationGroup: "",
};

describe("cerdc suggest", () => {
  it("suggests for the rows missing a capability or category, in the issue's JSON shape", async () => {
    const file = await bookWith([{}, envelopeRow, { informationCategory: "" }]);
    const { stdout, stderr, exitCode } = await runCli(["suggest", file, "--format", "json"]);
    expect(stderr).toBe("");
    expect(exitCode).toBe(0);
    const json = JSON.parse(stdout) as {
      file: string;
      rows: Array<{
        sheet: string;
        row: number;
        capability: Array<Record<string, unknown>>;
        category: Array<Record<string, unknown>>;
      }>;
    };
    expect(json.file).toBe(file);
    expect(json.rows.map((r) => [r.sheet, r.row])).toEqual([
      ["Data Categorisation", 3],
      ["Data Categorisation", 4],
    ]);
    const envelope = json.rows[0];
    expect(envelope?.capability).toHaveLength(5);
    expect(envelope?.category).toHaveLength(5);
    expect(envelope?.capability[0]).toEqual({
      id: "4.3.5",
      name: "Calculate and publish physical limits",
      score: expect.any(Number),
      because: expect.arrayContaining(["calculate"]),
    });
    expect(envelope?.category[0]).toEqual({
      name: "DOE",
      group: "Forecasting",
      score: expect.any(Number),
      because: expect.arrayContaining(["envelope"]),
    });
    const scores = envelope?.capability.map((c) => c.score as number) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("--all suggests for every row; text names each row's words and the matched words", async () => {
    const file = await bookWith([{}, envelopeRow]);
    const json = JSON.parse((await runCli(["suggest", file, "--all", "--format", "json"])).stdout) as {
      rows: unknown[];
    };
    expect(json.rows).toHaveLength(2);
    const { stdout, exitCode } = await runCli(["suggest", file]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain("Row 3: Calculate DOEs per NMI / Dynamic operating envelope");
    expect(stdout).toMatch(/4\.3\.5 Calculate and publish physical limits \(matched: [^)]*calculate/);
    expect(stdout).toMatch(/DOE \(Forecasting\) \(matched: [^)]*envelope/);
  });

  it("says when no row needs a suggestion", async () => {
    const file = await bookWith([{}], "complete.xlsx");
    const { stdout, exitCode } = await runCli(["suggest", file]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain("every Data Categorisation row names a known capability and category");
  });

  it("exits 2 with one line for a missing file, a bad format and a book without the tab", async () => {
    const missing = await runCli(["suggest", join(dir, "nope.xlsx")]);
    expect([missing.exitCode, missing.stderr]).toEqual([2, `No such file: ${join(dir, "nope.xlsx")}\n`]);
    const file = await bookWith([{}]);
    const format = await runCli(["suggest", file, "--format", "csv"]);
    expect(format.exitCode).toBe(2);
    expect(format.stderr).toContain("--format must be text or json");
    const noTab = join(dir, "gaps-only.xlsx");
    writeFileSync(
      noTab,
      await excelJsXlsx(
        (workbook) => void workbook.addWorksheet("Distinct Gap Analysis").addRow(["Gap ID", "Gap Type"]),
      ),
    );
    const result = await runCli(["suggest", noTab]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("has no Data Categorisation tab");
  });

  it("a mistyped option is one line naming the option it meant", async () => {
    const file = await bookWith([{}]);
    const typo = await runCli(["suggest", file, "--al"]);
    expect([typo.exitCode, typo.stderr]).toEqual([
      2,
      "suggest: unknown option --al; did you mean --all? (cerdc suggest --help lists its options)\n",
    ]);
  });

  it("answers --help", async () => {
    const { stdout, exitCode } = await runCli(["suggest", "--help"]);
    expect(exitCode).toBe(0);
    expect(stdout).toContain("cerdc suggest <book.xlsx> [--format text|json] [--all]");
  });
});
