/**
 * Builds the installed command with esbuild into plain JavaScript that needs nothing but node 20:
 *   dist-cli/cerdc.js       the bin: answers --help and --version by itself (a few KB, so they cost
 *                           little more than starting node), else loads
 *   dist-cli/cerdc-main.js  the commands and the core with zod, fflate, fastest-levenshtein and
 *                           the seed JSON bundled in.
 * `npm pack` ships these two files (package.json "files"), so the installed package has no run-time
 * dependencies at all.
 *   node scripts/build-cli.mjs   (npm run build:cli)
 */
import { build } from "esbuild";
import { chmodSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist-cli", "cerdc.js");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  banner: { js: "#!/usr/bin/env node" },
  minifySyntax: true,
  legalComments: "none",
  logLevel: "warning",
};
await build({
  ...common,
  entryPoints: [join(root, "src", "cli", "bin-main.ts")],
  outfile: join(root, "dist-cli", "cerdc-main.js"),
  banner: {},
});
await build({ ...common, entryPoints: [join(root, "src", "cli", "bin.ts")], outfile, external: ["./cerdc-main.js"] });
chmodSync(outfile, 0o755);
process.stdout.write(`built ${outfile}\n`);
