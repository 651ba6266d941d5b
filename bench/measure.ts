/**
 * One measurement in a fresh process, so peak memory (max RSS) belongs to that job alone:
 *   tsx bench/measure.ts <job> <file> [out]
 * Prints one JSON line: {"job","ms","maxRssMb"}. Jobs: validate, exceljs-read, fix, exceljs-read-write.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { defaultReference } from "../src/model/default-reference";
import { validateWorkbook } from "../src/rules/validation-report";
import { openXlsx } from "../src/workbook/xlsx/xlsx-workbook";

type Job = (file: string, out: string) => Promise<unknown>;

const jobs: Record<string, Job> = {
  // What `validate` does end to end: read the file, parse the tabs, run every rule.
  validate: async (file) => validateWorkbook(openXlsx(readFileSync(file)), defaultReference()),
  "exceljs-read": async (file) => new ExcelJS.Workbook().xlsx.readFile(file),
  "exceljs-read-write": async (file, out) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    await book.xlsx.writeFile(out);
  },
};

export async function registerFixJob(): Promise<void> {
  // The fix command's core, when the auto-fill module is present.
  try {
    const fix = (await import("../src/workbook/xlsx/fix-workbook")) as {
      fixWorkbookBytes?: (bytes: Uint8Array, options: { normalise: boolean }) => Promise<{ bytes: Uint8Array }>;
    };
    if (fix.fixWorkbookBytes !== undefined) {
      const run = fix.fixWorkbookBytes;
      jobs.fix = async (file, out) => writeFileSync(out, (await run(readFileSync(file), { normalise: false })).bytes);
    }
  } catch {
    // not built yet
  }
}

async function main(): Promise<void> {
  const [job = "", file = "", out = "/dev/null"] = process.argv.slice(2);
  await registerFixJob();
  const run = jobs[job];
  if (run === undefined) throw new Error(`unknown job ${job}`);
  const start = process.hrtime.bigint();
  await run(file, out);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(`${JSON.stringify({ job, ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
}

void main();
