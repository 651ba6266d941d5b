/** header.not-found: a tab is there but no row in its first 20 looks like its header. */
import { defineRule } from "../check/rule";

export default defineRule({
  id: "header.not-found",
  title: "Header row not found",
  severity: "error",
  scope: "header",
  description:
    "Each tab's header row must be within its first 20 rows, with the column names listed in docs/workbook.md (or their aliases).",
  messages: { headerNotFound: "No header row was found on the tab." },
  check({ book }, reporter) {
    for (const tab of [book.categorisation, book.gaps, book.options]) {
      for (const problem of tab?.headerProblems ?? []) {
        if (problem.kind !== "not-found" || tab === undefined) continue;
        reporter.report({
          sheet: tab.sheet,
          cell: problem.cell,
          row: problem.row,
          column: "",
          message: problem.message,
          value: "",
        });
      }
    }
  },
});
