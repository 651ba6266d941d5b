/**
 * `fix <book.xlsx> --out <new.xlsx> [--normalise]`: writes a copy of the workbook with the auto-fill
 * plan applied and prints what it filled per tab and column, and the conflicts it left alone. It
 * never writes over its input (compared by real path, so a symlink or "./" does not slip through).
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import { writeOutputFile } from "./write-output-file";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { CellEdit } from "../autofill/cell-edit";
import type { Finding } from "../rules/finding";
import { fixWorkbookBytes, type FixResult } from "../workflows/fix-workbook-file";
import { nativeInflateRaw } from "./native-inflate";
import { readWorkbookBytes } from "./read-workbook-file";
import { plural } from "../text/plural";
import { UsageError } from "./usage-error";
import type { CommandOutput } from "./validate-command";

const FIX_USAGE = "Usage: fix <book.xlsx> --out <new.xlsx> [--normalise] [--review-fixes]";

export async function fixCommand(args: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      normalise: { type: "boolean", default: false },
      normalize: { type: "boolean", default: false },
      "review-fixes": { type: "boolean", default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError(FIX_USAGE);
  const input = positionals[0] ?? "";
  const output = values.out;
  if (output === undefined || output === "") throw new UsageError(`fix needs --out <new.xlsx>: it never writes over its input.\n${FIX_USAGE}`);
  const bytes = readWorkbookBytes(input);
  if (sameFile(input, output)) throw new UsageError(`--out ${output} is the input workbook itself; fix never writes over its input. Choose another file.`);

  const result = await fixWorkbookBytes(bytes, { normalise: values.normalise || values.normalize, review: values["review-fixes"], inflateRaw: nativeInflateRaw });
  writeOutputFile(output, result.bytes);
  return { stdout: fixReport(input, output, result.edits, result.conflicts) + fixedLine(result), exitCode: 0 };
}

/** Whether `output` names the input file: same real path, or (hard links) the same inode. */
export function sameFile(input: string, output: string): boolean {
  const inputReal = realpathSync(input);
  if (existsSync(output)) {
    if (realpathSync(output) === inputReal) return true;
    const a = statSync(input);
    const b = statSync(output);
    return a.ino === b.ino && a.dev === b.dev;
  }
  const folder = dirname(resolve(output));
  const outputReal = existsSync(folder) ? join(realpathSync(folder), basename(output)) : resolve(output);
  return outputReal === inputReal;
}

/** "Filled N cells" per tab and column, then normalised cells, then the conflicts with their cells. */
export function fixReport(input: string, output: string, edits: readonly CellEdit[], conflicts: readonly Finding[]): string {
  const lines: string[] = [`${input} -> ${output}`];
  for (const kind of ["fill", "normalise"] as const) {
    const mine = edits.filter((edit) => edit.kind === kind);
    if (kind === "normalise" && mine.length === 0) continue;
    lines.push("", `${kind === "fill" ? "Filled" : "Normalised"} ${plural(mine.length, "cell")}`);
    for (const [sheet, columns] of countBySheetAndColumn(mine)) {
      lines.push(`  ${sheet}`);
      const width = Math.max(...[...columns.keys()].map((c) => c.length));
      for (const [column, cells] of columns) lines.push(`    ${column.padEnd(width)}  ${String(cells.length).padStart(5)}  ${cellList(cells)}`);
    }
  }
  if (conflicts.length > 0) {
    lines.push("", `Left unchanged (${plural(conflicts.length, "conflict")}):`);
    for (const conflict of conflicts) lines.push(`  ${conflict.sheet}!${conflict.cell}  ${conflict.message}`);
  }
  return lines.join("\n") + "\n";
}

/** After Ruff's closing line: what was fixed, and what still needs a person. */
export function fixedLine(result: Pick<FixResult, "edits" | "reviewed" | "reviewAvailable">): string {
  const fixed = result.edits.length + result.reviewed.length;
  const reviewed = result.reviewed.length > 0 ? ` (${result.reviewed.length} after review)` : "";
  const more = result.reviewAvailable > 0 ? `; ${result.reviewAvailable} more ${result.reviewAvailable === 1 ? "fix needs" : "fixes need"} review (--review-fixes applies them)` : "";
  return `\nFixed ${plural(fixed, "cell")}${reviewed}${more}.\n`;
}

function countBySheetAndColumn(edits: readonly CellEdit[]): Map<string, Map<string, string[]>> {
  const bySheet = new Map<string, Map<string, string[]>>();
  for (const edit of edits) {
    const columns = bySheet.get(edit.sheet) ?? new Map<string, string[]>();
    bySheet.set(edit.sheet, columns);
    const cells = columns.get(edit.column) ?? [];
    columns.set(edit.column, cells);
    cells.push(edit.cell);
  }
  return bySheet;
}

function cellList(cells: readonly string[]): string {
  return cells.length > 6 ? `${cells.slice(0, 6).join(", ")} ... ${cells[cells.length - 1] ?? ""}` : cells.join(", ");
}
