/**
 * tab.several-candidates: several sheets could be one tab (a copy, an old one, a renamed one, two
 * names differing in spacing); the report names the one checked and the ones left, so nobody
 * fixes a copy the add-in never reads.
 */
import { tabDefinitions } from "../sheets/tab-definitions";
import { defineRule } from "../check/rule";

export default defineRule({
  id: "tab.several-candidates",
  title: "Several sheets could be the same tab",
  severity: "info",
  scope: "header",
  description:
    'When several sheets could be one tab ("Data Categorisation" and "Data Categorisation (2)", an old or renamed copy), the one whose name and header match best is checked and the others are left; this says which.',
  messages: { severalCandidates: "Several sheets could be the tab: the one checked and the ones left." },
  check({ book }, reporter) {
    for (const choice of book.tabChoices ?? []) {
      const name = tabDefinitions.find((d) => d.id === choice.tab)?.name ?? choice.tab;
      const left = choice.left.map((sheet) => `"${sheet}"`).join(", ");
      reporter.report({
        sheet: choice.checked,
        cell: "A1",
        row: 1,
        column: "",
        message: `"${choice.checked}" was checked as the ${name} tab (its name and header match best); ${left} ${choice.left.length === 1 ? "was" : "were"} left unchecked.`,
        value: "",
      });
    }
  },
});
