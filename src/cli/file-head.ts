/**
 * The first bytes of an existing regular file, to tell what it holds before an output replaces it.
 * Never more than asked (a report may be hundreds of megabytes), and never waiting: with O_NONBLOCK a
 * FIFO swapped in after the caller's stat opens at once (and is then refused as no regular file)
 * instead of blocking the command until something writes to it.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { fileSystemReason } from "./describe-failure";

export type FileHead = { bytes: Buffer } | { unreadable: string };

/** Up to `max` bytes from the start of `path`; `unreadable`, in words, when it cannot be read or is no regular file. */
export function readFileHead(path: string, max: number): FileHead {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return { unreadable: "not a regular file" };
    const bytes = Buffer.alloc(max);
    let read = 0;
    while (read < max) {
      const n = readSync(fd, bytes, read, max - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read) };
  } catch (error) {
    return { unreadable: fileSystemReason(error) ?? String(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
