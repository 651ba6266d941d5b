/** The generated docs stay true to the code: each is exactly what the code generates. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rulesMarkdown } from "../../scripts/rules-doc";
import { workbookMarkdown } from "../../scripts/workbook-doc";

const doc = (name: string) => readFileSync(join(__dirname, "..", "..", "docs", name), "utf8");

it("docs/rules.md is up to date (run `npm run docs:rules` after changing a rule)", () => {
  expect(doc("rules.md")).toBe(rulesMarkdown());
});

it("docs/workbook.md is up to date (run `npm run docs:rules` after changing a tab or vocabulary)", () => {
  expect(doc("workbook.md")).toBe(workbookMarkdown());
});
