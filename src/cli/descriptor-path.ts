/**
 * `--out /dev/stdout` (or /dev/stderr, /dev/fd/N, /proc/self/fd/N, or a link to one of them) names
 * one of this process's open descriptors, not a file to replace: the output goes through that
 * descriptor, where the shell sent it (a terminal, a pipe, `> file`, `>> log`). Renaming a finished
 * file over such a path would replace the system's /dev/stdout link itself (as root, with stdout
 * redirected to a file), and reopening it fails on a socket (ENXIO) and writes a redirected file
 * from its start, under whatever else the process prints.
 */
import { readlinkSync, writeSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** The descriptor paths of this process: /dev/stdout and /dev/stderr are links to the /proc ones. */
const DESCRIPTOR_PATH = /^\/(?:proc\/(?:self|thread-self|(\d+))\/fd|dev\/fd)\/(\d+)$/;
const STANDARD: Record<string, number> = { "/dev/stdin": 0, "/dev/stdout": 1, "/dev/stderr": 2 };

/** The kernel's own limit on links followed in one path. */
const MAX_LINKS = 40;

/** The descriptor `path` names, following symbolic links one at a time; undefined for any other path. */
export function descriptorNamedBy(path: string): number | undefined {
  let current = resolve(path);
  for (let links = 0; links <= MAX_LINKS; links++) {
    const standard = STANDARD[current];
    if (standard !== undefined) return standard;
    const match = DESCRIPTOR_PATH.exec(current);
    // Another process's descriptor is that process's file, not ours to write through.
    if (match !== null)
      return match[1] === undefined || Number(match[1]) === process.pid ? Number(match[2]) : undefined;
    try {
      current = resolve(dirname(current), readlinkSync(current));
    } catch {
      return undefined; // not a link (or not there): an ordinary path
    }
  }
  return undefined;
}

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/** Writes all of `bytes` to the open descriptor, waiting while a non-blocking pipe is full. */
export async function writeToDescriptor(fd: number, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.length;) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      await pause(5);
    }
  }
}
