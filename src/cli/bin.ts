/**
 * Entry of the installed command (`cerdc`), built by scripts/build-cli.mjs into dist-cli/cerdc.js.
 * `--help` and `--version` are answered from this small file alone; anything else loads the bundle
 * of the commands and the core (dist-cli/cerdc-main.js, built from bin-main.ts). Run from the
 * sources (`tsx src/cli/bin.ts`) there is no bundle beside it: bin-main.ts itself is loaded.
 */
import { quickAnswer } from "./help";

/** The commands' module: a name held in a variable, so that esbuild leaves it out of this small bundle. */
const commands = __filename.endsWith(".ts") ? "./bin-main" : "./cerdc-main.js";

const quick = quickAnswer(process.argv.slice(2));
if (quick !== undefined) {
  process.stdout.write(quick.stdout);
  process.exitCode = quick.exitCode;
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the second bundle, loaded only when a command runs
  (require(commands) as { main(): void }).main();
}
