/**
 * The rules' throughput over an already-parsed Data Categorisation tab, steady state: median
 * seconds of `runs` runs after warm-up runs, with the first run (which builds the per-tab column
 * dictionaries and groupings) beside it.
 *
 * run.ts judges the rules as they ship: this file bundled by esbuild as the installed command is
 * (scripts/build-cli.mjs), run in a fresh node; under tsx, the development runner, every use of an
 * imported name is a getter call, which makes the same rules about twice as slow. Run as a script:
 *   node --expose-gc rules-figure.js <book.xlsx> <runs>   prints one JSON line of RulesFigure.
 */
import { readFileSync } from "node:fs";
import { defaultReference } from "../src/model/default-reference";
import { runRules } from "../src/check/run-rules";
import { readWorkbook } from "../src/sheets/parsed-workbook";
import { openXlsx } from "../src/workbook/xlsx/xlsx-workbook";

export const WARM_UP_RUNS = 20;

export interface RulesFigure {
  seconds: number;
  best: number;
  cpuSeconds: number;
  first: number;
  findings: number;
}

/** A full collection between timed runs, when node was started with --expose-gc. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Median seconds of `runs` runs of the rules over already-parsed tabs, after warm-up runs; and the first run's seconds. */
export async function rulesSeconds(path: string, runs: number): Promise<RulesFigure> {
  const model = defaultReference();
  const book = await readWorkbook(openXlsx(readFileSync(path)));
  collectGarbage();
  const firstStart = process.hrtime.bigint();
  runRules(book, model);
  const first = Number(process.hrtime.bigint() - firstStart) / 1e9;
  // Throughput is a steady-state figure: let the JIT compile the rules first. Each rule's check is
  // called once per run, so V8 needs about 15 to 20 runs before it has optimised them all; fewer
  // warm-up runs measure the tiering, not the rules.
  for (let i = 0; i < WARM_UP_RUNS; i++) runRules(book, model);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    // Each run pays for its own garbage, not for what the runs before it left behind.
    collectGarbage();
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    findings = runRules(book, model).length;
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1e6);
  }
  return { seconds: median(times), best: Math.min(...times), cpuSeconds: median(cpuTimes), first, findings };
}

if (require.main === module) {
  const [path = "", runs = "5"] = process.argv.slice(2);
  void rulesSeconds(path, Number(runs)).then((figure) => process.stdout.write(`${JSON.stringify(figure)}\n`));
}
