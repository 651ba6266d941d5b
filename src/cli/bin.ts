/**
 * Entry of the installed command (`cerdc`), built by scripts/build-cli.mjs into dist-cli/cerdc.js.
 * `--help` and `--version` are answered from this small file alone; anything else loads the bundle
 * of the commands and the core (dist-cli/cerdc-main.js, built from bin-main.ts).
 */
import { quickAnswer } from "./help";

const quick = quickAnswer(process.argv.slice(2));
if (quick !== undefined) {
  process.stdout.write(quick.stdout);
  process.exitCode = quick.exitCode;
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the second bundle, loaded only when a command runs
  (require("./cerdc-main.js") as { main(): void }).main();
}
