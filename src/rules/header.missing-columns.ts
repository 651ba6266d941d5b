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
      reporter.report({
        sheet: tab.sheet,
        cell: cellAddress(tab.headerRow, 0),
        row: tab.headerRow,
        column: "",
        message: `The header row (row ${tab.headerRow}) has no ${list} column${missing.length > 1 ? "s" : ""}; add ${missing.length > 1 ? "them" : "it"} so every row can be checked.`,
        value: missing.join(", "),
      });
    }
  },
});
