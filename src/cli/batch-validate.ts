/**
 * `validate` over one or many workbooks: files, folders and globs in one call, one summary, and the
 * worst exit status (2 when any book could not be read, else 1 when any has errors or the warnings
 * pass --max-warnings, else 0). Formats: text, json and sarif, and the review reports markdown, csv
 * and html (report-formats.ts). --quiet lists errors only.
 *
 * One workbook with only the original options (--format json|text, --out, --all) goes to
 * validateOne, so the single-file contract stays where it is defined.
 *
 * The JSON of a batch (more than one argument, or a folder or glob) is
 *   { "valid", "summary": {"files","unreadable","errors","warnings","info"},
 *     "files": [ {file, valid, summary, sheets, findings, consistency, staleWaivers?} | {file, "error": "<one line>"} ] }
 * where each readable file's entry is exactly the single-file report.
 */
import { writeOutputFile } from "./write-output-file";
import { parseArgs } from "node:util";
import { defaultReference } from "../model/default-reference";
import { SeedDataError } from "../model/seed-loading";
import { NoKnownTabsError } from "../sheets/parsed-workbook";
import { WorkbookReadError } from "../workbook/xlsx/xlsx-workbook";
import { expandTargets } from "./batch-files";
import { readWorkbookFile } from "./read-workbook-file";
import { isReportFormat, renderReport, REPORT_FORMATS } from "./report-formats";
import { checkWorkbook } from "../workflows/check";
import type { WorkbookSummary } from "../summary/workbook-summary";
import { sarifLog, type FileOutcome } from "./sarif-report";
import { plural } from "../text/plural";
import { summaryLine, textReport } from "./text-report";
import { UsageError } from "./usage-error";
import { checkWorkbookFile, jsonReport, validateOne, type CommandOutput } from "./validate-command";

const VALIDATE_USAGE = "Usage: validate <book.xlsx>... [--format text|json|sarif|markdown|csv|csv-summary|html] [--out FILE] [--all] [--quiet] [--max-warnings N]";

type Format = "text" | "json" | "sarif";

export async function batchValidateCommand(args: string[], options: { color: boolean }): Promise<CommandOutput & { stderr?: string }> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      out: { type: "string" },
      all: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      "max-warnings": { type: "string" },
    },
  });
  if (positionals.length === 0) throw new UsageError(VALIDATE_USAGE);
  const format = values.format;
  if (format !== "json" && format !== "text" && format !== "sarif" && !isReportFormat(format)) throw new UsageError(`--format must be text, json, sarif, ${REPORT_FORMATS.slice(0, -1).join(", ")} or ${REPORT_FORMATS.at(-1) ?? ""}, not "${format}".`);
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  const { files, batch } = expandTargets(positionals);

  if (!batch && (format === "text" || format === "json") && !values.quiet && maxWarnings === undefined) {
    return validateOne(positionals[0] ?? "", { format, out: values.out, all: values.all, color: options.color });
  }

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
      } else outcomes.push({ file, report: await checkWorkbookFile(book, model) });
    } catch (error) {
      // One book alone keeps the one-line failure and exit 2; in a batch the others still run.
      if (!batch) throw error;
      outcomes.push({ file, error: describeFailure(error) });
    }
  }
  const shown = values.quiet ? outcomes.map(errorsOnly) : outcomes;
  const totals = totalsOf(outcomes);
  const tooManyWarnings = maxWarnings !== undefined && totals.warnings > maxWarnings;
  const exitCode = totals.unreadable > 0 ? 2 : totals.errors > 0 || tooManyWarnings ? 1 : 0;

  const color = options.color && values.out === undefined;
  const rendered = isReportFormat(format) ? renderReport(format, shown, summaries) : render(format, shown, batch, totals, { perRule: values.all ? Infinity : 20, color });
  const closing = tooManyWarnings ? `Too many warnings: ${totals.warnings}, more than --max-warnings ${maxWarnings}.\n` : "";
  const stderr = outcomes.flatMap((o) => ("error" in o ? [`${o.file}: ${o.error}\n`] : [])).join("");
  if (values.out !== undefined) {
    writeOutputFile(values.out, rendered);
    return { stdout: `${batchSummaryLine(totals, batch)} (report written to ${values.out})\n${closing}`, exitCode, stderr };
  }
  return { stdout: format === "text" ? rendered + closing : rendered, exitCode, stderr: format === "text" ? stderr : stderr + closing };
}

function parseMaxWarnings(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings must be a whole number of 0 or more, not "${raw}".`);
  return Number(raw);
}

function describeFailure(error: unknown): string {
  if (error instanceof UsageError || error instanceof WorkbookReadError || error instanceof NoKnownTabsError || error instanceof SeedDataError) {
    return error.message;
  }
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

function errorsOnly(outcome: FileOutcome): FileOutcome {
  if ("error" in outcome) return outcome;
  return { file: outcome.file, report: { ...outcome.report, findings: outcome.report.findings.filter((f) => f.severity === "error" && f.waived === undefined) } };
}

export interface BatchTotals {
  files: number;
  unreadable: number;
  errors: number;
  warnings: number;
  info: number;
}

function totalsOf(outcomes: readonly FileOutcome[]): BatchTotals {
  const totals: BatchTotals = { files: outcomes.length, unreadable: 0, errors: 0, warnings: 0, info: 0 };
  for (const outcome of outcomes) {
    if ("error" in outcome) {
      totals.unreadable++;
      continue;
    }
    totals.errors += outcome.report.summary.errors;
    totals.warnings += outcome.report.summary.warnings;
    totals.info += outcome.report.summary.info;
  }
  return totals;
}

function batchSummaryLine(totals: BatchTotals, batch: boolean): string {
  const counts = { errors: totals.errors, warnings: totals.warnings, info: totals.info };
  const line = summaryLine({ valid: totals.errors === 0, summary: counts, sheets: [], findings: [] });
  if (!batch) return line;
  const unreadable = totals.unreadable === 0 ? "" : `, ${totals.unreadable} could not be read`;
  const mark = totals.errors > 0 || totals.unreadable > 0 ? "✖" : line.slice(0, 1);
  return `${mark} ${plural(totals.files, "workbook")}${unreadable}: ${line.slice(2)}`;
}

function render(format: Format, outcomes: readonly FileOutcome[], batch: boolean, totals: BatchTotals, text: { perRule: number; color: boolean }): string {
  if (format === "sarif") return JSON.stringify(sarifLog(outcomes), null, 2) + "\n";
  if (format === "json") {
    if (!batch) {
      const only = outcomes[0];
      return only !== undefined && "report" in only ? jsonReport(only.file, only.report) : "";
    }
    const files = outcomes.map((o) => ("error" in o ? { file: o.file, error: o.error } : { file: o.file, ...o.report }));
    return JSON.stringify({ valid: totals.errors === 0 && totals.unreadable === 0, summary: totals, files }, null, 2) + "\n";
  }
  if (!batch) {
    const only = outcomes[0];
    return only !== undefined && "report" in only ? textReport(only.file, only.report, text) : "";
  }
  const parts = outcomes.map((o) => ("error" in o ? `${o.file}\n  could not be read: ${o.error}\n` : textReport(o.file, o.report, text)));
  return `${parts.join("\n")}\n${batchSummaryLine(totals, true)}\n`;
}
