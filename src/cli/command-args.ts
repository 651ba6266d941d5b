/**
 * Parses a command's arguments with node's parseArgs, and turns its errors into one line a person
 * can act on: the option that was not understood, the closest known one ("did you mean --format?")
 * and where the command's options are listed. Never node's own message, never every usage text. An
 * option with a value given twice is refused rather than the last one quietly taken.
 */
import { distance } from "fastest-levenshtein";
import { parseArgs } from "node:util";
import { BIN } from "./help";
import { UsageError } from "./usage-error";

export type OptionSpec = Record<string, { type: "string" | "boolean"; default?: string | boolean; short?: string }>;

/** The known name closest to `typed`, when it is close enough to be a slip of the keyboard. */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = distance(typed.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  const prefix = known.find((name) => typed.length >= 2 && name.startsWith(typed));
  if (prefix !== undefined) return prefix;
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(typed.length / 3)) ? best : undefined;
}

export function helpPointer(command: string): string {
  return `(${BIN} ${command} --help lists its options)`;
}

export function parseCommandArgs<O extends OptionSpec>(command: string, args: string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options, tokens: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS")) throw error;
    const message = (error as Error).message;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown !== undefined) {
      const guess = closestName(unknown.replace(/^-+/, "").replace(/=.*$/, ""), Object.keys(options));
      throw new UsageError(
        `${command}: unknown option ${unknown}${guess === undefined ? "" : `; did you mean --${guess}?`} ${helpPointer(command)}`,
      );
    }
    const needsValue = /Option '(?:-\w, )?(--[^ ]+) <value>' argument missing/.exec(message)?.[1];
    if (needsValue !== undefined)
      throw new UsageError(`${command}: ${needsValue} needs a value ${helpPointer(command)}`);
    // "--out -x.json" or "--max-warnings -1": node calls the value ambiguous; say which and how to give it.
    const ambiguous = /Option '(--[^']+)' argument is ambiguous/.exec(message)?.[1];
    if (ambiguous !== undefined) {
      const next = args[args.indexOf(ambiguous) + 1] ?? "";
      throw new UsageError(
        `${command}: ${ambiguous} takes the value after it, and "${next}" looks like an option; if it is the value, write ${ambiguous}=${next} ${helpPointer(command)}`,
      );
    }
    const noValue = /Option '(--[^']+)' does not take an argument/.exec(message)?.[1];
    if (noValue !== undefined) throw new UsageError(`${command}: ${noValue} takes no value ${helpPointer(command)}`);
    throw new UsageError(`${command}: ${message.split("\n")[0] ?? message} ${helpPointer(command)}`);
  }
  refuseRepeatedValues(command, parsed.tokens);
  return { values: parsed.values, positionals: parsed.positionals };
}

/**
 * An option with a value given twice (`--out a.json --out b.json`) would quietly take the last one:
 * a slip that writes where the analyst did not look. Said instead, with both values.
 */
function refuseRepeatedValues(command: string, tokens: ReadonlyArray<{ kind: string; name?: string; value?: string }>) {
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.name === undefined || token.value === undefined) continue;
    const first = seen.get(token.name);
    if (first !== undefined)
      throw new UsageError(
        `${command}: --${token.name} is given twice ("${first}", then "${token.value}"): give it once ${helpPointer(command)}`,
      );
    seen.set(token.name, token.value);
  }
}
