/**
 * Turns validate's arguments into workbook paths: a file stays as it is (a missing one is reported
 * when it is read), a folder means every .xlsx below it, and a glob (`*`, `?`, `**`, quoted so the
 * shell leaves it alone) means the .xlsx files it matches. Order: arguments as given, each
 * folder's and glob's files sorted; a file named twice is validated once.
 */
import { readdirSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { UsageError } from "./usage-error";

const WORKBOOK = /\.xlsx$/i;

/** Excel's lock files ("~$book.xlsx"), hidden folders and node_modules are never workbooks to check. */
function skipped(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".") || name === "node_modules";
}

function isGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every .xlsx file below `dir`, sorted, paths joined onto `dir` as given. */
function workbooksIn(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (skipped(entry.name)) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && WORKBOOK.test(entry.name)) found.push(path);
    }
  };
  walk(dir);
  return found;
}

/** A glob as a regular expression over "/"-separated paths: `**` any folders, `*` and `?` within one name, `{a,b}` either. */
export function globPattern(glob: string): RegExp {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? "";
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      source += slash ? "(?:[^/]*/)*" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "{") source += "(?:";
    else if (c === "}") source += ")";
    else if (c === ",") source += "|";
    else source += c.replace(/[.+^$()|\\[\]]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** The folder a glob's matches lie under: its leading path without wildcards. */
function globBase(glob: string): string {
  const parts = glob.split("/");
  const fixed: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  if (fixed.length === parts.length) fixed.pop();
  return fixed.length === 0 ? "." : fixed.join("/") || "/";
}

function expandGlob(glob: string): string[] {
  // Paths come back from join(), which drops a leading "./": match them against the glob without one.
  const normalised = glob.split(sep).join("/").replace(/^(\.\/)+/, "");
  const pattern = globPattern(normalised);
  return workbooksIn(globBase(normalised)).filter((path) => pattern.test(path.split(sep).join("/")));
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
      if (inside.length === 0) throw new UsageError(`${arg} is a folder, not an .xlsx workbook, and holds no .xlsx workbooks.`);
      inside.forEach(add);
    } else if (isGlob(arg) && !isFile(arg)) {
      batch = true;
      const matches = expandGlob(arg);
      if (matches.length === 0) throw new UsageError(`No .xlsx workbook matches ${arg}.`);
      matches.forEach(add);
    } else add(arg);
  }
  return { files, batch };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
