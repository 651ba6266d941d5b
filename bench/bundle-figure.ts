/**
 * The task pane's JavaScript as Office downloads it: a production build into a scratch folder, then
 * the gzipped size of what the pane loads when it opens (its entry chunk) against the 150 KiB goal,
 * and of everything it can load later (the checking code, prefetched at once, and the panels).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const KIB = 1024;

export function bundleFigure(root: string, out: string): string {
  execFileSync(join(root, "node_modules", ".bin", "webpack"), ["--mode", "production", "--output-path", out], {
    cwd: root,
    stdio: "ignore",
  });
  const gz = (file: string) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
  const files = readdirSync(out).filter((name) => name.endsWith(".js"));
  const entry = files.find((name) => name.startsWith("taskpane."));
  const commands = files.find((name) => name.startsWith("commands."));
  const lazy = files.filter((name) => /^\d+\./.test(name));
  const entryKib = entry === undefined ? NaN : gz(entry) / KIB;
  const lazyKib = lazy.reduce((sum, name) => sum + gz(name), 0) / KIB;
  return (
    `  task pane on opening: ${entryKib.toFixed(1)} KiB gzipped  ${entryKib <= 150 ? "ok" : "MISS"} (<= 150 KiB)\n` +
    `  loaded later (checking code, prefetched; write panels and workflows on first use): ${lazyKib.toFixed(1)} KiB in ${lazy.length} chunks; all together ${(entryKib + lazyKib).toFixed(1)} KiB\n` +
    `  ribbon function file: ${commands === undefined ? "?" : (gz(commands) / KIB).toFixed(1)} KiB\n`
  );
}
