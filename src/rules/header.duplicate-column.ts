/** header.duplicate-column: two header cells of a tab name the same column. */
import { defineRule } from "../check/rule";

export default defineRule({
  id: "header.duplicate-column",
  title: "Column twice in the header",
  severity: "warning",
  scope: "header",
  description: "A column should appear once in a tab's header; only the first of two is read.",
  messages: { duplicateColumn: "Two header cells name the same column." },
  check({ book }, reporter) {
    for (const tab of [book.categorisation, book.gaps, book.options]) {
      for (const problem of tab?.headerProblems ?? []) {
        if (problem.kind !== "duplicate-column" || tab === undefined) continue;
        reporter.report({
          sheet: tab.sheet,
          cell: problem.cell,
          row: problem.row,
          column: problem.column ?? "",
          message: problem.message,
          value: problem.column ?? "",
        });
      }
    }
  },
});
