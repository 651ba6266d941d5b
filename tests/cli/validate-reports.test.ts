/**
 * validate --format markdown|csv|html: the review as a document, from the same check as the other
 * formats (same exit status), printed or written with --out; a workbook whose cells hold
 * formula-like text gets them neutralised in every format.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../../src/cli/main";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { excelJsXlsx } from "../support/xlsx-exceljs";
import { validCategorisation, type CategorisationRow } from "../support/workbook-rows";

const sample = resolve(__dirname, "..", "..", "seeds", "sample-workbook.xlsx");
const dir = mkdtempSync(join(tmpdir(), "cer-reports-"));
const hostile = join(dir, "hostile.xlsx");

/** Unknown categories, so each is a finding's value; the reader trims the tab before "=1+1". */
const formulaRows: CategorisationRow[] = [
  '=HYPERLINK("http://evil.example","click")',
  "+1",
  "-2",
  "@SUM(A1:A2)",
  "\t=1+1",
  "<script>alert(1)</script> | pipe",
].map((value, i) => ({
  activity: `Activity ${i}`,
  informationCategory: value,
}));

beforeAll(async () => {
  const bytes = await excelJsXlsx((workbook) => {
    const sheet = workbook.addWorksheet("Data Categorisation");
    sheet.addRow(categorisationTab.columns.map((c) => c.header));
    for (const row of formulaRows)
      sheet.addRow(categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key]));
  });
  writeFileSync(hostile, bytes);
});

describe("validate --format markdown|csv|csv-summary|html", () => {
  it.each([
    ["markdown", /^# CER data categorisation review: .*sample-workbook\.xlsx\n/],
    [
      "csv",
      /^\uFEFF"Workbook","Sheet","Cell","Row","Column","Rule","Severity","Waived","Message","Value","Suggestion",/,
    ],
    ["html", /^<!DOCTYPE html>\n<html lang="en">/],
    ["csv-summary", /^\uFEFF"Workbook","Table","Row","Column","Count"\r\n/],
  ])("prints the sample's review as %s and exits 1 as validate does for its errors", async (format, start) => {
    const result = await runCli(["validate", sample, "--format", format]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(start);
    expect(result.stdout).toContain(format === "csv-summary" ? '"Capability heat map","4.1.1 ' : "Telemetry (Devices)");
  });

  it("carries the workbook summary and the heat map in the Markdown and HTML reports", async () => {
    const markdown = (await runCli(["validate", sample, "--format", "markdown"])).stdout;
    expect(markdown).toContain("#### Data Categorisation rows by use case group and domain");
    expect(markdown).toContain("#### Capability heat map");
    const html = (await runCli(["validate", sample, "--format", "html"])).stdout;
    expect(html).toContain(
      "<caption>Capability heat map: each Level 2 capability with its Level 3 capabilities and their counts</caption>",
    );
  });

  it("writes the report with --out and prints only the summary line", async () => {
    const out = join(dir, "sample.html");
    const result = await runCli(["validate", sample, "--format", "html", "--out", out]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^✖ \d+ errors?, .* \(report written to .*sample\.html\)\n$/);
    expect(readFileSync(out, "utf8")).toContain("<h3>Consistency review (1)</h3>");
    // Written whole, through a temporary file renamed into place: nothing else is left behind.
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("neutralises formula-like cells of the workbook in every format", async () => {
    const csv = (await runCli(["validate", hostile, "--format", "csv"])).stdout;
    expect(csv).toContain(`"'+1"`);
    expect(csv).toContain(`"'-2"`);
    expect(csv).toContain(`"'=1+1"`);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain(`"'@SUM(A1:A2)"`);
    expect(csv).not.toMatch(/(^|,)"[=+\-@\t\r]/m);
    const markdown = (await runCli(["validate", hostile, "--format", "markdown"])).stdout;
    expect(markdown).toContain("| '+1 |");
    expect(markdown).toContain("| '@SUM(A1:A2) |");
    expect(markdown).toContain("| \\<script\\>alert(1)\\</script\\> \\| pipe |");
    expect(markdown).not.toContain("<script>");
    const html = (await runCli(["validate", hostile, "--format", "html"])).stdout;
    expect(html).toContain("<td>&#39;+1</td>");
    expect(html).toContain("<td>&#39;=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)</td>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script>");
  });

  it("reports a batch in one document, the unreadable workbook listed, and exits 2", async () => {
    const broken = join(dir, "broken.xlsx");
    writeFileSync(broken, "not a workbook");
    const result = await runCli(["validate", sample, broken, "--format", "markdown"]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toMatch(/^# CER data categorisation review: 2 workbooks\n/);
    expect(result.stdout).toContain("## Workbooks that could not be read");
    expect(result.stderr).toContain("broken.xlsx");
  });

  it("names the formats when given another", async () => {
    const result = await runCli(["validate", sample, "--format", "pdf"]);
    expect(result).toMatchObject({ exitCode: 2, stdout: "" });
    expect(result.stderr).toContain(
      '--format must be text, json, sarif, markdown, csv, csv-summary or html, not "pdf".',
    );
  });
});
