/**
 * `suggest <book.xlsx> [--format text|json] [--all]`: for each Data Categorisation row missing a
 * capability or a category (`--all`: every row), the best Level 3 capabilities and information
 * categories (up to 5 each, best first) with the words that matched. Writes nothing. Exit status 0,
 * or 2 when the book cannot be read, has no Data Categorisation tab, or the arguments are wrong.
 */
import { defaultReference } from "../model/default-reference";
import type { RowSuggestions } from "../definitions/row-suggestions";
import { readSuggestions } from "../workflows/definitions/suggest-definitions";
import { parseCommandArgs } from "./command-args";
import { readWorkbookFile } from "./read-workbook-file";
import { UsageError } from "./usage-error";
import type { CommandOutput } from "./validate-command";

const SUGGEST_USAGE = "Usage: suggest <book.xlsx> [--format text|json] [--all]";

export async function suggestCommand(args: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArgs("suggest", args, {
    format: { type: "string", default: "text" },
    all: { type: "boolean", default: false },
  });
  if (positionals.length !== 1) throw new UsageError(SUGGEST_USAGE);
  if (values.format !== "text" && values.format !== "json")
    throw new UsageError(`--format must be text or json, not "${values.format}". ${SUGGEST_USAGE}`);
  const file = positionals[0] ?? "";
  const book = readWorkbookFile(file);
  const { sheet, rows } = await readSuggestions(book, book, defaultReference(), { all: values.all });
  if (sheet === undefined)
    throw new UsageError(`${file} has no Data Categorisation tab with a header row: nothing to suggest for.`);
  const stdout =
    values.format === "json"
      ? `${JSON.stringify({ file, rows }, null, 2)}\n`
      : suggestionsText(file, sheet, rows, values.all);
  return { stdout, exitCode: 0 };
}

const percent = (score: number) => `${Math.round(score * 100)}%`;
const reasons = (because: readonly string[]) => (because.length === 0 ? "" : ` (matched: ${because.join(", ")})`);

export function suggestionsText(file: string, sheet: string, rows: readonly RowSuggestions[], all: boolean): string {
  if (rows.length === 0)
    return `${file}: every ${sheet} row names a known capability and category; --all suggests for every row.\n`;
  const lines = [
    `${file}: suggestions for ${rows.length} ${sheet} row${rows.length === 1 ? "" : "s"}${all ? "" : " missing a capability or category"}`,
  ];
  for (const row of rows) {
    lines.push("", `Row ${row.row}: ${[row.activity, row.informationObject].filter((t) => t !== "").join(" / ")}`);
    lines.push("  Capability:");
    for (const c of row.capability)
      lines.push(`    ${percent(c.score).padStart(4)}  ${c.id} ${c.name}${reasons(c.because)}`);
    lines.push("  Information Category:");
    for (const c of row.category)
      lines.push(`    ${percent(c.score).padStart(4)}  ${c.name} (${c.group})${reasons(c.because)}`);
  }
  return `${lines.join("\n")}\n`;
}
