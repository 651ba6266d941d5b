/**
 * `fix <book.xlsx> --out <new.xlsx> [--normalise] [--review-fixes] [--force]`: writes a copy of the
 * workbook with the auto-fill's lookups filled in and, as asked, the fixes `validate` calls fixable
 * applied, and lists every cell it changed: per tab and column, the fills and spellings; cell by cell,
 * the fixes (from -> to). It ends with one line counting what it changed and what it left. It never
 * writes over its input, and replaces an existing file only with --force (output-target.ts).
 */
import type { CellEdit } from "../autofill/cell-edit";
import type { ProposedChange } from "../workflows/changes/proposed-change";
import { fixWorkbookBytes, type FixResult } from "./fix-workbook-file";
import { parseCommandArgs } from "./command-args";
import type { CommandOutput } from "./command-output";
import { nativeInflateRaw } from "./native-inflate";
import { checkOutputTarget } from "./output-target";
import { readWorkbookBytes } from "./read-workbook-file";
import { runBudget } from "./run-budget";
import { plural } from "../text/plural";
import { UsageError } from "./usage-error";
import { writeOutputFile } from "./write-output-file";

export { sameFile } from "./output-target";

export async function fixCommand(args: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArgs("fix", args, {
    out: { type: "string" },
    normalise: { type: "boolean", default: false },
    normalize: { type: "boolean", default: false },
    "review-fixes": { type: "boolean", default: false },
    force: { type: "boolean", default: false },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      `fix takes one workbook: fix <book.xlsx> --out <new.xlsx> (cerdc fix --help lists its options)`,
    );
  const input = positionals[0] ?? "";
  const output = values.out;
  if (output === undefined || output === "")
    throw new UsageError(
      `fix needs --out <new.xlsx>: it never writes over its input. (cerdc fix --help lists its options)`,
    );
  const rules = { command: "fix", inputs: [input], kind: "workbook" as const, force: values.force };
  checkOutputTarget(output, rules);
  const budget = runBudget();
  const bytes = readWorkbookBytes(input, budget);
  const result = await fixWorkbookBytes(bytes, {
    normalise: values.normalise || values.normalize,
    review: values["review-fixes"],
    inflateRaw: nativeInflateRaw,
    budget,
  });
  await writeOutputFile(output, result.bytes, rules);
  return { stdout: fixReport(input, output, result) + fixedLine(result), exitCode: 0 };
}

/** "Filled N cells" per tab and column, then normalised cells, then each fix, then the conflicts with their cells. */
export function fixReport(
  input: string,
  output: string,
  result: Pick<FixResult, "edits" | "fixed" | "reviewed" | "conflicts">,
): string {
  const lines: string[] = [`${input} -> ${output}`];
  const { edits, conflicts } = result;
  for (const kind of ["fill", "normalise"] as const) {
    const mine = edits.filter((edit) => edit.kind === kind);
    if (kind === "normalise" && mine.length === 0) continue;
    lines.push("", `${kind === "fill" ? "Filled" : "Normalised"} ${plural(mine.length, "cell")}`);
    for (const [sheet, columns] of countBySheetAndColumn(mine)) {
      lines.push(`  ${sheet}`);
      const width = Math.max(...[...columns.keys()].map((c) => c.length));
      for (const [column, cells] of columns)
        lines.push(`    ${column.padEnd(width)}  ${String(cells.length).padStart(5)}  ${cellList(cells)}`);
    }
  }
  lines.push(...changeList("Fixed", result.fixed), ...changeList("Changed after review", result.reviewed));
  if (conflicts.length > 0) {
    lines.push("", `Left unchanged (${plural(conflicts.length, "conflict")}):`);
    for (const conflict of conflicts) lines.push(`  ${conflict.sheet}!${conflict.cell}  ${conflict.message}`);
  }
  return lines.join("\n") + "\n";
}

/**
 * Every fixed cell on its own line: where, what it held and what it holds now. What it held is
 * shown cleaned, so a fix of stray or non-breaking spaces alone says so rather than "X" -> "X".
 */
function changeList(heading: string, changes: readonly ProposedChange[]): string[] {
  if (changes.length === 0) return [];
  return [
    "",
    `${heading} (${plural(changes.length, "cell")}):`,
    ...changes.map(
      (c) =>
        `  ${c.sheet}!${c.cell}  ${c.column}: "${c.expected}" -> "${c.value}"${c.expected === c.value ? " (only spaces or invisible characters change)" : ""}${c.rule === undefined ? "" : `  (${c.rule})`}`,
    ),
  ];
}

/** After Ruff's closing line: what was changed, of which kind, and what was left. */
export function fixedLine(
  result: Pick<FixResult, "edits" | "fixed" | "reviewed" | "reviewAvailable" | "conflicts">,
): string {
  const changed = result.edits.length + result.fixed.length + result.reviewed.length;
  const filled = result.edits.filter((e) => e.kind === "fill").length;
  const kinds = [
    [filled, "filled"],
    [result.edits.length - filled, "normalised"],
    [result.fixed.length, "fixed"],
    [result.reviewed.length, "after review"],
  ] as const;
  const parts = kinds.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  const left: string[] = [];
  if (result.conflicts.length > 0) left.push(plural(result.conflicts.length, "conflict"));
  if (result.reviewAvailable > 0)
    left.push(
      `${result.reviewAvailable} ${result.reviewAvailable === 1 ? "fix needs" : "fixes need"} review (--review-fixes applies them)`,
    );
  return `\nChanged ${plural(changed, "cell")}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}; left ${left.length === 0 ? "nothing" : left.join(" and ")}.\n`;
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
