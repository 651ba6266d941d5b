/**
 * The one writer of the commands' output files: checks the target by the rules of output-target.ts,
 * writes atomically, and reports any failure as one line "Cannot write FILE: reason". A target that
 * was absent when checked is never replaced without --force, even when another run or program makes
 * it while the output is being written.
 */
import { writeFileAtomic } from "./atomic-write";
import { BIN } from "./help";
import { cannotWrite } from "./describe-failure";
import { checkOutputTarget, namesSomething, type OutputRules } from "./output-target";
import { UsageError } from "./usage-error";

export async function writeOutputFile(path: string, content: Uint8Array | string, rules: OutputRules): Promise<void> {
  checkOutputTarget(path, rules);
  const replace = rules.force === true || namesSomething(path);
  try {
    await writeFileAtomic(path, content, undefined, { replace });
  } catch (error) {
    if (!replace && (error as NodeJS.ErrnoException).code === "EEXIST")
      throw new UsageError(
        `Cannot write ${path}: it was made by another program while ${BIN} wrote it, and is left as it is; choose a new file or add --force to replace it.`,
      );
    throw cannotWrite(path, error);
  }
}
