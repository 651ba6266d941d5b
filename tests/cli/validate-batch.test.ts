/**
 * `validate` over several workbooks: files, folders and globs in one call, one summary, the worst
 * exit status; --format json (the batch shape) and sarif; --quiet; --max-warnings.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { GlobPattern } from "../../src/cli/glob-match";
import { runCli } from "../../src/cli/main";
import { templateWorkbookBytes } from "../../src/cli/template-workbook";
import { defaultReference } from "../../src/model/default-reference";

const sample = resolve(__dirname, "..", "..", "seeds", "sample-workbook.xlsx");
const dir = mkdtempSync(join(tmpdir(), "cer-batch-"));
const books = join(dir, "books");
const clean = join(books, "nested", "clean.xlsx");
const withErrors = join(books, "sample.xlsx");
// Saved with macros: read as any workbook (only its name differs here).
const withMacros = join(books, "nested", "macros.xlsm");

interface BatchJson {
  valid: boolean;
  summary: { files: number; unreadable: number; errors: number; warnings: number; info: number };
  files: Array<{ file: string; valid?: boolean; error?: string; findings?: Array<{ severity: string }> }>;
}

beforeAll(async () => {
  mkdirSync(join(books, "nested"), { recursive: true });
  copyFileSync(sample, withErrors);
  writeFileSync(clean, await templateWorkbookBytes(defaultReference()));
  writeFileSync(withMacros, await templateWorkbookBytes(defaultReference()));
  // Excel's lock file and a non-workbook are never picked up from a folder.
  writeFileSync(join(books, "~$sample.xlsx"), "lock");
  writeFileSync(join(books, "notes.txt"), "notes");
});

describe("validate, batch", () => {
  it("takes a folder: every .xlsx and .xlsm below it, one summary, exit 1 for the errors", async () => {
    const result = await runCli(["validate", books]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(`${clean}\n`);
    expect(result.stdout).toContain(`${withErrors}\n`);
    expect(result.stdout).toContain(`${withMacros}\n`);
    expect(result.stdout).not.toContain("~$");
    expect(result.stdout).toMatch(/\n✖ 3 workbooks: \d+ errors, \d+ warnings, \d+ info\n$/);
  });

  it("prints the batch JSON shape, each entry the one-workbook report", async () => {
    const result = await runCli(["validate", clean, withErrors, "--format", "json"]);
    const json = JSON.parse(result.stdout) as BatchJson;
    expect(json.valid).toBe(false);
    expect(json.summary).toMatchObject({ files: 2, unreadable: 0 });
    expect(json.files.map((f) => [f.file, f.valid])).toEqual([
      [clean, true],
      [withErrors, false],
    ]);
    // The one-workbook report's fields, in order; later fields (the consistency review, stale waivers) are additions.
    expect(Object.keys(json.files[1] ?? {}).slice(0, 5)).toEqual(["file", "valid", "summary", "sheets", "findings"]);
    expect(Object.keys(json.files[1] ?? {}).slice(5)).toEqual(["consistency"]);
  });

  it("goes on past an unreadable workbook, naming it on stderr, and exits 2", async () => {
    const result = await runCli(["validate", withErrors, join(dir, "missing.xlsx"), "--format", "json"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(`${join(dir, "missing.xlsx")}: No such file: ${join(dir, "missing.xlsx")}\n`);
    const json = JSON.parse(result.stdout) as BatchJson;
    expect(json.summary).toMatchObject({ files: 2, unreadable: 1 });
    expect(json.files[1]).toEqual({
      file: join(dir, "missing.xlsx"),
      error: `No such file: ${join(dir, "missing.xlsx")}`,
    });
  });

  it("expands a quoted glob, ** included", async () => {
    const result = await runCli(["validate", `${books}/**/*.xlsx`, "--format", "json"]);
    expect((JSON.parse(result.stdout) as BatchJson).files.map((f) => f.file)).toEqual([clean, withErrors]);
    const none = await runCli(["validate", `${books}/*.xlsm`]);
    expect(none).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/^No \.xlsx or \.xlsm workbook matches /),
    });
    expect(new GlobPattern("books/**/*.xlsx").matches("books/a/b/c.xlsx")).toBe(true);
    expect(new GlobPattern("books/*.xlsx").matches("books/a/c.xlsx")).toBe(false);
    expect(new GlobPattern("{a,b}?.xlsx").matches("b1.xlsx")).toBe(true);
  });

  it("--quiet lists errors only and keeps the counts", async () => {
    const loud = JSON.parse((await runCli(["validate", withErrors, "--format", "json"])).stdout) as {
      summary: object;
      findings: Array<{ severity: string }>;
    };
    const quiet = await runCli(["validate", withErrors, "--format", "json", "--quiet"]);
    const json = JSON.parse(quiet.stdout) as typeof loud;
    expect(json.summary).toEqual(loud.summary);
    expect(json.findings.length).toBeGreaterThan(0);
    expect(json.findings.every((f) => f.severity === "error")).toBe(true);
    expect(json.findings.length).toBeLessThan(loud.findings.length);
    const text = await runCli(["validate", withErrors, "--quiet"]);
    expect(text.stdout).not.toMatch(/\d+ warnings?$/m);
  });

  it("--max-warnings: exit 1 past the limit, as ESLint", async () => {
    expect((await runCli(["validate", clean, "--max-warnings", "0"])).exitCode).toBe(0);
    const warnings = (
      JSON.parse((await runCli(["validate", withErrors, "--format", "json"])).stdout) as {
        summary: { warnings: number };
      }
    ).summary.warnings;
    expect(warnings).toBeGreaterThan(0);
    const over = await runCli(["validate", withErrors, "--max-warnings", String(warnings - 1)]);
    expect(over.exitCode).toBe(1);
    expect(over.stdout).toContain(`Too many warnings: ${warnings}, more than --max-warnings ${warnings - 1}.`);
  });

  it("--format sarif: a SARIF 2.1.0 log with one result per finding, located by file and cell", async () => {
    const result = await runCli(["validate", clean, withErrors, "--format", "sarif"]);
    expect(result.exitCode).toBe(1);
    const log = JSON.parse(result.stdout) as {
      version: string;
      runs: Array<{
        tool: {
          driver: {
            name: string;
            rules: Array<{ id: string; shortDescription: { text: string }; fullDescription: { text: string } }>;
          };
        };
        results: Array<{
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: Array<{
            physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } };
            logicalLocations: Array<{ fullyQualifiedName: string }>;
          }>;
        }>;
      }>;
    };
    expect(log.version).toBe("2.1.0");
    const [run] = log.runs;
    expect(run?.tool.driver.name).toBe("cerdc");
    const json = JSON.parse((await runCli(["validate", withErrors, "--format", "json"])).stdout) as {
      findings: Array<{ rule: string; sheet: string; cell: string; row: number; message: string }>;
    };
    expect(run?.results).toHaveLength(json.findings.length);
    const first = run?.results[0];
    expect(run?.tool.driver.rules[first?.ruleIndex ?? -1]?.id).toBe(first?.ruleId);
    // A rule's short description is its title, the full one its description.
    expect(run?.tool.driver.rules.find((rule) => rule.id === "category.unknown")).toMatchObject({
      shortDescription: { text: "Unknown information category" },
      fullDescription: { text: expect.stringMatching(/^Information Category must be one of the framework's/) },
    });
    expect(["error", "warning", "note"]).toContain(first?.level);
    // The books lie outside the working folder: absolute file: URIs.
    expect(first?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(`file://${withErrors}`);
    expect(first?.locations[0]?.physicalLocation.region.startLine).toBe(json.findings[0]?.row);
    expect(first?.locations[0]?.logicalLocations[0]?.fullyQualifiedName).toBe(
      `'${json.findings[0]?.sheet}'!${json.findings[0]?.cell}`,
    );
    expect(first?.message.text).toBe(
      `'${json.findings[0]?.sheet}'!${json.findings[0]?.cell}: ${json.findings[0]?.message}`,
    );
    // A book below the working folder: a relative URI against %SRCROOT%.
    const inside = JSON.parse(
      (await runCli(["validate", "seeds/sample-workbook.xlsx", "--format", "sarif"])).stdout,
    ) as typeof log;
    expect(inside.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({
      uri: "seeds/sample-workbook.xlsx",
      uriBaseId: "%SRCROOT%",
    });
  });
});

describe("colour", () => {
  it("only on a terminal, never with NO_COLOR, never for TERM=dumb", async () => {
    const { wantsColor } = await import("../../src/cli/main");
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: "" })).toBe(false);
    expect(wantsColor({ isTTY: true }, { TERM: "dumb" })).toBe(false);
  });
});
