/** header.missing-columns: a tab's header lacks required columns; one finding per tab lists them all. */
import { cellAddress } from "../workbook/cell-address";
import { canonicalHeader } from "../sheets/tab-definitions";
import { defineRule } from "../check/rule";

export default defineRule({
  id: "header.missing-columns",
  title: "Required columns missing",
  severity: "error",
  scope: "header",
  description:
    "Each tab needs all its required columns (see docs/workbook.md); Data Categorisation needs Capability ID or Capability.",
  messages: { missingColumns: "The header row lacks required columns." },
  check({ book }, reporter) {
    for (const tab of [book.categorisation, book.gaps, book.options]) {
      if (tab === undefined || tab.headerRow === undefined) continue; // header.not-found says so
      const missing = tab.missingRequired.map((key) => canonicalHeader(tab.definition, key));
      const columns = tab.columns as Partial<Record<string, number>>;
      if (
        tab.definition.id === "categorisation" &&
        columns.capabilityId === undefined &&
        columns.capability === undefined
      ) {
        missing.push("Capability ID (or Capability)");
      }
      if (missing.length === 0) continue;
      const list = missing.map((m) => `"${m}"`).join(", ");
      const them = missing.length > 1 ? "them" : "it";
      reporter.report({
        sheet: tab.sheet,
        cell: cellAddress(tab.headerRow, 0),
        row: tab.headerRow,
        column: "",
        message: `The header row (row ${tab.headerRow}) has no ${list} column${missing.length > 1 ? "s" : ""}; add ${them} so every row can be checked${unmatchedNote(tab.unmatchedHeaders ?? [], them)}.`,
        value: missing.join(", "),
      });
    }
  },
});

// Enough of the header row's other cells to spot the one that holds a missing column.
const MAX_NAMED = 6;

/** ", or rename the header that holds it: "Remedy" and "Owner" match no column", or "" when every header matched. */
function unmatchedNote(headers: readonly string[], them: string): string {
  if (headers.length === 0) return "";
  const named = headers.slice(0, MAX_NAMED).map((h) => `"${h}"`);
  const more = headers.length > MAX_NAMED ? ` and ${headers.length - MAX_NAMED} more` : "";
  const listed =
    more === "" && named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : named.join(", ") + more;
  const holder = them === "it" ? "the header that holds it" : "the headers that hold them";
  return `, or rename ${holder}: ${listed} match${headers.length === 1 ? "es" : ""} no column`;
}
