/**
 * The command line: `validate`, `fix`, `propose-gaps`, `template`, `summary` and `suggest`. Every failure to
 * read the book or the arguments ends as one line on stderr and exit status 2, never a stack trace.
 *
 * Runs from the repository (`npm run -s cli -- ...`, through tsx) and as the installed command
 * (`cerdc`, bundled JavaScript built by scripts/build-cli.mjs; bin.ts is its entry). The commands
 * are loaded only when run, so `--help` and `--version` load next to nothing.
 */
import { quickAnswer, USAGE } from "./help";
import { UsageError } from "./usage-error";
import type { CommandOutput } from "./validate-command";

/** A command's output; `stderr` carries per-file failures a batch goes on past. */
type Command = (args: string[], options: { color: boolean }) => Promise<CommandOutput & { stderr?: string }>;

const commands: Record<string, () => Promise<Command>> = {
  validate: async () => (await import("./batch-validate")).batchValidateCommand,
  fix: async () => (await import("./fix-command")).fixCommand,
  "propose-gaps": async () => (await import("./propose-gaps-command")).proposeGapsCommand,
  template: async () => (await import("./template-command")).templateCommand,
  summary: async () => (await import("./summary-command")).summaryCommand,
  suggest: async () => (await import("./suggest-command")).suggestCommand,
};

/** Runs one command line; returns what to print and the exit status (exported for tests). */
export async function runCli(argv: string[], options = { color: false }): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const [name, ...args] = argv;
  try {
    if (name === undefined) return { stdout: "", stderr: `${USAGE}\n`, exitCode: 2 };
    const quick = quickAnswer(argv);
    if (quick !== undefined) return { ...quick, stderr: "" };
    const load = commands[name];
    if (load === undefined) throw new UsageError(`Unknown command "${name}".\n${USAGE}`);
    const { stdout, exitCode, stderr = "" } = await (await load())(args, options);
    return { stdout, stderr, exitCode };
  } catch (error) {
    return { stdout: "", stderr: `${await oneLine(error)}\n`, exitCode: 2 };
  }
}

async function oneLine(error: unknown): Promise<string> {
  if (error instanceof UsageError) return error.message;
  // The error classes live with the core; loaded here only on failure, and by then already loaded.
  const [{ SeedDataError }, { NoKnownTabsError }, { WorkbookReadError }] = await Promise.all([
    import("../model/seed-loading"),
    import("../sheets/parsed-workbook"),
    import("../workbook/xlsx/xlsx-workbook"),
  ]);
  if (error instanceof WorkbookReadError || error instanceof NoKnownTabsError || error instanceof SeedDataError) return error.message;
  // node:util parseArgs reports unknown options with a code; anything else is a bug worth naming.
  const code = (error as { code?: string }).code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) return `${(error as Error).message}\n${USAGE}`;
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== "dumb";
}

/** The process entry: runs argv, prints, and sets the exit status. */
export function main(): void {
  quietBrokenPipe();
  void runCli(process.argv.slice(2), { color: wantsColor(process.stdout, process.env) }).then(({ stdout, stderr, exitCode }) => {
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    process.exitCode = exitCode;
  });
}

/** `cerdc validate ... | head` closes the pipe early: stop quietly instead of throwing EPIPE. */
export function quietBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
}

if (require.main === module) main();
