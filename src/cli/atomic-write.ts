/**
 * Writes an output file whole or not at all: the bytes go to a temporary file in the target folder,
 * which is then renamed over the target (a rename within one folder is atomic on POSIX file systems
 * and on NTFS). A full disk, a read-only folder or any other failure removes the temporary file, so
 * the folder never holds a partial workbook under either name. `io` lets a test plant a failure.
 */
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export interface AtomicWriteIo {
  openSync: (path: string, flags: string) => number;
  writeSync: (fd: number, bytes: Uint8Array, offset: number, length: number) => number;
  fsyncSync: (fd: number) => void;
  closeSync: (fd: number) => void;
  renameSync: (from: string, to: string) => void;
  unlinkSync: (path: string) => void;
}

const nodeIo: AtomicWriteIo = { openSync, writeSync, fsyncSync, closeSync, renameSync, unlinkSync };

/** The temporary name used next to `target`: hidden, unique to this process and call. */
export function temporaryNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
}

export function writeFileAtomic(target: string, bytes: Uint8Array | string, io: AtomicWriteIo = nodeIo): void {
  // Buffer.from encodes a long report faster than TextEncoder, to the same bytes.
  const data = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes;
  // A device or pipe (/dev/stdout, /dev/null, a FIFO) is written in place: renaming a file over it
  // would replace the device itself, and there is no partial file to leave behind.
  if (isSpecialFile(target)) {
    writeFileSync(target, data);
    return;
  }
  const temporary = temporaryNameFor(target);
  // "wx": never opens an existing file, so the temporary name cannot clobber anything.
  const fd = io.openSync(temporary, "wx");
  let open = true;
  try {
    for (let offset = 0; offset < data.length; ) offset += io.writeSync(fd, data, offset, data.length - offset);
    io.fsyncSync(fd);
    io.closeSync(fd);
    open = false;
    io.renameSync(temporary, target);
  } catch (error) {
    if (open) {
      try {
        io.closeSync(fd);
      } catch {
        // already failing; the write error below is the one to report
      }
    }
    try {
      io.unlinkSync(temporary);
    } catch {
      // nothing to remove
    }
    throw error;
  }
}

function isSpecialFile(path: string): boolean {
  try {
    const stats = statSync(path);
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    return false;
  }
}
