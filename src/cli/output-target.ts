/**
 * Where a command may write. No command writes over anything the user did not name as disposable:
 * - never over one of its inputs, however spelt (the same path, "./", "..", a symbolic link, a hard
 *   link): compared by real path and by device and inode;
 * - never into a folder;
 * - a report (validate, summary, diff --out; validate --write-baseline) never over an existing
 *   workbook, told by its content (a ZIP or an old OLE .xls), not by its name, even with --force;
 *   over any other existing file only when it is empty, when its first bytes show it is a report
 *   cerdc wrote (report-signature.ts), or with --force;
 * - a workbook (fix, propose-gaps, summary --write, add-tabs, template) replaces an existing file
 *   only with --force.
 * A device, FIFO or socket (/dev/null, a pipe) is written in place, never read or replaced; a
 * device that holds data (a disk, the machine's memory) is refused, even with --force. One of the
 * process's descriptors (/dev/stdout, /dev/fd/N; descriptor-path.ts) is written through, and
 * refused only when what is behind it holds data or a workbook (`>> book.xlsx`).
 * A symbolic link is followed to tell what it points to; a link to nothing is replaced only with
 * --force. The write itself (atomic-write.ts) replaces the link, never the file it points to.
 */
import { lstatSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { descriptorNamedBy } from "./descriptor-path";
import { readFileHead } from "./file-head";
import { BIN } from "./help";
import { isCerdcReport, REPORT_HEAD_BYTES } from "./report-signature";
import { UsageError } from "./usage-error";

export type OutputKind = "report" | "workbook";

export interface OutputRules {
  command: string;
  /** Every file the command reads. */
  inputs: readonly string[];
  kind: OutputKind;
  force?: boolean;
  /** The option naming the file, for the messages; --out unless said. */
  option?: string;
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

/** A ZIP (an .xlsx, .xlsm, or any Office Open XML file) or an OLE compound file (an old .xls), by its first bytes. */
function isWorkbookHead(head: Buffer): boolean {
  const zip =
    head.length >= 4 &&
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    (head[2] === 3 || head[2] === 5) &&
    (head[3] === 4 || head[3] === 6);
  const ole =
    head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  return zip || ole;
}

/** Throws a one-line UsageError when `output` may not be written by these rules. */
export function checkOutputTarget(output: string, rules: OutputRules): void {
  const option = rules.option ?? "--out";
  if (output === "") throw new UsageError(`${rules.command}: ${option} needs a file name.`);
  // Other tools read "-" as standard output; here it would quietly make a file named "-".
  if (output === "-")
    throw new UsageError(
      `${option} - is not a file name here; name the file to write (./- for a file named "-")${rules.kind === "report" ? `, or leave ${option} out to print the report` : ""}.`,
    );
  for (const input of rules.inputs) {
    if (sameFile(input, output))
      throw new UsageError(
        `${option} ${output} is the input ${input} itself; ${rules.command} never writes over its input. Choose another file.`,
      );
  }
  // /dev/stdout, /dev/fd/N and links to them: written through the descriptor, nothing is replaced.
  const descriptor = descriptorNamedBy(output) !== undefined;
  const stats = statOrUndefined(output);
  if (stats === undefined) {
    // A symbolic link pointing nowhere would be replaced by the rename; one pointing somewhere is followed above.
    if (!descriptor && isLink(output) && rules.force !== true)
      throw new UsageError(
        `${output} already exists (a symbolic link); choose a new file or add --force to replace it.`,
      );
    return;
  }
  if (stats.isDirectory()) throw new UsageError(`${option} ${output} is a folder; name a file in it.`);
  const holder = dataDevice(stats);
  if (holder !== undefined)
    throw new UsageError(
      `${option} ${output} is ${holder}; ${BIN} writes only to files, pipes and terminals, never over a device that holds data. Choose a file.`,
    );
  if (rules.kind === "report") return checkReportTarget(output, stats, { ...rules, option, descriptor });
  if (rules.force !== true)
    throw new UsageError(`${output} already exists; choose a new file or add --force to replace it.`);
}

/** An existing file a report may replace: never a workbook; an empty file, a report of ours, or anything with --force. */
function checkReportTarget(
  output: string,
  stats: Stats,
  rules: OutputRules & { option: string; descriptor: boolean },
): void {
  const option = rules.option;
  // Devices and pipes are written in place: nothing is replaced, and reading one could block or never end.
  if (!stats.isFile()) return;
  const head = readFileHead(output, REPORT_HEAD_BYTES);
  if (!("bytes" in head))
    throw new UsageError(
      `${option} ${output} already exists and cannot be read (${head.unreadable}) to tell whether it is a workbook; choose another file.`,
    );
  if (isWorkbookHead(head.bytes))
    throw new UsageError(
      `${option} ${output} is an existing workbook; ${rules.command} never writes a report over a workbook. Choose another file.`,
    );
  // A file the shell opened for this process's stdout (`> file`, `>> log`) is written at its descriptor's place.
  if (rules.descriptor) return;
  if (rules.force === true || head.bytes.length === 0 || isCerdcReport(head.bytes.toString("utf8"))) return;
  throw new UsageError(
    `${option} ${output} already exists and is not a report ${BIN} wrote; choose another file or add --force to replace it.`,
  );
}

/** Linux's memory devices (/dev/mem, /dev/kmem, /dev/port: major 1, minors 1, 2 and 4), by device number. */
const MEMORY_DEVICES = new Set([(1 << 8) | 1, (1 << 8) | 2, (1 << 8) | 4]);

/**
 * What a device written in place would overwrite: a disk (a block device, /dev/sda, /dev/vda,
 * /dev/loop0) or the machine's memory. Undefined for the devices an output may go to (/dev/null,
 * a terminal, /dev/full) and anything that is no device.
 */
export function dataDevice(stats: Pick<Stats, "isBlockDevice" | "isCharacterDevice" | "rdev">): string | undefined {
  if (stats.isBlockDevice()) return "a block device (a disk's data)";
  if (stats.isCharacterDevice() && process.platform === "linux" && MEMORY_DEVICES.has(stats.rdev))
    return "a memory device";
  return undefined;
}

/** The path names something now: a file, a folder, a device, or a symbolic link (to nothing too). */
export function namesSomething(path: string): boolean {
  return statOrUndefined(path) !== undefined || isLink(path);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
