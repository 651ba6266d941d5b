/**
 * `validate` over one or many workbooks, one road for both: files, folders and globs in one call,
 * one summary, and the worst exit status (2 when any book could not be read, else 1 when any has
 * errors or the warnings pass --max-warnings, else 0). Formats: text, json and sarif, and the review
 * reports markdown, csv and html (report-formats.ts). --quiet lists errors only.
 *
 * One workbook (one argument naming a file) gives the single-file report DESIGN section 4 defines;
 * its failure to read is one line and exit 2. The JSON of a batch (more than one argument, or a
 * folder or glob) is
 *   { "valid", "summary": {"files","unreadable","errors","warnings","info"},
 *     "files": [ {file, valid, summary, sheets, findings, consistency, staleWaivers?} | {file, "error": "<one line>"} ] }
 * where each readable file's entry is exactly the single-file report.
 */
import { defaultReference } from "../model/default-reference";
import type { ReferenceModel } from "../model/reference-model";
import type { ValidationReport } from "../check/validation-report";
import type { WorkbookSummary } from "../summary/workbook-summary";
import type { WorkbookReader } from "../workbook/port";
import { checkWorkbook } from "../workflows/check/check";
import { withFingerprints } from "../check/baseline";
import type { SettingsSource } from "../workflows/settings/column-mapping";
import { fixableCounts } from "../workflows/check/fixes-of-findings";
import { againstBaseline, baselineRules, newFindingsOnly, readBaseline } from "./baseline-file";
import { expandTargets } from "./batch-files";
import type { CommandOutput } from "./command-output";
import { parseCommandArgs } from "./command-args";
import { describeFailure } from "./describe-failure";
import { checkOutputTarget, sameFile } from "./output-target";
import { readWorkbookFile } from "./read-workbook-file";
import { isReportFormat, renderReport, REPORT_FORMATS } from "./report-formats";
import { textReportHeading } from "./report-signature";
import { sarifLog, type FileOutcome } from "./sarif-report";
import { terminalSafeData } from "./terminal-text";
import { plural } from "../text/plural";
import { summaryLine, textReport } from "./text-report";
import { UsageError } from "./usage-error";
import { writeOutputFile } from "./write-output-file";

export type { CommandOutput } from "./command-output";

const VALIDATE_USAGE = "validate needs a workbook: validate <book.xlsx>... (cerdc validate --help lists its options)";

type Format = "text" | "json" | "sarif";

export function jsonReport(file: string, report: ValidationReport): string {
  return JSON.stringify({ file, ...report, fixable: fixableCounts(report.findings) }, null, 2) + "\n";
}

/**
 * Checks a workbook file as the pane checks it: the column mapping and the waivers the pane saved
 * travel in the file, so the tabs are read the same way and accepted findings are not counted; the
 * report carries the consistency review, and each finding its fingerprint (so the JSON can be a baseline).
 */
export async function checkWorkbookFile(
  book: WorkbookReader & SettingsSource,
  model: ReferenceModel,
): Promise<ValidationReport> {
  const checked = await checkWorkbook(book, model, { review: true });
  return withFingerprints(checked.book, checked.report);
}

export async function validateCommand(args: string[], options: { color: boolean }): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArgs("validate", args, {
    format: { type: "string", default: "text" },
    out: { type: "string" },
    all: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
    "max-warnings": { type: "string" },
    baseline: { type: "string" },
    "write-baseline": { type: "string" },
    force: { type: "boolean", default: false },
  });
  if (positionals.length === 0) throw new UsageError(VALIDATE_USAGE);
  const format = values.format;
  if (format !== "json" && format !== "text" && format !== "sarif" && !isReportFormat(format))
    throw new UsageError(
      `--format must be text, json, sarif, ${REPORT_FORMATS.slice(0, -1).join(", ")} or ${REPORT_FORMATS.at(-1) ?? ""}, not "${format}".`,
    );
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  const { files, batch } = expandTargets(positionals);
  const baseline = values.baseline === undefined ? undefined : readBaseline(values.baseline);
  const baselined = values.baseline !== undefined || values["write-baseline"] !== undefined;
  if (baselined && isReportFormat(format))
    throw new UsageError("--baseline and --write-baseline go with --format text, json or sarif.");
  // The baseline read is an input too: a report written over it would lose it.
  const inputs = values.baseline === undefined ? files : [...files, values.baseline];
  const outRules = { command: "validate", inputs, kind: "report" as const, force: values.force };
  const baselineTarget = baselineRules(files, values.force);
  // Refused before any checking: a report must never be the reason a workbook is lost.
  if (values.out !== undefined) checkOutputTarget(values.out, outRules);
  if (values["write-baseline"] !== undefined) checkOutputTarget(values["write-baseline"], baselineTarget);
  if (
    values.out !== undefined &&
    values["write-baseline"] !== undefined &&
    sameFile(values.out, values["write-baseline"])
  )
    throw new UsageError(`--out and --write-baseline name one file, ${values.out}: name two files.`);

  const model = defaultReference();
  const outcomes: FileOutcome[] = [];
  // The report formats carry the workbook summary too: the same check, with the tabs it read counted.
  const summaries = new Map<string, WorkbookSummary>();
  for (const file of files) {
    try {
      const book = readWorkbookFile(file);
      if (isReportFormat(format)) {
        const { report, summary } = await checkWorkbook(book, model, { review: true, summary: true });
        outcomes.push({ file, report });
        summaries.set(file, summary);
      } else outcomes.push(againstBaseline(baseline, { file, report: await checkWorkbookFile(book, model) }));
    } catch (error) {
      // One book alone keeps the one-line failure and exit 2; in a batch the others still run.
      if (!batch) throw error;
      outcomes.push({ file, error: describeFailure(error) });
    }
  }
  const listed =
    baseline === undefined || format === "json" || format === "sarif" ? outcomes : outcomes.map(newFindingsOnly);
  const shown = values.quiet ? listed.map(errorsOnly) : listed;
  const totals = totalsOf(outcomes);
  const tooManyWarnings = maxWarnings !== undefined && totals.warnings > maxWarnings;
  const exitCode = totals.unreadable > 0 ? 2 : totals.errors > 0 || tooManyWarnings ? 1 : 0;

  const color = options.color && values.out === undefined;
  const rendered = isReportFormat(format)
    ? renderReport(format, shown, summaries)
    : render(format, shown, batch, totals, { perRule: values.all ? Infinity : 20, color });
  const closing = tooManyWarnings
    ? `Too many warnings: ${totals.warnings}, more than --max-warnings ${maxWarnings}.\n`
    : "";
  if (values["write-baseline"] !== undefined)
    await writeOutputFile(
      values["write-baseline"],
      render("json", outcomes, batch, totals, { perRule: Infinity, color: false }),
      baselineTarget,
    );
  const stderr = outcomes.flatMap((o) => ("error" in o ? [`${o.file}: ${o.error}\n`] : [])).join("");
  if (values.out !== undefined) {
    // A text report in a file opens with the line that shows cerdc wrote it (report-signature.ts).
    await writeOutputFile(values.out, format === "text" ? textReportHeading() + rendered : rendered, outRules);
    return {
      stdout: `${batchSummaryLine(totals, batch)} (report written to ${values.out})\n${closing}`,
      exitCode,
      stderr,
    };
  }
  // Text is printed for a terminal: made safe there (coloured text here, before its colour codes).
  const data = format !== "text";
  return {
    stdout: format === "text" ? rendered + closing : rendered,
    exitCode,
    stderr: format === "text" ? stderr : stderr + closing,
    raw: data || color,
  };
}

