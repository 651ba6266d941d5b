/**
 * `propose-gaps <book.xlsx> [--out <new.xlsx>] [--format text|json]`: lists the Distinct Gap
 * Analysis rows the quality issues of Data Categorisation call for (one per information object and
 * issue, the next Gap IDs in the workbook's pattern, what Data Categorisation knows filled in); a dry
 * run unless --out names a new workbook to write them to. Like `fix`, it never writes over its input.
 */
import type { ProposedGap } from "../gaps/propose-gaps";
import { CannotProposeGapsError, MISSING_GAPS_TAB } from "../gaps/propose-gaps";
import { gapsTab } from "../sheets/tab-definitions";
import { proposeGapsInBytes, type ProposeGapsFileResult } from "./propose-gaps-file";
import { writeOutputFile } from "./write-output-file";
import { parseCommandArgs } from "./command-args";
import { checkOutputTarget } from "./output-target";
import { nativeInflateRaw } from "./native-inflate";
import { readWorkbookBytes } from "./read-workbook-file";
import { runBudget } from "./run-budget";
import { plural } from "../text/plural";
import { UsageError } from "./usage-error";
import { withoutRationaleSentence } from "../gaps/propose-gaps";
import type { CommandOutput } from "./command-output";

const PROPOSE_USAGE = "(cerdc propose-gaps --help lists its options)";

export async function proposeGapsCommand(args: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArgs("propose-gaps", args, {
    out: { type: "string" },
    format: { type: "string", default: "text" },
    force: { type: "boolean", default: false },
  });
  if (positionals.length !== 1)
    throw new UsageError(`propose-gaps takes one workbook: propose-gaps <book.xlsx> ${PROPOSE_USAGE}`);
  if (values.format !== "text" && values.format !== "json")
    throw new UsageError(`--format must be text or json, not "${values.format}". ${PROPOSE_USAGE}`);
  const input = positionals[0] ?? "";
  const output = values.out;
  const rules = { command: "propose-gaps", inputs: [input], kind: "workbook" as const, force: values.force };
  if (output !== undefined) checkOutputTarget(output, rules);
  const budget = runBudget();
  const bytes = readWorkbookBytes(input, budget);

  let result: ProposeGapsFileResult;
  try {
    result = await proposeGapsInBytes(bytes, { write: output !== undefined, inflateRaw: nativeInflateRaw, budget });
  } catch (error) {
    if (error instanceof CannotProposeGapsError && error.message === MISSING_GAPS_TAB)
      throw new UsageError(
        `${input} has no "Distinct Gap Analysis" tab to write gaps to: add it with \`cerdc add-tabs ${input} --out <new.xlsx>\`, then propose gaps on the new workbook (without --out, propose-gaps lists them).`,
      );
    if (error instanceof CannotProposeGapsError) throw new UsageError(`${input}: ${error.message}`);
    throw error;
  }
  if (output !== undefined) {
    await writeOutputFile(output, result.bytes, rules);
  }
  const stdout =
    values.format === "json"
      ? `${JSON.stringify(jsonReport(input, output, result), null, 2)}\n`
      : textReport(input, output, result);
  return { stdout, exitCode: 0 };
}

function jsonReport(input: string, output: string | undefined, result: ProposeGapsFileResult): unknown {
  const { sheet, gaps, covered, withoutRationale } = result.proposal;
  return {
    file: input,
    sheet,
    gaps: gaps.map((gap) => ({ gapId: gap.gapId, row: gap.row, sourceRows: gap.sourceRows, cells: gapCells(gap) })),
    covered,
    withoutRationale,
    ...(result.tabMissing === true ? { tabMissing: true } : {}),
    ...(output === undefined
      ? {}
      : {
          written: output,
          cells: result.outcome?.applied.length ?? 0,
          skipped: (result.outcome?.skipped ?? []).map(({ change, reason }) => ({ cell: change.cell, reason })),
        }),
  };
}

/** A gap's values under their canonical headers, in the canonical column order. */
function gapCells(gap: ProposedGap): Record<string, string> {
  return Object.fromEntries(
    gapsTab.columns.flatMap((column) =>
      gap.values[column.key] === undefined ? [] : [[column.header, gap.values[column.key] ?? ""]],
    ),
  );
}

function textReport(input: string, output: string | undefined, result: ProposeGapsFileResult): string {
  const { sheet, gaps, covered, withoutRationale } = result.proposal;
  const lines = [
    `${input}: ${gaps.length === 0 ? "no new gaps to propose" : `${plural(gaps.length, "new gap")} for ${sheet}`}`,
  ];
  for (const gap of gaps) {
    lines.push(
      "",
      `  ${gap.gapId}  row ${gap.row}  ${gap.values.informationObject ?? ""}: ${gap.values.gapDescription ?? ""}`,
    );
    for (const [header, value] of Object.entries(gapCells(gap))) {
      if (header !== "Gap ID" && header !== "Gap Description" && header !== "Information Object")
        lines.push(`      ${header}: ${value}`);
    }
  }
  if (covered.length > 0) {
    lines.push("", `Already recorded (${plural(covered.length, "issue")}):`);
    for (const issue of covered) lines.push(`  ${issue.informationObject}: ${issue.issue} -> ${issue.gapId}`);
  }
  if (withoutRationale.length > 0) lines.push("", withoutRationaleSentence(withoutRationale));
  if (gaps.length > 0) {
    lines.push("", "Gap Type, Capability Status and Major Outcome are left for you.");
    if (result.tabMissing === true)
      lines.push(
        `Dry run: nothing written. ${input} has no "${sheet}" tab yet: \`cerdc add-tabs ${input} --out <new.xlsx>\` adds it, and propose-gaps on the new workbook with --out writes these rows.`,
      );
    else if (output === undefined)
      lines.push("Dry run: nothing written. --out <new.xlsx> writes these rows to a copy.");
    else {
      const skipped = result.outcome?.skipped ?? [];
      lines.push(
        `Wrote ${plural(gaps.length, "gap")} (${plural(result.outcome?.applied.length ?? 0, "cell")}) to ${output}.`,
      );
      for (const { change, reason } of skipped)
        lines.push(`  Not written: ${change.sheet}!${change.cell} (${reason}).`);
    }
  } else if (output !== undefined) {
    lines.push("", `Nothing to add; ${output} is a copy of ${input}.`);
  }
  return `${lines.join("\n")}\n`;
}
