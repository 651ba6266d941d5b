/**
 * `template --out <new.xlsx> [--force]`: writes a fresh workbook with the three tabs, the reference
 * tabs and dropdowns on every closed-vocabulary column. An existing file is only replaced with
 * --force, since it may be someone's filled-in workbook.
 */
import { existsSync } from "node:fs";
import { writeOutputFile } from "./write-output-file";
import { parseArgs } from "node:util";
import { defaultReference } from "../model/default-reference";
import { REFERENCE_SHEETS, templateWorkbookBytes } from "../workflows/template-workbook";
import { UsageError } from "./usage-error";
import type { CommandOutput } from "./validate-command";

const TEMPLATE_USAGE = "Usage: template --out <new.xlsx> [--force]";

export async function templateCommand(args: string[]): Promise<CommandOutput> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: "string" }, force: { type: "boolean", default: false } },
  });
  if (positionals.length > 0 || values.out === undefined || values.out === "") throw new UsageError(TEMPLATE_USAGE);
  if (existsSync(values.out) && !values.force) throw new UsageError(`${values.out} already exists; choose a new file or add --force to replace it.`);
  const bytes = await templateWorkbookBytes(defaultReference());
  writeOutputFile(values.out, bytes);
  const references = Object.values(REFERENCE_SHEETS).join(", ");
  return {
    stdout: `Template written to ${values.out}: Data Categorisation, Distinct Gap Analysis and Options as tables; reference tabs ${references}; dropdowns on every closed-vocabulary column.\n`,
    exitCode: 0,
  };
}