function parseMaxWarnings(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings must be a whole number of 0 or more, not "${raw}".`);
  return Number(raw);
}

function errorsOnly(outcome: FileOutcome): FileOutcome {
  if ("error" in outcome) return outcome;
  return {
    file: outcome.file,
    report: {
      ...outcome.report,
      findings: outcome.report.findings.filter((f) => f.severity === "error" && f.waived === undefined),
    },
  };
}

export interface BatchTotals {
  files: number;
  unreadable: number;
  errors: number;
  warnings: number;
  info: number;
  waived: number;
}

function totalsOf(outcomes: readonly FileOutcome[]): BatchTotals {
  const totals: BatchTotals = { files: outcomes.length, unreadable: 0, errors: 0, warnings: 0, info: 0, waived: 0 };
  for (const outcome of outcomes) {
    if ("error" in outcome) {
      totals.unreadable++;
      continue;
    }
    totals.errors += outcome.report.summary.errors;
    totals.warnings += outcome.report.summary.warnings;
    totals.info += outcome.report.summary.info;
    totals.waived += outcome.report.summary.waived ?? 0;
  }
  return totals;
}

function batchSummaryLine(totals: BatchTotals, batch: boolean): string {
  const counts = {
    errors: totals.errors,
    warnings: totals.warnings,
    info: totals.info,
    ...(totals.waived > 0 ? { waived: totals.waived } : {}),
  };
  const line = summaryLine({ valid: totals.errors === 0, summary: counts, sheets: [], findings: [] });
  if (!batch) return line;
  const unreadable = totals.unreadable === 0 ? "" : `, ${totals.unreadable} could not be read`;
  const mark = totals.errors > 0 || totals.unreadable > 0 ? "✖" : line.slice(0, 1);
  return `${mark} ${plural(totals.files, "workbook")}${unreadable}: ${line.slice(2)}`;
}

function render(
  format: Format,
  outcomes: readonly FileOutcome[],
  batch: boolean,
  totals: BatchTotals,
  text: { perRule: number; color: boolean },
): string {
  if (format === "sarif") return JSON.stringify(sarifLog(outcomes), null, 2) + "\n";
  if (format === "json") {
    if (!batch) {
      const only = outcomes[0];
      return only !== undefined && "report" in only ? jsonReport(only.file, only.report) : "";
    }
    const files = outcomes.map((o) =>
      "error" in o ? { file: o.file, error: o.error } : { file: o.file, ...o.report },
    );
    const summary = {
      files: totals.files,
      unreadable: totals.unreadable,
      errors: totals.errors,
      warnings: totals.warnings,
      info: totals.info,
    };
    return JSON.stringify({ valid: totals.errors === 0 && totals.unreadable === 0, summary, files }, null, 2) + "\n";
  }
  // Coloured text carries escape codes of its own: the workbook's text is made safe before they are added.
  const safe = text.color ? terminalSafeData(outcomes) : outcomes;
  if (!batch) {
    const only = safe[0];
    return only !== undefined && "report" in only ? textReport(only.file, only.report, text) : "";
  }
  const parts = safe.map((o) =>
    "error" in o ? `${o.file}\n  could not be read: ${o.error}\n` : textReport(o.file, o.report, text),
  );
  return `${parts.join("\n")}\n${batchSummaryLine(totals, true)}\n`;
}
