/** Writes a command's output file atomically; a refusal (a full disk, a read-only folder) is a usage error naming the path. */
import { writeFileAtomic } from "./atomic-write";
import { UsageError } from "./usage-error";

export function writeOutputFile(path: string, content: Uint8Array | string): void {
  try {
    writeFileAtomic(path, content);
  } catch (error) {
    throw new UsageError(`Cannot write ${path}: ${(error as Error).message}`);
  }
}
