/**
 * The CLI's edge with the file system: reads a workbook's bytes and opens them with the xlsx
 * adapter. Only a regular file is read (a FIFO would block and /dev/zero or /dev/urandom never end,
 * also behind an .xlsx symbolic link), never more than the run's memory budget, and "no such file",
 * "is a folder", unreadable files and a CSV each get one clear line.
 */
import { closeSync, fstatSync, openSync, readSync, constants } from "node:fs";
import { ReadBudget } from "../workbook/xlsx/read-budget";
import { assertZipSignature } from "../workbook/xlsx/file-signature";
import { openXlsx, WorkbookReadError, type XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import { cannotRead } from "./describe-failure";
import { nativeInflateRaw } from "./native-inflate";
import { runBudget } from "./run-budget";
import { UsageError } from "./usage-error";

export function readWorkbookBytes(path: string, budget: ReadBudget = runBudget()): Uint8Array {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO nobody writes to returns at once instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new UsageError(`${path} is a folder, not an .xlsx workbook.`);
    if (!stats.isFile()) throw notRegularFile(path);
    budget.charge(stats.size, `the file ${path}`);
    const bytes = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, bytes, read, stats.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const content = bytes.subarray(0, read);
    // What the file is, said before any command works on it: a CSV gets its way forward.
    assertZipSignature(content);
    return content;
  } catch (error) {
    if (error instanceof WorkbookReadError) throw withWayForward(path, error);
    if (error instanceof UsageError) throw error;
    // A socket cannot even be opened: the same answer as any other file that is not a regular one.
    if ((error as NodeJS.ErrnoException).code === "ENXIO") throw notRegularFile(path);
    throw cannotRead(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function notRegularFile(path: string): UsageError {
  return new UsageError(`${path} is not a regular file (a device, pipe or socket), so not an .xlsx workbook.`);
}

export function readWorkbookFile(path: string, budget: ReadBudget = runBudget()): XlsxWorkbook {
  const bytes = readWorkbookBytes(path, budget);
  try {
    return openXlsx(bytes, { inflateRaw: nativeInflateRaw, budget });
  } catch (error) {
    throw withWayForward(path, error);
  }
}

/** A CSV or text file given as a workbook: say how to make a workbook of it, in the same one line. */
export function withWayForward(path: string, error: unknown): unknown {
  if (!(error instanceof WorkbookReadError) || error.reason !== "text-file" || /web page|XML/.test(error.message))
    return error;
  return new WorkbookReadError(
    "text-file",
    `${path} is a CSV or text file, not an .xlsx workbook: open it in Excel or LibreOffice and save it as .xlsx (or paste its rows into a workbook made by \`cerdc template --out book.xlsx\`), then run this again.`,
  );
}
