/**
 * `summary <book.xlsx> [--format text|json] [--out FILE]`: the Summary of a workbook file, counted
 * as the add-in counts it (the same core, through the column mapping saved in the file), printed or
 * saved. `--write --out new.xlsx` instead writes a copy with a Summary tab of plain cells added (the
 * tab with native tables and charts is the add-in's). Exit status 0, or 2 when the book cannot be
 * read or the arguments are wrong.
 */
import { addSummarySheet } from "./summary-file";
import { parseCommandArgs } from "./command-args";
import { checkOutputTarget } from "./output-target";
import { runBudget } from "./run-budget";
import { nativeInflateRaw } from "./native-inflate";
import { defaultReference } from "../model/default-reference";
import { readColumnMapping } from "../workflows/settings/column-mapping";
import { readSummary } from "../workflows/summary/write-summary";
import { writeOutputFile } from "./write-output-file";
import { readWorkbookBytes, readWorkbookFile } from "./read-workbook-file";
import { summaryText } from "./summary-text";
import { textReportHeading } from "./report-signature";
import { UsageError } from "./usage-error";
import type { CommandOutput } from "./command-output";

const SUMMARY_USAGE = "(cerdc summary --help lists its options)";

export async function summaryCommand(args: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArgs("summary", args, {
    format: { type: "string", default: "text" },
    out: { type: "string" },
    write: { type: "boolean", default: false },
    force: { type: "boolean", default: false },
  });
  if (positionals.length !== 1)
    throw new UsageError(`summary takes one workbook: summary <book.xlsx> ${SUMMARY_USAGE}`);
  if (values.format !== "text" && values.format !== "json")
    throw new UsageError(`--format must be text or json, not "${values.format}". ${SUMMARY_USAGE}`);
  const file = positionals[0] ?? "";
  if (values.write) return writeSummaryCopy(file, values.out, values.force);
  const rules = { command: "summary", inputs: [file], kind: "report" as const, force: values.force };
  if (values.out !== undefined) checkOutputTarget(values.out, rules);
  const book = readWorkbookFile(file);
  const summary = await readSummary(book, defaultReference(), await readColumnMapping(book));
  const rendered =
    values.format === "json" ? `${JSON.stringify({ file, ...summary }, null, 2)}\n` : summaryText(file, summary);
  if (values.out !== undefined) {
    // A text report in a file opens with the line that shows cerdc wrote it (report-signature.ts).
    await writeOutputFile(values.out, values.format === "text" ? textReportHeading() + rendered : rendered, rules);
    const t = summary.totals;
    return {
      stdout: `${t.categorisationRows} rows, ${t.gaps} gaps, ${t.level3Uncovered} of ${t.level3Capabilities} Level 3 capabilities uncovered (summary written to ${values.out})\n`,
      exitCode: 0,
    };
  }
  return { stdout: rendered, exitCode: 0, raw: values.format === "json" };
}

/** `--write --out new.xlsx`: a copy of the book with a Summary tab of plain cells added; never the input itself. */
async function writeSummaryCopy(file: string, out: string | undefined, force: boolean): Promise<CommandOutput> {
  if (out === undefined || out === "")
    throw new UsageError(`summary --write needs --out <new.xlsx>: it never writes over its input. ${SUMMARY_USAGE}`);
  const rules = { command: "summary --write", inputs: [file], kind: "workbook" as const, force };
  checkOutputTarget(out, rules);
  const bytes = readWorkbookBytes(file, runBudget());
  const result = await addSummarySheet(bytes, { inflateRaw: nativeInflateRaw });
  await writeOutputFile(out, result.bytes, rules);
  const t = result.summary.totals;
  return {
    stdout: `Added the "${result.sheet}" tab (plain cells; the add-in writes it with tables and charts) to ${out}: ${t.categorisationRows} rows, ${t.gaps} gaps, ${t.level3Uncovered} of ${t.level3Capabilities} Level 3 capabilities uncovered.\n`,
    exitCode: 0,
  };
}
