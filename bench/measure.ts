/**
 * One measurement in a fresh process, so peak memory (max RSS) belongs to that job alone:
 *   tsx bench/measure.ts <job> <file> [out]
 * Prints one JSON line: {"job","ms","maxRssMb"}. Jobs: validate, fix (the commands, end to end), exceljs-read, exceljs-read-write.
 */
import ExcelJS from "exceljs";
import { rmSync } from "node:fs";
import { runCli } from "../src/cli/main";

type Job = (file: string, out: string) => Promise<unknown>;

const jobs: Record<string, Job> = {
  // The validate command end to end: read the file, parse the tabs, run every rule, write the JSON report.
  validate: async (file, out) => {
    const result = await runCli(["validate", file, "--format", "json", "--out", `${out}.json`]);
    if (result.exitCode === 2) throw new Error(result.stderr);
  },
  // The fix command end to end: read, plan, write the fixed copy.
  fix: async (file, out) => {
    rmSync(out, { force: true });
    const result = await runCli(["fix", file, "--out", out]);
    if (result.exitCode !== 0) throw new Error(result.stderr);
  },
  "exceljs-read": async (file) => new ExcelJS.Workbook().xlsx.readFile(file),
  "exceljs-read-write": async (file, out) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    await book.xlsx.writeFile(out);
  },
};

async function main(): Promise<void> {
  const [job = "", file = "", out = "/dev/null"] = process.argv.slice(2);
  const run = jobs[job];
  if (run === undefined) throw new Error(`unknown job ${job}`);
  const start = process.hrtime.bigint();
  await run(file, out);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(
    `${JSON.stringify({ job, ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
  );
}

void main();
