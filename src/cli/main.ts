/**
 * The command line: `validate`, `fix`, `propose-gaps`, `add-tabs`, `template`, `summary`, `diff` and `suggest`.
 * Every failure to read the book or the arguments ends as one line on stderr and exit status 2, never a
 * stack trace; text meant for a terminal is printed with its control characters escaped.
 *
 * Runs from the repository (`npm run -s cli -- ...`, through tsx) and as the installed command
 * (`cerdc`, bundled JavaScript built by scripts/build-cli.mjs; bin.ts is its entry). The commands
 * are loaded only when run, so `--help` and `--version` load next to nothing.
 */
import { closestName } from "./command-args";
import type { CommandOutput } from "./command-output";
import { BIN, quickAnswer } from "./help";
import { terminalSafe } from "./terminal-text";
import { UsageError } from "./usage-error";

type Command = (args: string[], options: { color: boolean }) => Promise<CommandOutput>;

/** The registry: a command's name and how to load it. A new command is one line here and a page in help.ts. */
const commands: Record<string, () => Promise<Command>> = {
  validate: async () => (await import("./validate-command")).validateCommand,
  fix: async () => (await import("./fix-command")).fixCommand,
  "propose-gaps": async () => (await import("./propose-gaps-command")).proposeGapsCommand,
  "add-tabs": async () => (await import("./add-tabs-command")).addTabsCommand,
  template: async () => (await import("./template-command")).templateCommand,
  summary: async () => (await import("./summary-command")).summaryCommand,
  diff: async () => (await import("./diff-command")).diffCommand,
  suggest: async () => (await import("./suggest-command")).suggestCommand,
};

/** Runs one command line; returns what to print and the exit status (exported for tests). */
export async function runCli(
  argv: string[],
  options = { color: false },
): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const [name, ...args] = argv;
  try {
    if (name === undefined) throw new UsageError(`No command given. (${BIN} --help lists the commands)`);
    const quick = quickAnswer(argv);
    if (quick !== undefined) return { ...quick, stderr: "" };
    const load = commands[name];
    if (load === undefined) {
      const guess = closestName(name.replace(/^-+/, ""), Object.keys(commands));
      throw new UsageError(
        `Unknown ${name.startsWith("-") ? "option" : "command"} "${name}"${guess === undefined ? "" : `; did you mean ${guess}?`} (${BIN} --help lists the commands)`,
      );
    }
    const { stdout, exitCode, stderr = "", raw = false } = await (await load())(args, options);
    return { stdout: raw ? stdout : terminalSafe(stdout), stderr: terminalSafe(stderr), exitCode };
  } catch (error) {
    const { describeFailure } = await import("./describe-failure");
    return { stdout: "", stderr: `${terminalSafe(describeFailure(error))}\n`, exitCode: 2 };
  }
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== "dumb";
}

/** The process entry: runs argv, prints, and sets the exit status. */
export function main(): void {
  quietBrokenPipe();
  void runCli(process.argv.slice(2), { color: wantsColor(process.stdout, process.env) }).then(
    ({ stdout, stderr, exitCode }) => {
      process.stdout.write(stdout);
      process.stderr.write(stderr);
      process.exitCode = exitCode;
    },
  );
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
