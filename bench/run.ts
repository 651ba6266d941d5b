/**
 * `npm run bench`: prints the figures the performance and packaging goals are judged by. Nothing here
 * asserts; a line ends in "ok" or "MISS" against its goal so a reader sees at once, and a miss is
 * never hidden:
 *   - rules throughput on 1k, 10k and 50k Data Categorisation rows (goal >= 1,000,000 rows/s; below
 *     500,000 is a miss of the floor too), steady state after warm-up, with the first run (which
 *     builds the per-tab column dictionaries and groupings) printed beside it; judged on the rules
 *     as they ship (bundled by esbuild, rules-figure.ts), the figure under tsx printed for context,
 *   - linear growth (50k time <= 6x the 10k time),
 *   - the installed command (dist-cli/cerdc.js, built first) `validate` on 50k rows against a plain
 *     exceljs readFile of the same file, both as fresh node processes timed from spawn to exit,
 *     alternated (goal <= 0.15x; above 0.25x is a miss of the floor too), and lower peak memory,
 *   - `cerdc --help` (goal < 0.1 s, node's own start-up printed for scale),
 *   - production packages (package-lock.json entries not marked dev: what `npm install --omit=dev`
 *     of the package pulls) and how many of them are deprecated,
 *   - `fix` on 50k rows against an exceljs read and write of the same file.
 *   - highlighting 10,000 flagged cells through the office adapter on the fake Excel: syncs and bytes,
 *   - auto-filling 10,000 and 20,000 rows through the office adapter on the fake Excel: syncs, bytes, core time,
 *   - live mode: requests per typed key cell (<= 2 after its event),
 *   - scale: 100,000 rows through the office adapter on the fake (check, auto-fill, highlight, clear,
 *     revert: syncs, largest request and response, heap, time) and through cerdc validate and fix,
 *   - the task pane's gzipped JavaScript (<= 150 KiB on opening),
 *   - the largest request of every adapter operation at 10k and 100k rows, built by office.js's own
 *     client (bench/office-js-client.ts), against Excel on the web's 5 MB,
 *   - the demo's first render in Chromium (median of fresh loads; goal < 500 ms),
 *   - live re-checking (IncrementalChecker): one edited row at 10k and 50k rows (target < 16 ms, one
 *     frame), a 5,000-row paste (no target; printed), one row inserted and one deleted mid-tab at 50k
 *     (target <= 16 ms).
 * `npm run bench -- office` prints only the figures over the fake Excel and the bundle (fast);
 * `npm run bench -- incremental` only the live re-checking section;
 * `npm run bench -- diff` only `cerdc diff` of two 50,000-row books against one validate, and the
 * size of the Mark as reviewed fingerprint at 1k, 10k and 50k rows;
 * `npm run bench -- attack` only the hostile files of issue 20 (attack-figure.ts: time, peak memory
 * and lines of output of validate on a 1,048,576-row sparse sheet, two zip bombs, a ZIP64 workbook);
 * `npm run bench -- suggest` only the suggestions section (issue 22: top-1 and top-3 accuracy of the
 * framework index on the labelled rows, training and held out, and on the fresh set (tuned on from round 3),
 * against its goals; the rows the two unlikely-value rules question among correct ones; the index's size);
 * `npm run bench -- speed` only the speed figures of issue 12 item 3 (rules, linear growth, the
 * installed command against exceljs, --help).
 */
import { buildSync } from "esbuild";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import type { WorkbookReader } from "../src/workbook/port";
import { IncrementalChecker } from "../src/incremental/incremental-checker";
import type { RowChange } from "../src/incremental/row-change";
import { defaultReference } from "../src/model/default-reference";
import { openXlsx } from "../src/workbook/xlsx/xlsx-workbook";
import { writeBenchWorkbook } from "./generate-bench-workbook";
import { attackFigure } from "./attack-figure";
import { autoFillFigure } from "./auto-fill-figure";
import { demoRenderFigure } from "./demo-render-figure";
import { bundleFigure } from "./bundle-figure";
import { highlightFigure } from "./highlight-figure";
import { largestRequestsFigure } from "./largest-requests";
import { liveFigure } from "./live-figure";
import { rulesSeconds, WARM_UP_RUNS, type RulesFigure } from "./rules-figure";
import { cliScaleFigure, officeScaleFigure } from "./scale-figure";
import { diffFigure } from "./diff-figure";
import { questionFigure, suggestFigure } from "./suggest-figure";

