/**
 * row.not-data: rows below a tab's header that are not data (an Excel table's totals row, a
 * "Total" row, a note or footnote, a section title, a row of nothing but formula errors) are left out of the check and the fills; one
 * finding per tab says which, so nothing is passed over unseen.
 */
import { notDataLabel } from "../sheets/not-data-rows";
import { plural } from "../text/plural";
import { defineRule } from "../check/rule";
import { quote, tabsWith } from "./utils/rule-helpers";

/** How many rows a message names one by one. */
const LISTED = 12;

export default defineRule({
  id: "row.not-data",
  title: "Row that is not data left out",
  severity: "info",
  scope: "header",
  description:
    "Rows that are not data (an Excel table's totals row, a \"Total\" row, a note or footnote under or between the rows, a section title alone on its row, a row holding nothing but formula errors such as a template's lookups with nothing to look up) are left out of the check and the fills; one finding per tab lists them.",
  messages: { notData: "Rows of a tab that are not data, left out of the check and the fills." },
  check({ book }, reporter) {
    for (const tab of tabsWith<string>(book, ["categorisation", "gaps", "options"])) {
      const rows = tab.notData ?? [];
      const [first] = rows;
      if (first === undefined) continue;
      const listed = rows
        .slice(0, LISTED)
        .map((r) => `${r.row} (${notDataLabel(r)}${r.kind === "totals" ? "" : `: ${quote(r.text)}`})`);
      const more = rows.length > LISTED ? ` and ${rows.length - LISTED} more` : "";
      reporter.report({
        sheet: tab.sheet,
        cell: `A${first.row}`,
        row: first.row,
        column: "",
        message: `${plural(rows.length, "row")} of ${tab.sheet} ${rows.length === 1 ? "is" : "are"} not data and ${rows.length === 1 ? "was" : "were"} left out of the check: ${listed.join(", ")}${more}.`,
        value: first.text,
      });
    }
  },
});
