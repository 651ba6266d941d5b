/**
 * Turns validate's arguments into workbook paths: a file stays as it is (a missing one is reported
 * when it is read), a folder means every .xlsx and .xlsm below it, and a glob (`*`, `?`, `**`, quoted so
 * the shell leaves it alone) means the workbooks it matches. Order: arguments as given, each
 * folder's and glob's files sorted; a file named twice is validated once.
 *
 * The walk never enters /proc, /sys or /dev (endless or blocking files, not workbooks), never
 * follows a symbolic link to a folder (no loops), and leaves a folder as soon as the glob cannot
 * match anything below it; the glob is matched without backtracking (glob-match.ts).
 */
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { GlobPattern, type State } from "./glob-match";
import { UsageError } from "./usage-error";

// .xlsm: a workbook saved with macros reads as any other (the macros are never run or read).
const WORKBOOK = /\.xls[xm]$/i;
const SYSTEM_FOLDERS = new Set(["/proc", "/sys", "/dev"]);

/** Excel's lock files ("~$book.xlsx"), hidden folders and node_modules are never workbooks to check. */
function skipped(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".") || name === "node_modules";
}

/** A star, a question mark, or a bracket or brace pair; a lone "]" or "{" is part of a name. */
function isGlob(arg: string): boolean {
  return /[*?]|\[[^\]/]+\]|\{[^}]*\}/.test(arg);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isSystemFolder(path: string): boolean {
  try {
    return SYSTEM_FOLDERS.has(realpathSync(path));
  } catch {
    return false;
  }
}

/**
 * Every .xlsx and .xlsm file below `dir`, sorted, paths joined onto `dir` as given; with a pattern, only those
 * whose path below `dir` it matches, and only folders it can still match below are entered.
 */
function workbooksIn(dir: string, pattern?: { glob: GlobPattern; states: State[] }): string[] {
  const found: string[] = [];
  const walk = (folder: string, states: State[] | undefined) => {
    if (isSystemFolder(folder)) return;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (skipped(entry.name)) continue;
      const path = join(folder, entry.name);
      const next = pattern === undefined || states === undefined ? undefined : pattern.glob.step(states, entry.name);
      if (next !== undefined && next.length === 0) continue;
      if (entry.isDirectory()) walk(path, next);
      else if (
        entry.isFile() &&
        WORKBOOK.test(entry.name) &&
        (pattern === undefined || (next !== undefined && pattern.glob.accepts(next)))
      )
        found.push(path);
    }
  };
  walk(dir, pattern?.states);
  return found;
}

/** A glob's leading folders without wildcards, and the rest. */
function splitGlob(glob: string): { base: string; rest: string } {
  const parts = glob.split("/");
  const fixed: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  if (fixed.length === parts.length) fixed.pop();
  const base = fixed.length === 0 ? "." : fixed.join("/") || "/";
  return { base, rest: parts.slice(fixed.length).join("/") };
}

function expandGlob(glob: string): string[] {
  const normalised = glob
    .split(sep)
    .join("/")
    .replace(/^(\.\/)+/, "");
  const { base, rest } = splitGlob(normalised);
  let pattern: GlobPattern;
  try {
    pattern = new GlobPattern(rest);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return workbooksIn(base, { glob: pattern, states: pattern.start() });
}

export interface BatchTargets {
  files: string[];
  /** True when the arguments name more than one workbook or any folder or glob: the report then covers a batch. */
  batch: boolean;
}

export function expandTargets(args: readonly string[]): BatchTargets {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path);
      files.push(path);
    }
  };
  let batch = args.length > 1;
  for (const arg of args) {
    if (isFolder(arg)) {
      batch = true;
      const inside = workbooksIn(arg);
      if (inside.length === 0)
        throw new UsageError(`${arg} is a folder, not an .xlsx workbook, and holds no .xlsx or .xlsm workbooks.`);
      inside.forEach(add);
    } else if (isGlob(arg) && !exists(arg)) {
      batch = true;
      const matches = expandGlob(arg);
      if (matches.length === 0) throw new UsageError(`No .xlsx or .xlsm workbook matches ${arg}.`);
      matches.forEach(add);
    } else add(arg);
  }
  return { files, batch };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
