/**
 * Every failure the command line reports, as one line: our own errors by their message, a file
 * system error as "Cannot read|write FILE: reason" in words (never node's "ENOENT: ..., open
 * '/tmp/.x.tmp'" with a temporary path), anything else as an unexpected error on one line.
 */
import { SeedDataError } from "../model/seed-loading";
import { ApplyError } from "../workflows/changes/apply-changes";
import { NoKnownTabsError } from "../sheets/parsed-workbook";
import { WorkbookReadError } from "../workbook/xlsx/workbook-read-error";
import { UsageError } from "./usage-error";

/** What each file system error code means, in words. */
const REASONS: Record<string, string> = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file is too large for the file system",
  ENAMETOOLONG: "the name is too long",
  EEXIST: "it already exists",
  EXDEV: "it is on another file system than its folder",
  EBUSY: "the file is in use",
  EMFILE: "too many files are open",
  EIO: "an input/output error from the device",
  ELOOP: "too many symbolic links in the path",
  ENXIO: "nothing is at its other end (a pipe nobody reads, a socket, or a device that is not there)",
  EPIPE: "its reader closed it before the end",
};

/** The reason of a file system error in words, with its code for a search ("no space left on the device (ENOSPC)"). */
export function fileSystemReason(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return undefined;
  return `${REASONS[code] ?? "the system refused"} (${code})`;
}

/** "Cannot write FILE: reason" for a failed write, whatever failed inside it. */
export function cannotWrite(path: string, error: unknown): UsageError {
  if (error instanceof UsageError) return error;
  return new UsageError(`Cannot write ${path}: ${fileSystemReason(error) ?? oneLineOf(error)}`);
}

export function describeFailure(error: unknown): string {
  if (
    error instanceof UsageError ||
    error instanceof WorkbookReadError ||
    error instanceof NoKnownTabsError ||
    error instanceof SeedDataError ||
    error instanceof ApplyError // a write the workbook refused, said in the workflow's words
  )
    // One line by construction: a line end in it comes from a file or sheet name, shown as an escape.
    return error.message.replace(/\n/g, "\\x0a");
  if (
    error instanceof RangeError &&
    /heap|allocation|Invalid array length|Invalid string length/i.test(error.message)
  ) {
    return "This workbook is too large to read in the memory this run has.";
  }
  const reason = fileSystemReason(error);
  const path = (error as NodeJS.ErrnoException).path;
  if (reason !== undefined && typeof path === "string")
    return `Cannot ${(error as NodeJS.ErrnoException).syscall === "open" ? "open" : "use"} ${path}: ${reason}`;
  return `Unexpected error: ${oneLineOf(error)}`;
}

function oneLineOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ").trim();
}

/** "Cannot read FILE: reason" for a failed read; "No such file: FILE" when it is not there. */
export function cannotRead(path: string, error: unknown): UsageError {
  if (error instanceof UsageError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new UsageError(`No such file: ${path}`);
  return new UsageError(`Cannot read ${path}: ${fileSystemReason(error) ?? oneLineOf(error)}`);
}
