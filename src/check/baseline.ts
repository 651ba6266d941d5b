/**
 * A baseline for CI, after ESLint's suppressions file and SARIF's baselineState: the findings of an
 * earlier `validate --format json` are the ones a team has agreed to live with; a later run marks
 * each finding "unchanged" when the baseline holds it and "new" otherwise, and counts only the new
 * ones, so CI fails only on what got worse. A finding is known by its fingerprint, the identity a
 * waiver keys it by (rule, tab, column and the row's key cells: waived-findings.ts), so sorting the
 * tab or inserting rows above keeps it unchanged. Fingerprints are counted: a second duplicate of a
 * baselined finding is new. Pure: the command line reads and writes the files.
 */
import * as z from "zod/mini";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import type { Finding } from "./finding";
import type { ValidationReport } from "./validation-report";
import { waiverId, waiverKeyOf } from "./waived-findings";

/** A finding's identity across versions of the workbook: its waiver key, or for a sheet the add-in does not read, its cell. */
export function findingFingerprint(book: ParsedWorkbook, finding: Finding): string {
  const key = waiverKeyOf(book, finding);
  return key === undefined
    ? JSON.stringify([finding.rule, finding.sheet, finding.column, finding.cell])
    : waiverId(key);
}

/** The report with each finding carrying its fingerprint, so its JSON can serve as a later run's baseline. */
export function withFingerprints(book: ParsedWorkbook, report: ValidationReport): ValidationReport {
  return {
    ...report,
    findings: report.findings.map((finding) => ({ ...finding, fingerprint: findingFingerprint(book, finding) })),
  };
}

const findingsSchema = z.array(z.object({ fingerprint: z.optional(z.string()) }));
const reportSchema = z.union([
  z.object({ file: z.optional(z.string()), findings: findingsSchema }),
  z.object({ files: z.array(z.object({ file: z.string(), findings: z.optional(findingsSchema) })) }),
]);

/** The baseline a JSON report holds: fingerprints by file (a batch report) or for any file (one workbook's report). */
export interface Baseline {
  byFile: Map<string, string[]>;
  /** A single workbook's report: its fingerprints apply to whichever workbook is checked. */
  any?: string[];
}

/** Reads a `validate --format json` report (one workbook or a batch); throws an Error saying what is wrong. */
export function baselineOf(json: unknown): Baseline {
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) throw new Error("it is not a JSON report of cerdc validate (no findings list).");
  const fingerprints = (findings: ReadonlyArray<{ fingerprint?: string }>) => {
    if (findings.some((f) => f.fingerprint === undefined))
      throw new Error("its findings have no fingerprints: make it again with this version's validate --format json.");
    return findings.map((f) => f.fingerprint as string);
  };
  const report = parsed.data;
  if ("files" in report) return { byFile: new Map(report.files.map((f) => [f.file, fingerprints(f.findings ?? [])])) };
  return { byFile: new Map(), any: fingerprints(report.findings) };
}

/** The fingerprints the baseline holds for `file`, or [] for a workbook it does not know. */
export function baselineFor(baseline: Baseline, file: string): readonly string[] {
  return baseline.any ?? baseline.byFile.get(file) ?? [];
}

/**
 * The report with every finding marked `baselineState` ("unchanged" when the baseline holds it,
 * else "new"); the counts and `valid` are of the new ones alone (waived ones stay uncounted), and
 * `summary.baseline` says how many were left out as unchanged. `report` must carry fingerprints.
 */
export function applyBaseline(report: ValidationReport, fingerprints: readonly string[]): ValidationReport {
  const left = new Map<string, number>();
  for (const f of fingerprints) left.set(f, (left.get(f) ?? 0) + 1);
  const summary = { ...report.summary, errors: 0, warnings: 0, info: 0, baseline: 0 };
  const findings = report.findings.map((finding): Finding => {
    const print = finding.fingerprint ?? "";
    const known = left.get(print) ?? 0;
    if (known > 0) {
      left.set(print, known - 1);
      if (finding.waived === undefined) summary.baseline++;
      return { ...finding, baselineState: "unchanged" };
    }
    if (finding.waived === undefined) {
      if (finding.severity === "error") summary.errors++;
      else if (finding.severity === "warning") summary.warnings++;
      else summary.info++;
    }
    return { ...finding, baselineState: "new" };
  });
  return { ...report, valid: summary.errors === 0, summary, findings };
}
