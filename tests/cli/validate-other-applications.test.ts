/**
 * A workbook saved by another spreadsheet application reads the same: the sample workbook opened and
 * saved again by LibreOffice (which rewrites every part its own way) gives the same findings.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../../src/cli/main";

const soffice = "/usr/bin/soffice";
const haveSoffice = existsSync(soffice);
if (!haveSoffice) console.warn("skipped: LibreOffice (soffice) not installed; .ci/run installs it");
const itWithSoffice = haveSoffice ? it : it.skip;

const sample = resolve(__dirname, "..", "..", "seeds", "sample-workbook.xlsx");

async function findings(file: string): Promise<string[]> {
  const result = await runCli(["validate", file, "--format", "json"]);
  expect(result.stderr).toBe("");
  const report = JSON.parse(result.stdout) as {
    findings: Array<{ sheet: string; cell: string; rule: string; suggestion?: string }>;
  };
  return report.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.suggestion ?? ""}`).sort();
}

itWithSoffice("the sample saved again by LibreOffice gives the same findings", async () => {
  const out = mkdtempSync(join(tmpdir(), "cer-lo-"));
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${out}/profile`, "--headless", "--convert-to", "xlsx", "--outdir", out, sample],
    { stdio: "ignore", timeout: 120000 },
  );
  const resaved = join(out, "sample-workbook.xlsx");
  expect(existsSync(resaved)).toBe(true);
  expect(await findings(resaved)).toEqual(await findings(sample));
});
