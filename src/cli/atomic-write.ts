/**
 * Writes an output file whole or not at all: the bytes go to a temporary file in the target folder,
 * which is then renamed over the target (a rename within one folder is atomic on POSIX file systems
 * and on NTFS). A full disk, a read-only folder or any other failure removes the temporary file, so
 * the folder never holds a partial workbook under either name. `io` lets a test plant a failure.
 *
 * Ctrl-C (SIGINT), SIGTERM or SIGHUP (the terminal closed) during the write removes the temporary
 * file and ends the process with 130, 143 or 129, as a shell reports a process killed by that
 * signal: the bytes are written in chunks with a turn of the event loop between them, so the
 * handler runs mid-write rather than after it.
 */
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { descriptorNamedBy, writeToDescriptor } from "./descriptor-path";

export interface AtomicWriteIo {
  openSync: (path: string, flags: string) => number;
  writeSync: (fd: number, bytes: Uint8Array, offset: number, length: number) => number;
  fsyncSync: (fd: number) => void;
  closeSync: (fd: number) => void;
  renameSync: (from: string, to: string) => void;
  unlinkSync: (path: string) => void;
  /** Puts the finished file in place only where nothing is (node's linkSync when not given). */
  linkSync?: (existing: string, path: string) => void;
}

export interface AtomicWriteOptions {
  /**
   * false: the target was absent when checked, so it must still be absent when the finished file is
   * put in place; a file another run or program made meanwhile is kept (EEXIST). Default true.
   */
  replace?: boolean;
}

const nodeIo: AtomicWriteIo = { openSync, writeSync, fsyncSync, closeSync, renameSync, unlinkSync, linkSync };

/** Codes of a file system that has no hard links (FAT, some network shares): there, rename as before. */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

/** Bytes written between two turns of the event loop (when a signal handler can run). */
const CHUNK = 1 << 20;

/** The exit status a shell gives a process ended by each signal (128 + its number). */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** The longest file name most file systems allow (ext4, APFS, NTFS: 255 bytes or UTF-16 units). */
const NAME_MAX = 255;

/**
 * The temporary name used next to `target`: hidden, unique to this process and call, and never
 * longer than a file name may be (the target's own name is cut to make room for the suffix).
 */
export function temporaryNameFor(target: string): string {
  const suffix = `.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  return join(dirname(target), `.${leadingBytes(basename(target), NAME_MAX - 1 - suffix.length)}${suffix}`);
}

/** The longest start of `name` that takes at most `max` bytes in UTF-8, never splitting a letter. */
function leadingBytes(name: string, max: number): string {
  let bytes = 0;
  let end = 0;
  for (const letter of name) {
    bytes += Buffer.byteLength(letter);
    if (bytes > max) break;
    end += letter.length;
  }
  return name.slice(0, end);
}

/** Temporary files being written now, and the signal handlers that remove them. */
const inProgress = new Set<string>();
const handlers = new Map<NodeJS.Signals, () => void>();

function removeOnSignal(temporary: string): void {
  inProgress.add(temporary);
  if (handlers.size > 0) return;
  for (const signal of Object.keys(SIGNAL_EXIT) as Array<keyof typeof SIGNAL_EXIT>) {
    const handler = (): void => {
      for (const path of inProgress) {
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      }
      process.stderr.write(`Interrupted (${signal}): the output file was not written.\n`);
      process.exit(SIGNAL_EXIT[signal]);
    };
    handlers.set(signal, handler);
    process.on(signal, handler);
  }
}

function doneWith(temporary: string): void {
  inProgress.delete(temporary);
  if (inProgress.size > 0) return;
  for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  handlers.clear();
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array | string,
  io: AtomicWriteIo = nodeIo,
  options: AtomicWriteOptions = {},
): Promise<void> {
  // Buffer.from encodes a long report faster than TextEncoder, to the same bytes.
  const data = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes;
  // /dev/stdout and its kind name a descriptor this process holds: written through it, never replaced.
  const descriptor = descriptorNamedBy(target);
  if (descriptor !== undefined) {
    await writeToDescriptor(descriptor, data);
    return;
  }
  // A device or pipe (/dev/stdout, /dev/null, a FIFO) is written in place: renaming a file over it
  // would replace the device itself, and there is no partial file to leave behind.
  if (isSpecialFile(target)) {
    await writeInPlace(target, data);
    return;
  }
  const temporary = temporaryNameFor(target);
  // The handler first: a signal landing just after the file is made must still find it to remove.
  removeOnSignal(temporary);
  let fd: number;
  try {
    // "wx": never opens an existing file, so the temporary name cannot clobber anything.
    fd = io.openSync(temporary, "wx");
  } catch (error) {
    doneWith(temporary);
    throw error;
  }
  let open = true;
  try {
    for (let offset = 0; offset < data.length;) {
      const end = Math.min(data.length, offset + CHUNK);
      while (offset < end) offset += io.writeSync(fd, data, offset, end - offset);
      await turn();
    }
    keepAccessOf(target, fd);
    io.fsyncSync(fd);
    io.closeSync(fd);
    open = false;
    if (options.replace === false) putInPlaceOnly(temporary, target, io);
    else io.renameSync(temporary, target);
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
  } finally {
    doneWith(temporary);
  }
}

/**
 * Opened without blocking: a FIFO nobody reads fails at once (ENXIO) instead of waiting for a reader
 * that may never come, and a full pipe is waited on between turns of the event loop.
 */
async function writeInPlace(target: string, data: Uint8Array): Promise<void> {
  const fd = openSync(target, constants.O_WRONLY | constants.O_NONBLOCK);
  try {
    await writeToDescriptor(fd, data);
  } finally {
    closeSync(fd);
  }
}

/** A hard link made only where no file is (the kernel refuses EEXIST otherwise), then the temporary name dropped. */
function putInPlaceOnly(temporary: string, target: string, io: AtomicWriteIo): void {
  try {
    (io.linkSync ?? linkSync)(temporary, target);
  } catch (error) {
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
    io.renameSync(temporary, target);
    return;
  }
  try {
    io.unlinkSync(temporary);
  } catch {
    // the output is in place, whole; a temporary name left over is only a second name of it
  }
}

/**
 * The file being replaced keeps who may read it: its permission bits (a private 0600 report or
 * workbook must not come back 0644) and, when root replaces another user's file, its owner.
 */
function keepAccessOf(target: string, fd: number): void {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    return; // nothing there yet: the new file gets the usual permissions
  }
  if (!stats.isFile()) return;
  fchmodSync(fd, stats.mode & 0o7777);
  if (process.getuid?.() === 0) fchownSync(fd, stats.uid, stats.gid);
}

function isSpecialFile(path: string): boolean {
  try {
    const stats = statSync(path);
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    return false;
  }
}
