/**
 * `validate` of one workbook with the original options (--format json|text, --out, --all): checks
 * it and prints the report. Exit status 0 when there are no errors, 1 when there are. The arguments
 * are parsed once, by batch-validate.ts, which sends such a call here.
 */
import { writeFileAtomic } from "./atomic-write";
import { defaultReference } from "../model/default-reference";
import type { ValidationReport } from "../rules/validation-report";
import { checkWorkbook } from "../workflows/check";
import type { SettingsSource } from "../workflows/column-mapping";
import type { WorkbookReader } from "../workbook/port";
import type { ReferenceModel } from "../model/reference-model";
import { fixableCounts } from "../workflows/fixes-of-findings";
import { readWorkbookFile } from "./read-workbook-file";
import { summaryLine, textReport } from "./text-report";

export interface CommandOutput {
  stdout: string;
  exitCode: number;
}

export function jsonReport(file: string, report: ValidationReport): string {
  return JSON.stringify({ file, ...report, fixable: fixableCounts(report.findings) }, null, 2) + "\n";
}

/**
 * Checks a workbook file as the pane checks it: the column mapping and the waivers the pane saved
 * travel in the file, so the tabs are read the same way and accepted findings are not counted; the
 * report carries the consistency review.
 */
export async function checkWorkbookFile(book: WorkbookReader & SettingsSource, model: ReferenceModel): Promise<ValidationReport> {
  return (await checkWorkbook(book, model, { review: true })).report;
}

export interface SingleValidateOptions {
  format: "json" | "text";
  out: string | undefined;
  all: boolean;
  color: boolean;
}

/** One workbook with the original options: the single-file report, as DESIGN section 4 defines it. */
export async function validateOne(file: string, options: SingleValidateOptions): Promise<CommandOutput> {
  const book = readWorkbookFile(file);
  const report = await checkWorkbookFile(book, defaultReference());
  const exitCode = report.valid ? 0 : 1;
  const rendered =
    options.format === "json"
      ? jsonReport(file, report)
      : textReport(file, report, { perRule: options.all ? Infinity : 20, color: options.color && options.out === undefined });
  if (options.out !== undefined) {
    writeFileAtomic(options.out, rendered);
    return { stdout: `${summaryLine(report)} (report written to ${options.out})\n`, exitCode };
  }
  return { stdout: rendered, exitCode };
}
