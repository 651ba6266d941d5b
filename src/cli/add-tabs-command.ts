/**
 * `add-tabs <book.xlsx> --out <new.xlsx> [--force]`: writes a copy of the workbook with whichever of
 * the three tabs it lacks added as the pane's Add missing tabs adds them (the same workflow,
 * src/workflows/tools/add-missing-tabs.ts, through the xlsx adapter): canonical headers as an Excel table,
 * dropdowns on the closed-vocabulary columns drawing on the hidden "CER Lists" sheet, recorded in
 * the add-in's settings so the pane's Remove dropdowns takes them away. Existing sheets
 * and every other part are carried over byte for byte. Never over its input; an existing file only
 * with --force.
 */
import { defaultReference } from "../model/default-reference";
import { XlsxWorkbookEditor } from "../workbook/xlsx/xlsx-workbook-editor";
import { parseCommandArgs } from "./command-args";
import type { CommandOutput } from "./command-output";
import { nativeInflateRaw } from "./native-inflate";
import { checkOutputTarget } from "./output-target";
import { readWorkbookBytes, withWayForward } from "./read-workbook-file";
import { runBudget } from "./run-budget";
import { plural } from "../text/plural";
import { UsageError } from "./usage-error";
import { workbookWithMissingTabs } from "./workbook-with-missing-tabs";
import { writeOutputFile } from "./write-output-file";

export async function addTabsCommand(args: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArgs("add-tabs", args, {
    out: { type: "string" },
    force: { type: "boolean", default: false },
  });
  if (positionals.length !== 1 || values.out === undefined || values.out === "")
    throw new UsageError("add-tabs takes one workbook and --out <new.xlsx> (cerdc add-tabs --help lists its options)");
  const input = positionals[0] ?? "";
  const output = values.out;
  const rules = { command: "add-tabs", inputs: [input], kind: "workbook" as const, force: values.force };
  checkOutputTarget(output, rules);
  const budget = runBudget();
  const bytes = readWorkbookBytes(input, budget);
  let editor: XlsxWorkbookEditor;
  try {
    editor = new XlsxWorkbookEditor(bytes, nativeInflateRaw, budget);
  } catch (error) {
    throw withWayForward(input, error);
  }
  const { outcome, bytes: added } = await workbookWithMissingTabs(editor, defaultReference(), {
    inflateRaw: nativeInflateRaw,
  });
  if (added === undefined)
    return { stdout: `${input} has all three tabs; nothing to add, nothing written.\n`, exitCode: 0 };
  await writeOutputFile(output, added, rules);
  const dropdowns = outcome.dropdowns?.installed.length ?? 0;
  return {
    stdout: `Added ${outcome.added.map((name) => `"${name}"`).join(", ")} to ${output} (headers as Excel tables, ${plural(dropdowns, "dropdown column")}; every existing sheet kept as it was).\n`,
    exitCode: 0,
  };
}
