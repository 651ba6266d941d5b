/**
 * `diff <old.xlsx> <new.xlsx>`: what changed between two versions of a workbook, rows matched by
 * their identity (src/diff), and the findings the new version introduced and resolved. Exit status
 * 1 when it introduced an error, 0 otherwise, 2 when a book cannot be read or the arguments are wrong.
 */
import { introducesErrors } from "../diff/workbook-diff";
import { defaultReference } from "../model/default-reference";
import { DIFF_FORMATS, isDiffFormat, renderDiff } from "../reports/diff-formats";
import { diffCountsLine } from "../reports/diff-wording";
import { compareWorkbooks } from "../workflows/compare/compare-workbooks";
import { failureOfVersion } from "../workflows/compare/version-failure";
import type { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import { parseCommandArgs } from "./command-args";
import { checkOutputTarget } from "./output-target";
import { BIN, VERSION } from "./help";
import { readWorkbookFile } from "./read-workbook-file";
import { textReportHeading } from "./report-signature";
import { UsageError } from "./usage-error";
import type { CommandOutput } from "./validate-command";
import { writeOutputFile } from "./write-output-file";

const DIFF_USAGE = `Usage: diff <old.xlsx> <new.xlsx> [--format ${DIFF_FORMATS.join("|")}] [--out FILE [--force]]`;

export async function diffCommand(args: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArgs("diff", args, {
    format: { type: "string", default: "text" },
    out: { type: "string" },
    force: { type: "boolean", default: false },
  });
  const [oldFile, newFile, ...extra] = positionals;
  if (oldFile === undefined || newFile === undefined || extra.length > 0) throw new UsageError(DIFF_USAGE);
  const format = values.format;
  if (!isDiffFormat(format))
    throw new UsageError(
      `--format must be ${DIFF_FORMATS.slice(0, -1).join(", ")} or ${DIFF_FORMATS.at(-1) ?? ""}, not "${format}".`,
    );
  const out = values.out;
  const outRules = { command: "diff", inputs: [oldFile, newFile], kind: "report" as const, force: values.force };
  // Refused before any reading: a report must never be the reason a workbook is lost.
  if (out !== undefined) checkOutputTarget(out, outRules);
  const model = defaultReference();
  const before = openVersion(oldFile);
  const after = openVersion(newFile);
  const diff = await compareWorkbooks(
    { name: oldFile, reader: before, settings: before },
    { name: newFile, reader: after, settings: after },
    model,
  );
  const exitCode = introducesErrors(diff) ? 1 : 0;
  const rendered = renderDiff(format, diff, { generatedAt: new Date(), generator: `${BIN} ${VERSION}` });
  if (out === undefined) return { stdout: rendered, exitCode };
  // A text report in a file opens with the line that shows cerdc wrote it (report-signature.ts).
  await writeOutputFile(out, format === "text" ? textReportHeading() + rendered : rendered, outRules);
  return { stdout: `${diffCountsLine(diff)} (written to ${out})\n`, exitCode };
}

function openVersion(path: string): XlsxWorkbook {
  try {
    return readWorkbookFile(path);
  } catch (error) {
    throw failureOfVersion(path, error);
  }
}
