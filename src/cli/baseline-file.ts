/**
 * validate's baseline at the file system's edge: `--baseline REPORT.json` reads an earlier
 * `validate --format json` report (one workbook or a batch) and marks each file's findings against
 * it (src/check/baseline.ts); `--write-baseline FILE` writes the run's JSON report as the next one,
 * by the rules of every report (baselineRules).
 */
import { readFileSync } from "node:fs";
import { applyBaseline, baselineFor, baselineOf, type Baseline } from "../check/baseline";
import type { FileOutcome } from "./sarif-report";
import { UsageError } from "./usage-error";
import type { OutputRules } from "./output-target";

export function readBaseline(path: string): Baseline {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `Cannot read the baseline ${path}: ${code === "ENOENT" ? "no such file" : (error as Error).message}`,
    );
  }
  try {
    return baselineOf(json);
  } catch (error) {
    throw new UsageError(`The baseline ${path} cannot be used: ${(error as Error).message}`);
  }
}

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
