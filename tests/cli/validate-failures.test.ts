/**
 * What `validate` does with books it cannot read and arguments it cannot use: one clear line on
 * stderr, exit status 2, never a stack trace.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { zipSync, strToU8 } from "fflate";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";

const dir = mkdtempSync(join(tmpdir(), "cer-failures-"));
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

function encryptedLookalike(): Uint8Array {
  // An OLE compound file header followed by the stream name Office uses for encrypted packages.
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = Buffer.from("EncryptedPackage", "utf16le");
  const bytes = new Uint8Array(2048);
  bytes.set(header, 0);
  bytes.set(name, 1024);
  return bytes;
}

async function bookWithoutTabs(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Sheet1").getCell("A1").value = "hello";
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("validate on books it cannot read", () => {
  it.each([
    ["a missing file", () => join(dir, "nope.xlsx"), /^No such file: .*nope\.xlsx$/],
    ["a folder", () => dir, /is a folder, not an \.xlsx workbook/],
    [
      "a CSV renamed to .xlsx",
      () => file("data.xlsx", "Use Case,Activity\nA,B\n"),
      /is a CSV or text file, not an \.xlsx workbook: open it in Excel or LibreOffice and save it as \.xlsx/,
    ],
    ["a password-protected workbook", () => file("locked.xlsx", encryptedLookalike()), /password-protected/],
    [
      "a corrupt (truncated) workbook",
      () => file("cut.xlsx", zipSync({ "xl/workbook.xml": strToU8("<workbook>".repeat(50)) }).slice(0, 60)),
      /damaged/,
    ],
    ["an empty file", () => file("empty.xlsx", new Uint8Array()), /empty|not an Excel/],
  ])("%s: one line, exit 2", async (_name, make, message) => {
    const result = await runCli(["validate", make()]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("a workbook without the tabs names the sheets it has", async () => {
    const result = await runCli(["validate", file("other.xlsx", await bookWithoutTabs())]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim()).toBe(
      'This workbook has none of the tabs "Data Categorisation", "Distinct Gap Analysis" or "Options" (its sheets: "Sheet1").',
    );
  });

  it("prints the usage for --help, and each command's own help after it", async () => {
    const overview = await runCli(["--help"]);
    expect(overview).toMatchObject({ exitCode: 0, stderr: "" });
    expect(overview.stdout).toMatch(/^Usage:\n {2}cerdc validate <book\.xlsx>\.\.\. \[--format/);
    for (const [argv, usage] of [
      [["validate", "--help"], /^Usage:\n {2}cerdc validate <book\.xlsx>/],
      [["fix", "-h"], /^Usage:\n {2}cerdc fix <book\.xlsx> --out/],
      [["template", "--help"], /^Usage:\n {2}cerdc template --out/],
    ] as const) {
      const result = await runCli([...argv]);
      expect(result).toMatchObject({ exitCode: 0, stderr: "" });
      expect(result.stdout).toMatch(usage);
    }
    expect(await runCli([])).toMatchObject({ exitCode: 2, stdout: "" });
  });

  it("prints the version for --version", async () => {
    expect(await runCli(["--version"])).toEqual({
      stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/),
      stderr: "",
      exitCode: 0,
    });
  });

  it.each([
    [
      ["validate"],
      /^validate needs a workbook: validate <book\.xlsx>\.\.\. \(cerdc validate --help lists its options\)\n$/,
    ],
    [["validate", "a.xlsx", "--max-warnings", "some"], /--max-warnings must be a whole number/],
    [
      ["validate", "a.xlsx", "--format", "xml"],
      /--format must be text, json, sarif, markdown, csv, csv-summary or html, not "xml"/,
    ],
    [
      ["validate", "a.xlsx", "--colour"],
      /^validate: unknown option --colour \(cerdc validate --help lists its options\)\n$/,
    ],
    [
      ["validate", "a.xlsx", "--fromat", "json"],
      /^validate: unknown option --fromat; did you mean --format\? \(cerdc validate --help lists its options\)\n$/,
    ],
    [["validate", "a.xlsx", "--out"], /^validate: --out needs a value/],
    [
      ["valdate", "a.xlsx"],
      /^Unknown command "valdate"; did you mean validate\? \(cerdc --help lists the commands\)\n$/,
    ],
    [["check", "a.xlsx"], /^Unknown command "check" \(cerdc --help lists the commands\)\n$/],
    [
      ["validate", "a.xlsx", "--out", "one.json", "--out=two.json"],
      /^validate: --out is given twice \("one\.json", then "two\.json"\): give it once \(cerdc validate --help lists its options\)\n$/,
    ],
    [["validate", "a.xlsx", "--format", "json", "--format", "text"], /^validate: --format is given twice/],
    [["fix", "a.xlsx", "--out", "a-fixed.xlsx", "--out", "b.xlsx"], /^fix: --out is given twice/],
    [
      ["validate", "a.xlsx", "--max-warnings", "-1"],
      /^validate: --max-warnings takes the value after it, and "-1" looks like an option; if it is the value, write --max-warnings=-1 \(cerdc validate --help lists its options\)\n$/,
    ],
    [["fix", "a.xlsx", "--out", "--force"], /^fix: --out takes the value after it, and "--force" looks like an option/],
  ])("arguments %j: exit 2", async (argv, message) => {
    const result = await runCli(argv);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe("the real command line", () => {
  const repo = resolve(__dirname, "..", "..");
  const tsx = join(repo, "node_modules", ".bin", "tsx");
  const run = (...args: string[]) => spawnSync(tsx, ["src/cli/main.ts", ...args], { cwd: repo, encoding: "utf8" });

  it("exits 1 on the sample workbook's planted errors and prints a linter-style report", () => {
    const result = run("validate", "seeds/sample-workbook.xlsx");
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^Data Categorisation: header row 3, \d+ rows$/m);
    expect(result.stdout).toMatch(/^ {2}category\.unknown {2}Unknown information category {2}1 error$/m);
    expect(result.stdout).toMatch(
      /^ {4}J\d+ +"Telemetry \(Devices\)" is not a known information category\. Did you mean "Telemetry \(Device\)"\?$/m,
    );
    expect(result.stdout).toMatch(/^✖ \d+ errors, \d+ warnings, \d+ info$/m);
  });

  it("exits 2 with one line and no stack trace on a missing file", () => {
    const result = run("validate", "missing.xlsx");
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("No such file: missing.xlsx\n");
  });

  it("runs from the bin's own source too (tsx src/cli/bin.ts), not only from the built bundle", () => {
    const fromBin = (...args: string[]) => spawnSync(tsx, ["src/cli/bin.ts", ...args], { cwd: repo, encoding: "utf8" });
    const report = fromBin("validate", "seeds/sample-workbook.xlsx");
    expect(report.stderr).toBe("");
    expect(report.status).toBe(1);
    expect(report.stdout).toMatch(/^✖ \d+ errors, \d+ warnings, \d+ info$/m);
    const missing = fromBin("validate", "missing.xlsx");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("No such file: missing.xlsx\n");
  });

  it("writes the JSON report to --out and prints the summary", () => {
    const out = join(dir, "report.json");
    const result = run("validate", "seeds/sample-workbook.xlsx", "--format", "json", "--out", out);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^✖ \d+ errors, .*\(report written to .*report\.json\)\n$/);
    const report = JSON.parse(readFileSync(out, "utf8")) as { file: string; findings: unknown[] };
    expect(report.file).toBe("seeds/sample-workbook.xlsx");
    expect(report.findings.length).toBeGreaterThan(5);
  });
});
