/** row.duplicate: two Data Categorisation rows say exactly the same thing. */
import { vocabularyKey } from "../model/text-normalise";
import { defineRule } from "./rule";
import { reportCell, tabsWith } from "./rule-helpers";

export default defineRule({
  id: "row.duplicate",
  severity: "warning",
  scope: "rows",
  description: "Two Data Categorisation rows with the same values in every column (ignoring case and spacing) are one row too many.",
  check({ book }, reporter) {
    for (const tab of tabsWith<string>(book, ["categorisation"])) {
      const keys = tab.definition.columns.map((c) => c.key).filter((k) => tab.columns[k] !== undefined);
      const groups = new Map<string, typeof tab.rows>();
      for (const row of tab.rows) {
        const signature = keys.map((k) => vocabularyKey(row.text[k] ?? "")).join("\u0001");
        const group = groups.get(signature);
        if (group === undefined) {
          groups.set(signature, [row]);
        } else group.push(row);
      }
      const target = tab.columns.informationObject !== undefined ? "informationObject" : (keys[0] ?? "");
      for (const rows of groups.values()) {
        if (rows.length < 2) continue;
        for (const row of rows) {
          const others = rows.filter((r) => r !== row).map((r) => r.row);
          const shown = others.slice(0, 5).join(", ") + (others.length > 5 ? ` and ${others.length - 5} more` : "");
          reportCell(reporter, tab, row, target, `This row repeats row${others.length > 1 ? "s" : ""} ${shown} exactly; keep one.`);
        }
      }
    }
  },
});
