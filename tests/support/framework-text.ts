/**
 * Finds the CER Taskforce Analytical Framework text for tests. It lives beside the repository
 * (../shared/seeds) in this workplace only, so callers must cope with it being absent.
 */
import fs from "node:fs";
import path from "node:path";

/** The nearest folder at or above `start` holding a package.json. */
function findRepoRoot(start: string): string {
  let dir = start;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json at or above ${start}`);
    dir = parent;
  }
  return dir;
}

export const repoRoot: string = findRepoRoot(__dirname);

export const frameworkTextPath: string = path.resolve(
  repoRoot,
  "..",
  "shared",
  "seeds",
  "cer-analytical-framework.txt",
);

/** The framework text, or undefined when this checkout has no ../shared beside it. */
export function readFrameworkText(): string | undefined {
  return fs.existsSync(frameworkTextPath) ? fs.readFileSync(frameworkTextPath, "utf8") : undefined;
}
