/**
 * `validate --baseline`: findings of an earlier JSON report are marked unchanged and not counted; a
 * new one alone decides the exit status and is the only one named. `--write-baseline` writes one.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../../src/cli/main";

const sample = resolve(__dirname, "..", "..", "seeds", "sample-workbook.xlsx");
const dir = mkdtempSync(join(tmpdir(), "cer-baseline-"));
const baseline = join(dir, "baseline.json");

interface Json {
  valid: boolean;
  summary: { errors: number; warnings: number; info: number; baseline?: number };
  findings: Array<{ rule: string; cell: string; severity: string; fingerprint?: string; baselineState?: string }>;
}

/** The sample with its Data Categorisation rows sorted backwards and one more Sensitivity error. */
let worse: string;
beforeAll(async () => {
  const result = await runCli(["validate", sample, "--format", "json", "--out", baseline]);
  expect(result.exitCode).toBe(1); // the sample has errors: the baseline accepts them
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(sample);
  const sheet = book.getWorksheet("Data Categorisation");
  if (sheet === undefined) throw new Error("no tab");
  let headerRow = 0;
  let sensitivity = 0;
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (headerRow === 0 && String(cell.value).trim() === "Sensitivity") [headerRow, sensitivity] = [r, c];
    }),
  );
  const rows = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++)
    rows.push((sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1));
  rows.reverse();
  rows.forEach((values, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    values.forEach((value, c) => (row.getCell(c + 1).value = value ?? null));
    row.commit();
  });
  // One new error on the last row, which held the first row's values before the sort.
  sheet.getRow(headerRow + rows.length).getCell(sensitivity).value = "Top secret";
  worse = join(dir, "worse.xlsx");
  await book.xlsx.writeFile(worse);
});

describe("validate --baseline", () => {
  it("on the book its baseline came from: exit 0, nothing new counted, every finding unchanged", async () => {
    const result = await runCli(["validate", sample, "--baseline", baseline, "--format", "json"]);
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout) as Json;
    expect(json.summary).toMatchObject({ errors: 0, warnings: 0, info: 0 });
    expect(json.summary.baseline).toBeGreaterThan(0);
    expect(json.findings.length).toBeGreaterThan(0);
    expect(json.findings.every((f) => f.baselineState === "unchanged")).toBe(true);
    const text = await runCli(["validate", sample, "--baseline", baseline]);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toMatch(/✔ 0 errors, 0 warnings, 0 info new, \d+ in the baseline/);
  });

  it("one new error in a sorted copy: exit 1, naming only that error", async () => {
    const result = await runCli(["validate", worse, "--baseline", baseline, "--format", "json"]);
    expect(result.exitCode).toBe(1);
    const json = JSON.parse(result.stdout) as Json;
    const fresh = json.findings.filter((f) => f.baselineState === "new");
    expect(fresh.map((f) => f.rule)).toEqual(["sensitivity.unknown"]);
    expect(json.summary).toMatchObject({ errors: 1, warnings: 0, info: 0 });

    const text = await runCli(["validate", worse, "--baseline", baseline]);
    expect(text.exitCode).toBe(1);
    // The rule's heading: its id, its title and the count.
    expect(text.stdout).toContain("  sensitivity.unknown  Unknown sensitivity  1 error\n");
    expect(text.stdout).toContain("Top secret");
    // The baselined errors of the sample are not listed.
    const listed = text.stdout.split("\n").filter((line) => /^ {4}[A-Z]+\d+ /.test(line));
    expect(listed).toHaveLength(1);
    expect(text.stdout).toContain("✖ 1 error, 0 warnings, 0 info new");

    const sarif = JSON.parse(
      (await runCli(["validate", worse, "--baseline", baseline, "--format", "sarif"])).stdout,
    ) as { runs: Array<{ results: Array<{ ruleId: string; baselineState: string }> }> };
    const states = sarif.runs[0]?.results.map((r) => r.baselineState) ?? [];
    expect(states.filter((s) => s === "new")).toHaveLength(1);
    expect(states.filter((s) => s === "unchanged").length).toBe(states.length - 1);
  });

  it("--write-baseline writes one that the next run accepts; a bad baseline exits 2 in one line", async () => {
    const next = join(dir, "next.json");
    const written = await runCli(["validate", worse, "--write-baseline", next]);
    expect(written.exitCode).toBe(1);
    const json = JSON.parse(readFileSync(next, "utf8")) as Json;
    expect(json.findings.every((f) => typeof f.fingerprint === "string")).toBe(true);
    expect((await runCli(["validate", worse, "--baseline", next])).exitCode).toBe(0);

    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ hello: 1 }));
    const refused = await runCli(["validate", sample, "--baseline", bad]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toBe(
      `The baseline ${bad} cannot be used: it is not a JSON report of cerdc validate (no findings list).\n`,
    );
    expect((await runCli(["validate", sample, "--baseline", join(dir, "missing.json")])).stderr).toContain(
      "no such file",
    );
    expect((await runCli(["validate", sample, "--write-baseline", sample])).exitCode).toBe(2);
  });
});
