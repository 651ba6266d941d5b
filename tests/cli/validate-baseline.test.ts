/**
 * `validate --baseline`: findings of an earlier JSON report are marked unchanged and not counted; a
 * new one alone decides the exit status and is the only one named. `--write-baseline` writes one.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../../src/cli/main";
import { withBudget } from "../support/memory-budget";

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

  it("reads a baseline only from a regular file, and within the run's budget: a FIFO or /dev/zero is one line at once", async () => {
    const fifo = join(dir, "baseline-pipe.json");
    const specials = existsSync("/dev/zero") ? ["/dev/zero"] : [];
    try {
      execFileSync("mkfifo", [fifo]);
      specials.push(fifo);
    } catch {
      console.warn("skipped a FIFO baseline: mkfifo is not available here");
    }
    for (const special of specials) {
      const result = await runCli(["validate", sample, "--baseline", special]);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toBe(
        `Cannot read the baseline ${special}: it is not a regular file (a device, pipe or socket).\n`,
      );
    }
    const huge = join(dir, "huge-baseline.json");
    writeFileSync(huge, "");
    truncateSync(huge, 40 * 1048576); // sparse: 40 MB that take no disk
    const tooLarge = await withBudget(32, () => runCli(["validate", sample, "--baseline", huge]));
    expect(tooLarge.exitCode).toBe(2);
    expect(tooLarge.stderr).toBe(
      `Cannot read the baseline ${huge}: at 40 MB it is larger than the 32 MB of memory a run may use.\n`,
    );
  });

  it("a baseline that is not JSON (a text report) says so in words, not JSON.parse's", async () => {
    const text = join(dir, "text-report.txt");
    expect((await runCli(["validate", sample, "--out", text])).exitCode).toBe(1);
    const result = await runCli(["validate", sample, "--baseline", text]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      `The baseline ${text} cannot be used: it is not JSON; a baseline is a report of cerdc validate --format json (or --write-baseline).\n`,
    );
  });

  it("--out never writes over the baseline it reads, nor with --write-baseline into one file", async () => {
    const kept = join(dir, "kept-baseline.json");
    writeFileSync(kept, readFileSync(baseline));
    for (const argv of [
      ["validate", sample, "--baseline", kept, "--out", kept],
      ["validate", sample, "--baseline", kept, "--out", kept, "--format", "json", "--force"],
    ]) {
      const result = await runCli(argv);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toMatch(
        /^--out .*kept-baseline\.json is the input .*kept-baseline\.json itself; validate never writes over its input/,
      );
    }
    expect(readFileSync(kept).equals(readFileSync(baseline))).toBe(true);
    const both = join(dir, "both.json");
    const twice = await runCli(["validate", sample, "--out", both, "--write-baseline", both]);
    expect(twice.exitCode).toBe(2);
    expect(twice.stderr).toMatch(/^--out and --write-baseline name one file, .*both\.json: name two files\.\n$/);
    expect(existsSync(both)).toBe(false);
  });
});
