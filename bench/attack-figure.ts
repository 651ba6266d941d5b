/**
 * `npm run bench -- attack`: the hostile files of issue 20 at full size, each read by `cerdc
 * validate` in a fresh process, against the goals: under 60 s, peak memory (max RSS) under 1.5 GB,
 * one line of output. The files are built by tests/support/hostile-files.ts (the attack suite's
 * builders) into .tmp/bench/attack; tests/attack holds scaled-down versions of each.
 *   - a sheet with one cell in column XFD on each of 1,048,576 rows,
 *   - an honest bomb: 480 MB of tiny rows, its size declared,
 *   - a bomb that declares 1,000 bytes and unpacks to 3 GB,
 *   - a ZIP64 workbook of 70,000 parts (goal: seconds; figure printed),
 *   - the sample with its Data Categorisation tab formatted out to XFD on 4,000 rows (1.4 GB of
 *     empty styled cells, as LibreOffice saves it): read, not refused (goal: its report in 60 s).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { manyPartsBook, rowBomb, sparseXfdBook } from "../tests/support/hostile-files";
import { paddedFormattingBook } from "../tests/support/padded-formatting";

interface Case {
  name: string;
  file: string;
  build: () => Uint8Array;
  /** Goal in seconds. */
  seconds: number;
  /** Refused in one line (the ZIP64 workbook is readable and gets its report instead). */
  oneLine: boolean;
}

export function attackFigure(root: string, dir: string): string {
  const folder = join(dir, "attack");
  mkdirSync(folder, { recursive: true });
  const cases: Case[] = [
    {
      name: "1,048,576 rows, one cell in XFD each",
      file: "sparse-xfd.xlsx",
      build: () => sparseXfdBook(1_048_576),
      seconds: 60,
      oneLine: true,
    },
    {
      name: "honest bomb, 480 MB of tiny rows",
      file: "honest-bomb.xlsx",
      build: () => rowBomb(9_800_000),
      seconds: 60,
      oneLine: true,
    },
    {
      name: "bomb declaring 1,000 bytes, 3 GB inside",
      file: "lying-bomb.xlsx",
      build: () => rowBomb(61_300_000, { lie: true }),
      seconds: 60,
      oneLine: true,
    },
    {
      name: "ZIP64, 70,000 parts",
      file: "zip64-70000.xlsx",
      build: () => manyPartsBook(70_000),
      seconds: 10,
      oneLine: false,
    },
    {
      name: "4,000 rows formatted out to XFD (1.4 GB)",
      file: "padded-formatting-4000.xlsx",
      build: () => paddedFormattingBook(4_000),
      seconds: 60,
      oneLine: false,
    },
  ];
  const lines: string[] = [];
  for (const c of cases) {
    const path = join(folder, c.file);
    if (!existsSync(path)) writeFileSync(path, c.build());
    const started = process.hrtime.bigint();
    // GNU time's %M is the child's peak RSS in KB; the command runs as `npm run -s cli` does.
    const run = spawnSync(
      "/usr/bin/time",
      ["-f", "%M", process.execPath, "--import", "tsx", join(root, "src/cli/main.ts"), "validate", path],
      { cwd: root, encoding: "utf8", timeout: 180_000 },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const stderrLines = run.stderr
      .trim()
      .split("\n")
      .filter((line) => !line.startsWith("Command exited with non-zero status"));
    const peakMb = Math.round(Number(stderrLines.pop() ?? "0") / 1024);
    const output = [...run.stdout.trim().split("\n"), ...stderrLines].filter((line) => line !== "");
    const ok = seconds < c.seconds && peakMb < 1536 && (!c.oneLine || (output.length === 1 && run.status === 2));
    const goal = `< ${c.seconds} s, < 1,536 MB${c.oneLine ? ", one line, exit 2" : ""}`;
    lines.push(
      `  ${c.name.padEnd(42)} ${seconds.toFixed(1).padStart(6)} s  peak ${String(peakMb).padStart(5)} MB  exit ${run.status ?? run.signal}  ${output.length} line${output.length === 1 ? "" : "s"}  ${ok ? "ok" : "MISS"} (${goal})`,
    );
    lines.push(`    ${(c.oneLine ? output[0] : output.at(-1)) ?? ""}`.slice(0, 160));
  }
  return `${lines.join("\n")}\n`;
}
