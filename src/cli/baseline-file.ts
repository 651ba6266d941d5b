/**
 * validate's baseline at the file system's edge: `--baseline REPORT.json` reads an earlier
 * `validate --format json` report (one workbook or a batch) and marks each file's findings against
 * it (src/check/baseline.ts); `--write-baseline FILE` writes the run's JSON report as the next one,
 * by the rules of every report (baselineRules).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { applyBaseline, baselineFor, baselineOf, type Baseline } from "../check/baseline";
import type { FileOutcome } from "./sarif-report";
import { fileSystemReason } from "./describe-failure";
import { BIN } from "./help";
import { budgetLimit } from "./run-budget";
import { UsageError } from "./usage-error";
import type { OutputRules } from "./output-target";

export function readBaseline(path: string, limit: number = budgetLimit()): Baseline {
  const text = baselineText(path, limit);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(
      `The baseline ${path} cannot be used: it is not JSON; a baseline is a report of ${BIN} validate --format json (or --write-baseline).`,
    );
  }
  try {
    return baselineOf(json);
  } catch (error) {
    throw new UsageError(`The baseline ${path} cannot be used: ${(error as Error).message}`);
  }
}

/**
 * The baseline's text, read as a workbook is: only from a regular file (a FIFO would block and
 * /dev/zero never end; O_NONBLOCK opens a FIFO at once) and never more than the run may hold.
 */
function baselineText(path: string, limit: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new UsageError(`Cannot read the baseline ${path}: it is a folder.`);
    if (!stats.isFile()) throw notRegularFile(path);
    if (stats.size > limit)
      throw new UsageError(
        `Cannot read the baseline ${path}: at ${megabytes(stats.size)} MB it is larger than the ${megabytes(limit)} MB of memory a run may use.`,
      );
    return readFileSync(fd, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENXIO") throw notRegularFile(path); // a socket cannot even be opened
    throw new UsageError(
      `Cannot read the baseline ${path}: ${code === "ENOENT" ? "no such file" : (fileSystemReason(error) ?? (error as Error).message)}`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function notRegularFile(path: string): UsageError {
  return new UsageError(`Cannot read the baseline ${path}: it is not a regular file (a device, pipe or socket).`);
}

const megabytes = (bytes: number): number => Math.round(bytes / 1048576);

/** The outcome with its findings marked against the baseline (when there is one). */
export function againstBaseline(baseline: Baseline | undefined, outcome: FileOutcome): FileOutcome {
  if (baseline === undefined || "error" in outcome) return outcome;
  return { file: outcome.file, report: applyBaseline(outcome.report, baselineFor(baseline, outcome.file)) };
}

/** The outcome listing only the findings the baseline does not hold (what text output shows). */
export function newFindingsOnly(outcome: FileOutcome): FileOutcome {
  if ("error" in outcome) return outcome;
  return {
    file: outcome.file,
    report: { ...outcome.report, findings: outcome.report.findings.filter((f) => f.baselineState !== "unchanged") },
  };
}

/**
 * Where the baseline may go, by the rules of every report: never over a workbook being checked, nor
 * over any workbook, nor over another file unless it is empty, a report of ours, or `force` is given.
 */
export function baselineRules(checked: readonly string[], force: boolean): OutputRules {
  return { command: "validate", inputs: checked, kind: "report", force, option: "--write-baseline" };
}
