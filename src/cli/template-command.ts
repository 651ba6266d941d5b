/**
 * `template --out <new.xlsx> [--force]`: writes a fresh workbook with the three tabs and their
 * dropdowns (template-workbook.ts), then the reference tabs. An existing file is only replaced with
 * --force, since it may be someone's filled-in workbook.
 */
import { writeOutputFile } from "./write-output-file";
import { parseCommandArgs } from "./command-args";
import { checkOutputTarget } from "./output-target";
import { defaultReference } from "../model/default-reference";
import { REFERENCE_SHEETS, templateWorkbookBytes } from "./template-workbook";
import { UsageError } from "./usage-error";
import type { CommandOutput } from "./command-output";

const TEMPLATE_USAGE = "template needs --out <new.xlsx> and nothing else (cerdc template --help lists its options)";

export async function templateCommand(args: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseCommandArgs("template", args, {
    out: { type: "string" },
    force: { type: "boolean", default: false },
  });
  if (positionals.length > 0 || values.out === undefined || values.out === "") throw new UsageError(TEMPLATE_USAGE);
  const rules = { command: "template", inputs: [], kind: "workbook" as const, force: values.force };
  checkOutputTarget(values.out, rules);
  const bytes = await templateWorkbookBytes(defaultReference());
  await writeOutputFile(values.out, bytes, rules);
  const references = Object.values(REFERENCE_SHEETS).join(", ");
  return {
    stdout: `Template written to ${values.out}: Data Categorisation, Distinct Gap Analysis and Options as tables with the pane's dropdowns; reference tabs ${references}.\n`,
    exitCode: 0,
  };
}
