/**
 * `npm run bench -- diff`: the diff of two 50,000-row books (the bench's book and a later version of
 * it, sorted backwards with cells edited and rows left out) through the installed command, against
 * one `validate` of the first (goal: within 2x, fresh node processes timed spawn to exit, medians of
 * 3 alternated); and the size of the "Mark as reviewed" fingerprint kept in the workbook's settings
 * at 1k, 10k and 50k rows (goal: a few hundred KB at 50k, within Excel's ~1 MB practical budget).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { reviewFingerprint } from "../src/diff/review-fingerprint";
import { defaultReference } from "../src/model/default-reference";
import { checkWorkbook } from "../src/workflows/check/check";
import { openXlsx } from "../src/workbook/xlsx/xlsx-workbook";
import { writeBenchWorkbook } from "./generate-bench-workbook";

interface Timed {
  ms: number;
  maxRssMb: number;
}

export interface DiffFigureTools {
  dir: string;
  bin: string;
  /** Medians of the jobs' runs, alternated. */
  sideBySide: (jobs: Array<() => Timed>, rounds: number) => Timed[];
  processOnce: (args: string[], okStatus: number[]) => Timed;
  verdict: (ok: boolean) => string;
}

/** The later version: every row's order reversed, Sensitivity edited on every 250th row, every 1,000th row gone. */
async function laterVersion(dir: string, rows: number): Promise<string> {
  const path = join(dir, `categorisation-${rows}-later.xlsx`);
  if (!existsSync(path)) {
    process.stdout.write(`generating ${path}...\n`);
    await writeBenchWorkbook(path, rows, {
      reversed: true,
      edit: (values, i) => {
        if (i % 1000 === 999) return undefined;
        if (i % 250 === 0) values[15] = values[15] === "Critical" ? "Restricted" : "Critical";
        return values;
      },
    });
  }
  return path;
}

export async function diffFigure(paths: ReadonlyMap<number, string>, tools: DiffFigureTools): Promise<string> {
  const lines: string[] = [];
  const big = paths.get(50_000) ?? "";
  const later = await laterVersion(tools.dir, 50_000);
  const out = join(tools.dir, "diff-report.json");
  const [validate = { ms: 1, maxRssMb: 0 }, text = { ms: 0, maxRssMb: 0 }, json = { ms: 0, maxRssMb: 0 }] =
    tools.sideBySide(
      [
        () => tools.processOnce([tools.bin, "validate", big], [0, 1]),
        () => tools.processOnce([tools.bin, "diff", big, later], [0, 1]),
        () => tools.processOnce([tools.bin, "diff", big, later, "--format", "json", "--out", out], [0, 1]),
      ],
      3,
    );
  const diff = JSON.parse(readFileSync(out, "utf8")) as {
    tabs: Array<{ added: unknown[]; removed: unknown[]; changed: unknown[]; moved: number }>;
  };
  const tab = diff.tabs[0];
  lines.push(
    `  cerdc validate (one book, text)           ${String(validate.ms).padStart(7)} ms  peak ${String(validate.maxRssMb).padStart(5)} MB`,
  );
  for (const [label, ours] of [
    ["cerdc diff (two books, text)", text],
    ["cerdc diff --format json --out", json],
  ] as const) {
    const ratio = ours.ms / validate.ms;
    lines.push(
      `  ${label.padEnd(41)} ${String(ours.ms).padStart(7)} ms  peak ${String(ours.maxRssMb).padStart(5)} MB  ${ratio.toFixed(2)}x validate  ${tools.verdict(ratio <= 2)} (<= 2x)`,
    );
  }
  lines.push(
    `      the diff found: ${tab?.added.length ?? 0} added, ${tab?.removed.length ?? 0} removed, ${tab?.changed.length ?? 0} changed, ${tab?.moved ?? 0} moved (made: 50 rows left out, 200 Sensitivity cells edited, every row sorted backwards)`,
  );

  lines.push(
    "",
    "Mark as reviewed: the fingerprint kept in the workbook's settings (6 bytes a row, 4 a finding, base64 in JSON)",
  );
  const model = defaultReference();
  for (const [rows, path] of paths) {
    const book = openXlsx(readFileSync(path));
    const { book: parsed, report } = await checkWorkbook(book, model);
    const start = process.hrtime.bigint();
    const size = JSON.stringify(reviewFingerprint(parsed, report, new Date())).length;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const goal =
      rows === 50_000
        ? `  ${tools.verdict(size <= 500 * 1024)} (<= 500 KB at 50k; Excel's practical budget ~1 MB)`
        : "";
    lines.push(
      `  ${String(rows).padStart(6)} rows, ${String(report.findings.length).padStart(6)} findings  ${(size / 1024).toFixed(1).padStart(7)} KB  made in ${ms.toFixed(1)} ms${goal}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
