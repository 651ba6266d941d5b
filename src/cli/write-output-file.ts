/**
 * The one writer of the commands' output files: checks the target by the rules of output-target.ts,
 * writes atomically, and reports any failure as one line "Cannot write FILE: reason".
 */
import { writeFileAtomic } from "./atomic-write";
import { cannotWrite } from "./describe-failure";
import { checkOutputTarget, type OutputRules } from "./output-target";

export async function writeOutputFile(path: string, content: Uint8Array | string, rules: OutputRules): Promise<void> {
  checkOutputTarget(path, rules);
  try {
    await writeFileAtomic(path, content);
  } catch (error) {
    throw cannotWrite(path, error);
  }
}
