/**
 * The command line: `validate` now, `fix` and `template` with auto-fill. Every failure to read
 * the book or the arguments ends as one line on stderr and exit status 2, never a stack trace.
 */
import { SeedDataError } from "../model/seed-loading";
import { NoKnownTabsError } from "../sheets/parsed-workbook";
import { WorkbookReadError } from "../workbook/xlsx/xlsx-workbook";
import { fixCommand } from "./fix-command";
import { templateCommand } from "./template-command";
import { UsageError } from "./usage-error";
import { validateCommand, type CommandOutput } from "./validate-command";

const USAGE = `Usage:
  cli validate <book.xlsx> [--format json|text] [--out FILE] [--all]
  cli fix <book.xlsx> --out <new.xlsx> [--normalise]
  cli template --out <new.xlsx> [--force]
(from the repository: npm run -s cli -- <command> ...)`;

type Command = (args: string[], options: { color: boolean }) => Promise<CommandOutput>;

const commands: Record<string, Command> = {
  validate: validateCommand,
  fix: fixCommand,
  template: templateCommand,
};

/** Runs one command line; returns what to print and the exit status (exported for tests). */
export async function runCli(argv: string[], options = { color: false }): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const [name, ...args] = argv;
  try {
    if (name === undefined) return { stdout: "", stderr: `${USAGE}\n`, exitCode: 2 };
    if (argv.includes("--help") || argv.includes("-h")) return { stdout: `${USAGE}\n`, stderr: "", exitCode: 0 };
    const command = commands[name];
    if (command === undefined) throw new UsageError(`Unknown command "${name}".\n${USAGE}`);
    const { stdout, exitCode } = await command(args, options);
    return { stdout, stderr: "", exitCode };
  } catch (error) {
    return { stdout: "", stderr: `${oneLine(error)}\n`, exitCode: 2 };
  }
}

function oneLine(error: unknown): string {
  if (
    error instanceof UsageError ||
    error instanceof WorkbookReadError ||
    error instanceof NoKnownTabsError ||
    error instanceof SeedDataError
  ) {
    return error.message;
  }
  // node:util parseArgs reports unknown options with a code; anything else is a bug worth naming.
  const code = (error as { code?: string }).code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) return `${(error as Error).message}\n${USAGE}`;
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

if (require.main === module) {
  void runCli(process.argv.slice(2), { color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined }).then(
    ({ stdout, stderr, exitCode }) => {
      process.stdout.write(stdout);
      process.stderr.write(stderr);
      process.exitCode = exitCode;
    },
  );
}
