/** capability.missing: a Data Categorisation row names neither a Capability ID nor a Capability. */
import { isExcelError } from "../sheets/excel-errors";
import { rowsWithEmpty } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "capability.missing",
  title: "No capability ID or name",
  severity: "error",
  scope: "row",
  description: "Each Data Categorisation row needs a Capability ID or a Capability name (one of the two is required).",
  messages: { missing: "A row with a use case names no capability." },
  check({ book }, reporter) {
    for (const tab of tabsWith<"capabilityId" | "capability">(book, ["categorisation"])) {
      const target = tab.columns.capabilityId !== undefined ? "capabilityId" : "capability";
      if (tab.columns[target] === undefined) continue; // header.missing-columns reports the tab once
      // Only rows with an empty Capability ID can have neither (readTab records them).
      for (const row of rowsWithEmpty(tab, "capabilityId")) {
        if (row.text.capabilityId !== "" || row.text.capability !== "") continue;
        // A formula error is cell.formula-error's; a placeholder ("N/A") gives no capability.
        if (isExcelError(row.raw.capabilityId.trim()) || isExcelError(row.raw.capability.trim())) continue;
        reportCell(
          reporter,
          tab,
          row,
          target,
          "Capability ID and Capability are both empty; give at least the Capability ID (e.g. 4.3.2).",
        );
      }
    }
  },
});
