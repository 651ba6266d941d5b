/**
 * `summary <book.xlsx> [--format text|json] [--out FILE]`: the Summary of a workbook file, counted
 * as the add-in counts it (the same core, through the column mapping saved in the file), printed or
 * saved. `--write --out new.xlsx` instead writes a copy with a Summary tab of plain cells added (the
 * tab with native tables and charts is the add-in's). Exit status 0, or 2 when the book cannot be
 * read or the arguments are wrong.
 */
import { parseArgs } from "node:util";
import { addSummarySheet } from "../workflows/summary-file";
import { sameFile } from "./fix-command";
import { nativeInflateRaw } from "./native-inflate";
import { defaultReference } from "../model/default-reference";
import { readColumnMapping } from "../workflows/column-mapping";
import { readSummary } from "../workflows/write-summary";
import { writeOutputFile } from "./write-output-file";
import { readWorkbookBytes, readWorkbookFile } from "./read-workbook-file";
import { summaryText } from "./summary-text";
import { UsageError } from "./usage-error";
import type { CommandOutput } from "./validate-command";

const SUMMARY_USAGE = "Usage: summary <book.xlsx> [--format text|json] [--out FILE] | summary <book.xlsx> --write --out <new.xlsx>";

export async function summaryCommand(args: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: "string", default: "text" }, out: { type: "string" }, write: { type: "boolean", default: false } } });
  if (positionals.length !== 1) throw new UsageError(SUMMARY_USAGE);
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not "${values.format}".\n${SUMMARY_USAGE}`);
  const file = positionals[0] ?? "";
  if (values.write) return writeSummaryCopy(file, values.out);
  const book = readWorkbookFile(file);
  const summary = await readSummary(book, defaultReference(), await readColumnMapping(book));
  const rendered = values.format === "json" ? `${JSON.stringify({ file, ...summary }, null, 2)}\n` : summaryText(file, summary);
  if (values.out !== undefined) {
    writeOutputFile(values.out, rendered);
    const t = summary.totals;
    return { stdout: `${t.categorisationRows} rows, ${t.gaps} gaps, ${t.level3Uncovered} of ${t.level3Capabilities} Level 3 capabilities uncovered (summary written to ${values.out})\n`, exitCode: 0 };
  }
  return { stdout: rendered, exitCode: 0 };
}

/** `--write --out new.xlsx`: a copy of the book with a Summary tab of plain cells added; never the input itself. */
async function writeSummaryCopy(file: string, out: string | undefined): Promise<CommandOutput> {
  if (out === undefined || out === "") throw new UsageError(`summary --write needs --out <new.xlsx>: it never writes over its input.\n${SUMMARY_USAGE}`);
  const bytes = readWorkbookBytes(file);
  if (sameFile(file, out)) throw new UsageError(`--out ${out} is the input workbook itself; summary --write never writes over its input. Choose another file.`);
  const result = await addSummarySheet(bytes, { inflateRaw: nativeInflateRaw });
  writeOutputFile(out, result.bytes);
  const t = result.summary.totals;
  return { stdout: `Added the "${result.sheet}" tab (plain cells; the add-in writes it with tables and charts) to ${out}: ${t.categorisationRows} rows, ${t.gaps} gaps, ${t.level3Uncovered} of ${t.level3Capabilities} Level 3 capabilities uncovered.\n`, exitCode: 0 };
}
