/**
 * The CLI's edge with the file system: reads a workbook's bytes, turning "no such file", "is a
 * directory" and unreadable files into one clear line, and opens them with the xlsx adapter.
 */
import { readFileSync, statSync } from "node:fs";
import { openXlsx, type XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import { nativeInflateRaw } from "./native-inflate";
import { UsageError } from "./usage-error";

export function readWorkbookBytes(path: string): Uint8Array {
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`${path} is a folder, not an .xlsx workbook.`);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`No such file: ${path}`);
    if (code === "EACCES" || code === "EPERM") throw new UsageError(`Cannot read ${path}: permission denied.`);
    throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`);
  }
}

export function readWorkbookFile(path: string): XlsxWorkbook {
  return openXlsx(readWorkbookBytes(path), { inflateRaw: nativeInflateRaw });
}
