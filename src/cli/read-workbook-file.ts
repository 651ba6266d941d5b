/**
 * The CLI's edge with the file system: reads a workbook's bytes and opens them with the xlsx
 * adapter, turning "no such file", "is a directory" and unreadable files into one clear line.
 */
import { readFileSync, statSync } from "node:fs";
import { openXlsx, type XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import { UsageError } from "./usage-error";

export function readWorkbookFile(path: string): XlsxWorkbook {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`${path} is a folder, not an .xlsx workbook.`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UsageError(`No such file: ${path}`);
    if (code === "EACCES" || code === "EPERM") throw new UsageError(`Cannot read ${path}: permission denied.`);
    throw new UsageError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  return openXlsx(bytes);
}
