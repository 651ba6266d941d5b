/** row.duplicate: two Data Categorisation rows say exactly the same thing. */
import { defineRule } from "./rule";
import { reportCell, tabsWith } from "./rule-helpers";
import { rowsByObject } from "./rows-by-object";

export default defineRule({
  id: "row.duplicate",
  severity: "warning",
  scope: "rows",
  description: "Two Data Categorisation rows with the same values in every column (ignoring case and spacing) are one row too many.",
  check({ book }, reporter) {
    for (const tab of tabsWith<string>(book, ["categorisation"])) {
      const keys = tab.definition.columns.map((c) => c.key).filter((k) => tab.columns[k] !== undefined);
      // `text` is already cleaned, so lower-casing is all that comparing ignoring case needs.
      const signature = (row: (typeof tab.rows)[number]) => keys.map((k) => (row.text[k] ?? "").toLowerCase()).join("\u0001");
      // Rows of different information objects can't be duplicates: only rows sharing one are
      // compared in full, which spares building a long signature for nearly every row.
      const candidates =
        tab.columns.informationObject === undefined
          ? [tab.rows]
          : [...rowsByObject(tab).values(), tab.rows.filter((row) => row.text.informationObject === "")];
      const groups = new Map<string, typeof tab.rows>();
      for (const group of candidates) {
        if (group.length < 2) continue;
        for (const row of group) {
          const key = signature(row);
          const same = groups.get(key);
          if (same === undefined) groups.set(key, [row]);
          else same.push(row);
        }
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
