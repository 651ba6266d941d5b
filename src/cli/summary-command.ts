/**
 * `summary <book.xlsx> [--format text|json] [--out FILE]`: the Summary of a workbook file, counted
 * as the add-in counts it (the same core, through the column mapping saved in the file). The
 * Summary tab with its native charts is written by the add-in; the command prints or saves the
 * numbers. Exit status 0, or 2 when the book cannot be read.
 */
import { parseArgs } from "node:util";
import { defaultReference } from "../model/default-reference";
import { readColumnMapping } from "../workflows/column-mapping";
import { readSummary } from "../workflows/write-summary";
import { writeFileAtomic } from "./atomic-write";
import { readWorkbookFile } from "./read-workbook-file";
import { summaryText } from "./summary-text";
import { UsageError } from "./usage-error";
import type { CommandOutput } from "./validate-command";

const SUMMARY_USAGE = "Usage: summary <book.xlsx> [--format text|json] [--out FILE]";

export async function summaryCommand(args: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: "string", default: "text" }, out: { type: "string" } } });
  if (positionals.length !== 1) throw new UsageError(SUMMARY_USAGE);
  if (values.format !== "text" && values.format !== "json") throw new UsageError(`--format must be text or json, not "${values.format}".\n${SUMMARY_USAGE}`);
  const file = positionals[0] ?? "";
  const book = readWorkbookFile(file);
  const summary = await readSummary(book, defaultReference(), await readColumnMapping(book));
  const rendered = values.format === "json" ? `${JSON.stringify({ file, ...summary }, null, 2)}\n` : summaryText(file, summary);
  if (values.out !== undefined) {
    try {
      writeFileAtomic(values.out, rendered);
    } catch (error) {
      throw new UsageError(`Cannot write ${values.out}: ${(error as Error).message}`);
    }
    const t = summary.totals;
    return { stdout: `${t.categorisationRows} rows, ${t.gaps} gaps, ${t.level3Uncovered} of ${t.level3Capabilities} Level 3 capabilities uncovered (summary written to ${values.out})\n`, exitCode: 0 };
  }
  return { stdout: rendered, exitCode: 0 };
}
