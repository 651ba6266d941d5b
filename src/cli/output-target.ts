/**
 * Where a command may write. No command writes over anything the user did not name as disposable:
 * - never over one of its inputs, however spelt (the same path, "./", "..", a symbolic link, a hard
 *   link): compared by real path and by device and inode;
 * - never into a folder;
 * - a report (validate, summary --out) never over an existing workbook, told by its content (a ZIP
 *   or an old OLE .xls), not by its name;
 * - a workbook (fix, propose-gaps, summary --write, add-tabs, template) replaces an existing file
 *   only with --force.
 */
import { lstatSync, readSync, openSync, closeSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { UsageError } from "./usage-error";

export type OutputKind = "report" | "workbook";

export interface OutputRules {
  command: string;
  /** Every file the command reads. */
  inputs: readonly string[];
  kind: OutputKind;
  force?: boolean;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The path as the file system resolves it; for a file not yet there, its folder's real path and its name. */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const folder = dirname(resolve(path));
    try {
      return resolve(realpathSync(folder), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** Whether `output` names the file `input`: same real path, or (hard links) the same device and inode. */
export function sameFile(input: string, output: string): boolean {
  if (realPathOf(input) === realPathOf(output)) return true;
  const a = statOrUndefined(input);
  const b = statOrUndefined(output);
  return a !== undefined && b !== undefined && a.ino === b.ino && a.dev === b.dev;
}

/** A ZIP (an .xlsx, .xlsm, or any Office Open XML file) or an OLE compound file (an old .xls). */
export function holdsWorkbook(path: string): boolean {
  let fd: number | undefined;
  try {
    if (!statSync(path).isFile()) return false;
    fd = openSync(path, "r");
    const head = Buffer.alloc(8);
    const read = readSync(fd, head, 0, 8, 0);
    const zip =
      read >= 4 &&
      head[0] === 0x50 &&
      head[1] === 0x4b &&
      (head[2] === 3 || head[2] === 5) &&
      (head[3] === 4 || head[3] === 6);
    const ole = read === 8 && head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    return zip || ole;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Throws a one-line UsageError when `output` may not be written by these rules. */
export function checkOutputTarget(output: string, rules: OutputRules): void {
  if (output === "") throw new UsageError(`${rules.command}: --out needs a file name.`);
  for (const input of rules.inputs) {
    if (sameFile(input, output))
      throw new UsageError(
        `--out ${output} is the input ${input} itself; ${rules.command} never writes over its input. Choose another file.`,
      );
  }
  const stats = statOrUndefined(output);
  if (stats === undefined) {
    // A symbolic link pointing nowhere would be replaced by the rename; one pointing somewhere is followed above.
    if (isLink(output) && rules.kind === "workbook" && rules.force !== true)
      throw new UsageError(
        `${output} already exists (a symbolic link); choose a new file or add --force to replace it.`,
      );
    return;
  }
  if (stats.isDirectory()) throw new UsageError(`--out ${output} is a folder; name a file in it.`);
  if (rules.kind === "report") {
    if (holdsWorkbook(output))
      throw new UsageError(
        `--out ${output} is an existing workbook; ${rules.command} never writes a report over a workbook. Choose another file.`,
      );
    return;
  }
  if (rules.force !== true)
    throw new UsageError(`${output} already exists; choose a new file or add --force to replace it.`);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
