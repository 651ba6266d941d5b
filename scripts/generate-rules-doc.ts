/** Writes docs/rules.md and docs/workbook.md from the rules' metadata and the tab definitions. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { rulesMarkdown } from "./rules-doc";
import { workbookMarkdown } from "./workbook-doc";

for (const [name, text] of [
  ["rules.md", rulesMarkdown()],
  ["workbook.md", workbookMarkdown()],
] as const) {
  const target = resolve(__dirname, "..", "docs", name);
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
}