const root = resolve(__dirname, "..");
const dir = join(root, ".tmp", "bench");
const SIZES = [1_000, 10_000, 50_000];

/** A full collection between timed runs, when node was started with --expose-gc (npm run bench does). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * A full collection, then a pause for V8's sweeper: it frees the collected pages on other threads
 * after gc() returns, and a run timed straight after would pay for sweeping a heap of 50,000 rows
 * it did not make (measured: 4-5 ms changes timed at 18-20 ms).
 */
async function settledHeap(): Promise<void> {
  collectGarbage();
  await new Promise((done) => setTimeout(done, 50));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function verdict(ok: boolean): string {
  return ok ? "ok" : "MISS";
}

async function workbook(rows: number): Promise<string> {
  const path = join(dir, `categorisation-${rows}.xlsx`);
  if (!existsSync(path)) {
    process.stdout.write(`generating ${path}...\n`);
    await writeBenchWorkbook(path, rows);
  }
  return path;
}

/** The rules figure as the rules ship: rules-figure.ts bundled as the installed command is, in a fresh node. */
function shippedRulesSeconds(path: string, runs: number): RulesFigure {
  const bundle = join(dir, "rules-figure.js");
  // The options of scripts/build-cli.mjs.
  buildSync({
    entryPoints: [join(root, "bench", "rules-figure.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minifySyntax: true,
    logLevel: "warning",
  });
  const line = execFileSync(process.execPath, ["--expose-gc", bundle, path, String(runs)], { encoding: "utf8" });
  return JSON.parse(line.trim().split("\n").pop() ?? "{}") as RulesFigure;
}

interface Measurement {
  ms: number;
  maxRssMb: number;
  /** User + system CPU time of the process, where GNU time reports it. */
  cpuMs?: number;
}

/** One fresh node process, timed from spawn to exit (start-up and module loading included); peak memory from GNU time when present. */
function processOnce(args: string[], okStatus: number[]): Measurement {
  const useTime = existsSync("/usr/bin/time");
  const command = useTime ? "/usr/bin/time" : process.execPath;
  const argv = useTime ? ["-f", "%M %U %S", process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const result = spawnSync(command, argv, { encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Math.round(Number(process.hrtime.bigint() - start) / 1e6);
  if (!okStatus.includes(result.status ?? -1))
    throw new Error(`${args.join(" ")}: exit ${result.status}: ${result.stderr}`);
  const [kb = NaN, user = NaN, system = NaN] = useTime
    ? (result.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number)
    : [];
  return { ms, maxRssMb: Number.isFinite(kb) ? Math.round(kb / 1024) : NaN, cpuMs: Math.round((user + system) * 1000) };
}

function measureOnce(job: string, file: string): Measurement {
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const out = join(dir, `${job}-out.xlsx`);
  const line = execFileSync(tsx, [join(root, "bench", "measure.ts"), job, file, out], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(line.trim().split("\n").pop() ?? "{}") as Measurement;
}

/**
 * Medians of `rounds` runs of each job, alternating between them so that whatever else the machine
 * is doing weighs on both sides alike.
 */
function sideBySide(jobs: Array<() => Measurement>, rounds = 3): Measurement[] {
  const runs: Measurement[][] = jobs.map(() => []);
  for (let round = 0; round < rounds; round++) jobs.forEach((job, i) => runs[i]?.push(job()));
  return runs.map((list) => ({
    ms: median(list.map((m) => m.ms)),
    maxRssMb: median(list.map((m) => m.maxRssMb)),
    cpuMs: median(list.map((m) => m.cpuMs ?? NaN)),
  }));
}

/** Production packages per package-lock.json (what --omit=dev installs), and the deprecated ones among them. */
function productionPackages(): { count: number; deprecated: string[] } {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean; deprecated?: string }>;
  };
  const production = Object.entries(lock.packages).filter(
    ([path, entry]) => path !== "" && entry.dev !== true && entry.devOptional !== true,
  );
  return {
    count: production.length,
    deprecated: production
      .filter(([, entry]) => entry.deprecated !== undefined)
      .map(([path]) => path.replace(/^.*node_modules\//, "")),
  };
}

/** Milliseconds `change` takes to apply (it returns the full list of findings), on a settled heap. */
async function applyMs(checker: IncrementalChecker, change: RowChange): Promise<number> {
  await settledHeap();
  const start = process.hrtime.bigint();
  checker.apply(change);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Median milliseconds of `changes` applied one by one, after `warmUp` of them (untimed). */
async function medianMs(checker: IncrementalChecker, changes: readonly RowChange[], warmUp: number): Promise<number> {
  const times: number[] = [];
  for (const [i, change] of changes.entries()) {
    if (i < warmUp) checker.apply(change);
    else times.push(await applyMs(checker, change));
  }
  return median(times);
}

/**
 * Live re-checking of Data Categorisation rows: edits that change a row's Sensitivity and object
 * name (so its object's group is compared again), a paste over 5,000 rows of other rows' cells,
 * and one row inserted or deleted mid-tab (every row below it moves: renumbered, its findings moved).
 */
async function incrementalSection(paths: ReadonlyMap<number, string>): Promise<void> {
  process.stdout.write("\nIncremental re-check (IncrementalChecker.apply, findings of the whole workbook returned)\n");
  const model = defaultReference();
  const sheet = "Data Categorisation";
  for (const rows of [10_000, 50_000]) {
    const reader = openXlsx(readFileSync(paths.get(rows) ?? ""));
    const grid = await reader.readSheet(sheet);
    const checker = await IncrementalChecker.open(reader, model);
    const data = grid.rows.slice(-rows); // the data rows, below the title and header
    const cellsOf = (i: number) => [...(data[i]?.cells ?? [])];
    const middle = data[Math.floor(rows / 2)]?.row ?? 0;
    const edits: RowChange[] = Array.from({ length: 80 }, (_, i) => {
      const cells = cellsOf(Math.floor(rows / 2));
      cells[15] = i % 2 === 0 ? "Critical" : (cells[15] ?? "");
      cells[7] = i % 4 < 2 ? `${cells[7] ?? ""}s` : (cells[7] ?? "");
      return { kind: "edit", sheet, rows: [{ row: middle, cells }] };
    });
    const ms = await medianMs(checker, edits, 20);
    const mode = checker.lastCheck;
    process.stdout.write(
      `  one edited row at ${String(rows).padStart(6)} rows  ${ms.toFixed(2).padStart(8)} ms  (${mode})  ${verdict(ms < 16)} (< 16 ms)\n`,
    );
    if (rows !== 50_000) continue;
    const at = data[20_000]?.row ?? 0;
    const pastes: RowChange[] = Array.from({ length: 6 }, (_, k) => ({
      kind: "edit",
      sheet,
      rows: Array.from({ length: 5_000 }, (_, i) => ({
        row: at + i,
        cells: cellsOf(k % 2 === 0 ? 30_000 + i : 20_000 + i),
      })),
    }));
    process.stdout.write(
      `  5,000-row paste at   50000 rows  ${(await medianMs(checker, pastes, 1)).toFixed(1).padStart(8)} ms  (${checker.lastCheck})  no target\n`,
    );
    // Inserts and deletes alternate so the tab keeps its size; each kind is timed on its own (issue 19
    // item 4: <= 16 ms). The first change after opening runs code not yet compiled: it is printed
    // apart, and ten more warm V8 up before twenty of each kind are timed.
    const shifts = Array.from({ length: 52 }, (_, k): RowChange =>
      k % 2 === 0
        ? { kind: "insert", sheet, at: middle, count: 1, cells: [cellsOf(0)] }
        : { kind: "delete", sheet, at: middle, count: 1 },
    );
    const first = await applyMs(checker, shifts[0] as RowChange);
    const times: Record<"insert" | "delete", number[]> = { insert: [], delete: [] };
    const modes: Record<"insert" | "delete", string> = { insert: checker.lastCheck, delete: "" };
    for (const [k, change] of shifts.entries()) {
      if (k === 0) continue;
      const kind = change.kind as "insert" | "delete";
      if (k < 12) checker.apply(change);
      else times[kind].push(await applyMs(checker, change));
      modes[kind] = checker.lastCheck;
    }
    process.stdout.write(
      `  first row inserted after opening  ${first.toFixed(1).padStart(8)} ms  (${modes.insert}; code not yet compiled)  no target\n`,
    );
    for (const [kind, label] of [
      ["insert", "one row inserted"],
      ["delete", "one row deleted"],
    ] as const) {
      const ms = median(times[kind]);
      const slowest = Math.max(...times[kind]);
      process.stdout.write(
        `  ${label} mid-tab at 50000 rows  ${ms.toFixed(1).padStart(8)} ms median of ${times[kind].length}, slowest ${slowest.toFixed(1)} ms  (${modes[kind]}; 25,000 rows move)  ${verdict(ms <= 16)} (<= 16 ms)\n`,
      );
    }
    // The same tab with a note under the data, as analysts leave one: edits and shifts stay
    // incremental (the note is listed by row.not-data and moves with the rows).
    const withNote: WorkbookReader = {
      sheetNames: () => reader.sheetNames(),
      readSheet: async (name) => {
        const read = await reader.readSheet(name);
        if (name !== sheet) return read;
        const last = read.rows[read.rows.length - 1]?.row ?? 0;
        return { ...read, rows: [...read.rows, { row: last + 2, cells: ["Note: latency is indicative"] }] };
      },
    };
    const noted = await IncrementalChecker.open(withNote, model);
    const notedEdit = await medianMs(noted, edits, 20);
    const notedMode = noted.lastCheck;
    const notedShift = await medianMs(noted, shifts, 12);
    process.stdout.write(
      `  with a note under the data: one edited row ${notedEdit.toFixed(2).padStart(8)} ms (${notedMode}), one row inserted or deleted ${notedShift.toFixed(1)} ms (${noted.lastCheck})  ${verdict(notedEdit < 16 && notedShift <= 16)} (<= 16 ms)\n`,
    );
  }
}

async function main(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  if (process.argv.includes("suggest")) return suggestSection();
  if (process.argv.includes("incremental")) {
    const sizes = new Map<number, string>();
    for (const rows of [10_000, 50_000]) sizes.set(rows, await workbook(rows));
    await incrementalSection(sizes);
    return;
  }
  if (process.argv.includes("diff")) {
    const paths = new Map<number, string>();
    for (const rows of SIZES) paths.set(rows, await workbook(rows));
    execFileSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { encoding: "utf8" });
    process.stdout.write(
      "\ncerdc diff of two 50,000-row books against one validate, fresh node processes timed spawn to exit: medians of 3, alternated\n",
    );
    process.stdout.write(
      await diffFigure(paths, { dir, bin: join(root, "dist-cli", "cerdc.js"), sideBySide, processOnce, verdict }),
    );
    return;
  }
  if (process.argv.includes("attack")) {
    process.stdout.write("\nHostile files through cerdc validate (fresh process each)\n");
    process.stdout.write(attackFigure(root, dir));
    return;
  }
  const speedOnly = process.argv.includes("speed");
  if (!speedOnly) await officeAndScaleSections();
  if (process.argv.includes("office")) return;
  const paths = new Map<number, string>();
  for (const rows of SIZES) paths.set(rows, await workbook(rows));
  await speedSection(paths);
  if (speedOnly) return;
  await fixSection(paths.get(50_000) ?? "");
  // In a process of its own, as the pane holds one workbook: after the sections above, this process
  // holds hundreds of MB they left, and each edit then paid for collecting them (36 ms, not 2).
  const incremental = spawnSync(process.execPath, [...process.execArgv, __filename, "incremental"], {
    encoding: "utf8",
  });
  process.stdout.write(incremental.stdout);
  if (incremental.status !== 0)
    process.stdout.write(
      `  the incremental section ended with ${incremental.status ?? incremental.signal}: MISS\n${incremental.stderr}`,
    );
  process.stdout.write("\nHostile files through cerdc validate (fresh process each)\n");
  process.stdout.write(attackFigure(root, dir));
  await suggestSection();
}

/** Issue 22: the framework index's suggestions against the labelled rows, the two rules on correct rows, the index's size. */
async function suggestSection(): Promise<void> {
  process.stdout.write(
    "\nSuggestions from the framework's definitions (bench/labelled-rows.json, every third row held out from tuning; bench/labelled-rows-fresh.json, tuned on from round 3; bench/labelled-rows-fresh2.json, never tuned on)\n",
  );
  process.stdout.write(suggestFigure());
  process.stdout.write(await questionFigure());
}

/** The figures over the fake Excel, the bundle, and the 100,000-row scale through the office adapter. */
async function officeAndScaleSections(): Promise<void> {
  process.stdout.write(
    "\nHighlight through the office adapter on the fake Excel (scattered cells, three severities)\n",
  );
  process.stdout.write(await highlightFigure());
  process.stdout.write(
    "\nAuto-fill through the office adapter on the fake Excel (Capability ID typed, three lookups per row)\n",
  );
  process.stdout.write(await autoFillFigure());
  process.stdout.write("\nLive mode through the office adapters on the fake Excel\n");
  process.stdout.write(await liveFigure());
  process.stdout.write("\nTask pane bundle (production build)\n");
  process.stdout.write(bundleFigure(root, join(dir, "dist")));
  process.stdout.write("\nThe demo's first render in Chromium (navigation to the pane's first frame)\n");
  process.stdout.write(await demoRenderFigure());
  process.stdout.write("\nScale: a 100,000-row Data Categorisation tab through the office adapter on the fake Excel\n");
  process.stdout.write(await officeScaleFigure());
  process.stdout.write(
    "\nLargest request of each operation as office.js's own client builds it (excel-web-16.00), against 5 MB\n",
  );
  process.stdout.write(await largestRequestsFigure());
  if (process.argv.includes("office")) return;
  process.stdout.write("\nScale: a 100,000-row workbook through the command line\n");
  process.stdout.write(await cliScaleFigure());
}

/** Issue 12 item 3: rules throughput and its growth, the installed command against exceljs, --help. */
async function speedSection(paths: ReadonlyMap<number, string>): Promise<void> {
  const [load1 = 0, load5 = 0] = loadavg();
  process.stdout.write(
    `machine: ${cpus().length} cores, load average ${load1.toFixed(2)} (1 min) ${load5.toFixed(2)} (5 min) at the start; wall-clock figures are judged, CPU figures are printed for context\n`,
  );
  process.stdout.write(
    `\nRules over parsed Data Categorisation rows, as they ship (bundled by esbuild like dist-cli, fresh node; median of many runs after ${WARM_UP_RUNS} warm-up runs: 100 at 1k, 10 at 10k, 5 at 50k; the first run beside it)\n`,
  );
  const seconds = new Map<number, number>();
  for (const rows of SIZES) {
    // Small books finish in milliseconds, where one GC pause skews a run: take more of them.
    const runs = Math.max(5, Math.round(100_000 / rows));
    const { seconds: s, best, cpuSeconds, first, findings } = shippedRulesSeconds(paths.get(rows) ?? "", runs);
    const underTsx = await rulesSeconds(paths.get(rows) ?? "", runs);
    seconds.set(rows, s);
    const rate = rows / s;
    const goal =
      rate >= 1_000_000
        ? "ok"
        : rate >= 500_000
          ? "MISS (goal >= 1,000,000 rows/s; floor 500,000 met)"
          : "MISS (goal >= 1,000,000 rows/s; below the 500,000 floor)";
    process.stdout.write(
      `  ${String(rows).padStart(6)} rows  ${(s * 1000).toFixed(1).padStart(8)} ms  ${Math.round(rate).toLocaleString("en-AU").padStart(11)} rows/s  ${goal.startsWith("ok") ? "ok (>= 1,000,000 rows/s)" : goal}\n` +
        `               best run ${(best * 1000).toFixed(1)} ms (${Math.round(rows / best).toLocaleString("en-AU")} rows/s);  CPU ${(cpuSeconds * 1000).toFixed(1)} ms (${Math.round(rows / cpuSeconds).toLocaleString("en-AU")} rows/s of CPU time);  first run ${(first * 1000).toFixed(1)} ms (${Math.round(rows / first).toLocaleString("en-AU")} rows/s, builds the per-tab dictionaries);  ${findings} findings\n` +
        `               under tsx (development runner, context only): ${(underTsx.seconds * 1000).toFixed(1)} ms (${Math.round(rows / underTsx.seconds).toLocaleString("en-AU")} rows/s)\n`,
    );
  }
  const growth = (seconds.get(50_000) ?? 0) / (seconds.get(10_000) ?? 1);
  process.stdout.write(`  50k / 10k time: ${growth.toFixed(2)}x  ${verdict(growth <= 6)} (<= 6x: linear)\n`);

  const big = paths.get(50_000) ?? "";
  execFileSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { encoding: "utf8" });
  const bin = join(root, "dist-cli", "cerdc.js");
  const report = join(dir, "validate-report.json");
  // Five rounds: on a shared machine one round can land on a burst of someone else's work.
  process.stdout.write(
    "\nInstalled command on 50,000 rows against exceljs, fresh node processes timed spawn to exit: medians of 5, alternated\n",
  );
  // The issue's own measure was plain `validate <file>` (the text report on stdout); the JSON report
  // written to a file (11.5 MB for this book) is the heavier use in a pipeline: both are judged.
  const [plain = { ms: 0, maxRssMb: 0 }, json = { ms: 0, maxRssMb: 0 }, theirs = { ms: 1, maxRssMb: 0 }] = sideBySide(
    [
      () => processOnce([bin, "validate", big], [0, 1]),
      () => processOnce([bin, "validate", big, "--format", "json", "--out", report], [0, 1]),
      () => processOnce(["-e", "new (require('exceljs').Workbook)().xlsx.readFile(process.argv[1])", big], [0]),
    ],
    5,
  );
  const ratioGoal = (ratio: number) =>
    ratio <= 0.15
      ? "ok (<= 0.15x)"
      : ratio <= 0.25
        ? "MISS (goal <= 0.15x; floor 0.25x met)"
        : "MISS (goal <= 0.15x; above the 0.25x floor)";
  process.stdout.write(
    `  node + exceljs readFile              ${String(theirs.ms).padStart(7)} ms  peak ${String(theirs.maxRssMb).padStart(5)} MB  CPU ${theirs.cpuMs} ms\n`,
  );
  for (const [label, ours] of [
    ["cerdc validate (text to stdout)", plain],
    ["cerdc validate --format json --out", json],
  ] as const) {
    const ratio = ours.ms / theirs.ms;
    process.stdout.write(
      `  ${label.padEnd(36)} ${String(ours.ms).padStart(7)} ms  peak ${String(ours.maxRssMb).padStart(5)} MB  CPU ${ours.cpuMs} ms\n`,
    );
    process.stdout.write(
      `      time ratio ${ratio.toFixed(2)}x  ${ratioGoal(ratio)};  CPU ratio ${((ours.cpuMs ?? NaN) / (theirs.cpuMs ?? NaN)).toFixed(2)}x (context);  memory ${verdict(ours.maxRssMb < theirs.maxRssMb)} (below exceljs)\n`,
    );
  }

  const helps: number[] = [];
  const nodes: number[] = [];
  for (let i = 0; i < 10; i++) {
    helps.push(processOnce([bin, "--help"], [0]).ms);
    nodes.push(processOnce(["-e", "0"], [0]).ms);
  }
  const help = median(helps);
  process.stdout.write(
    `\ncerdc --help: ${help} ms (median of 10; node -e 0 takes ${median(nodes)} ms here)  ${verdict(help < 100)} (< 100 ms)\n`,
  );

  const production = productionPackages();
  process.stdout.write(
    `production packages: ${production.count} (npm install --omit=dev of the package; everything the command needs is bundled), deprecated among them: ${production.deprecated.length}  ${verdict(production.deprecated.length === 0)}${production.deprecated.length > 0 ? ` (${production.deprecated.join(", ")})` : ""}\n`,
  );
}

/** fix on 50k rows against an exceljs read and write of the same file. */
async function fixSection(big: string): Promise<void> {
  try {
    const [fix = { ms: 0, maxRssMb: 0 }, readWrite = { ms: 1, maxRssMb: 0 }] = sideBySide([
      () => measureOnce("fix", big),
      () => measureOnce("exceljs-read-write", big),
    ]);
    process.stdout.write(
      "\nfix on 50,000 rows against exceljs read + write (in-process times): medians of 3 fresh-process runs each, alternated\n",
    );
    process.stdout.write(
      `  fix                       ${String(fix.ms).padStart(7)} ms  peak ${String(fix.maxRssMb).padStart(5)} MB\n`,
    );
    process.stdout.write(
      `  exceljs readFile+writeFile ${String(readWrite.ms).padStart(6)} ms  peak ${String(readWrite.maxRssMb).padStart(5)} MB\n`,
    );
    process.stdout.write(`  time ratio ${(fix.ms / readWrite.ms).toFixed(2)}x\n`);
  } catch (error) {
    process.stdout.write(`\nfix: not measured (${(error as Error).message.split("\n")[0]})\n`);
  }
}

void main();
