/**
 * Start-up check of the seed files: each is parsed with its zod schema, and a failure names the
 * file and the field in words ("seeds/roles.json: roles[3].aliases: expected a list"), so a bad hand
 * edit is found before any rule runs.
 */
import type * as z from "zod/mini";

export class SeedDataError extends Error {
  override readonly name = "SeedDataError";
}

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "is missing"
        : `expected ${article(issue.expected)}, got ${typeName(issue.input)}`;
    case "too_small":
      return issue.origin === "string" ? "must not be empty" : `must have at least ${String(issue.minimum)} item(s)`;
    case "invalid_format":
      return issue.message !== "Invalid input" ? issue.message : `has an invalid format`;
    case "unrecognized_keys":
      return `has unknown field(s) ${issue.keys.join(", ")}`;
    default:
      return issue.message === "Invalid input" ? `is invalid (${issue.code})` : issue.message;
  }
}

function article(expected: string): string {
  return expected === "array" ? "a list" : expected === "object" ? "an object" : `a ${expected}`;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value)}`;
}

/** "roles[3].aliases" from zod's path. */
function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? String(key) : `.${String(key)}`;
  return out === "" ? "(top level)" : out;
}

/** Parses one seed file's JSON with its schema, or throws SeedDataError naming file and field. */
export function parseSeed<S extends z.ZodMiniType>(file: string, schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((issue) => `${fieldPath(issue.path)} ${describeIssue(issue)}`);
  const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : "";
  throw new SeedDataError(`${file}: ${issues.join("; ")}${more}`);
}
