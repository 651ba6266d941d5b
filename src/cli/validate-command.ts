/**
 * `validate <book.xlsx> [--format json|text] [--out FILE] [--all]`: checks the workbook and prints
 * the report. Exit status 0 when there are no errors, 1 when there are.
 */
import { writeFileAtomic } from "./atomic-write";
import { parseArgs } from "node:util";
import { defaultReference } from "../model/default-reference";
import type { ValidationReport } from "../rules/validation-report";
import { checkWorkbook } from "../workflows/check-workbook";
import { readColumnMapping, type SettingsSource } from "../workflows/column-mapping";
import { readWaivers } from "../workflows/waivers";
import type { WorkbookReader } from "../workbook/port";
import type { ReferenceModel } from "../model/reference-model";
import { fixableCounts } from "../workflows/fixes-of-findings";
import { readWorkbookFile } from "./read-workbook-file";
import { summaryLine, textReport } from "./text-report";
import { UsageError } from "./usage-error";

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
  return checkWorkbook(book, model, await readColumnMapping(book), { waivers: await readWaivers(book), review: true });
}

export async function validateCommand(args: string[], options: { color: boolean }): Promise<CommandOutput> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      out: { type: "string" },
      all: { type: "boolean", default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError("Usage: validate <book.xlsx> [--format json|text] [--out FILE] [--all]");
  const format = values.format;
  if (format !== "json" && format !== "text") throw new UsageError(`--format must be json or text, not "${format}".`);
  const file = positionals[0] ?? "";
  const book = readWorkbookFile(file);
  const report = await checkWorkbookFile(book, defaultReference());
  const exitCode = report.valid ? 0 : 1;
  const rendered =
    format === "json"
      ? jsonReport(file, report)
      : textReport(file, report, { perRule: values.all ? Infinity : 20, color: options.color && values.out === undefined });
  if (values.out !== undefined) {
    writeFileAtomic(values.out, rendered);
    return { stdout: `${summaryLine(report)} (report written to ${values.out})\n`, exitCode };
  }
  return { stdout: rendered, exitCode };
}
