/** row.duplicate: two Data Categorisation rows say exactly the same thing. */
import { defineRule } from "../check/rule";
import { reportCell, tabsWith } from "./utils/rule-helpers";
import { rowsWithEmpty } from "./utils/column-values";
import { objectsWithSeveralRows } from "./utils/rows-by-object";
import { otherRows } from "./utils/row-list";

export default defineRule({
  id: "row.duplicate",
  title: "Duplicate row",
  severity: "warning",
  scope: "rows",
  description:
    "Two Data Categorisation rows with the same values in every column (ignoring case and spacing) are one row too many.",
  messages: { duplicateRow: "The row repeats an earlier row." },
  check({ book }, reporter) {
    for (const tab of tabsWith<string>(book, ["categorisation"])) {
      const keys = tab.definition.columns.map((c) => c.key).filter((k) => tab.columns[k] !== undefined);
      // `text` is already cleaned, so lower-casing is all that comparing ignoring case needs.
      const signature = (row: (typeof tab.rows)[number]) =>
        keys.map((k) => (row.text[k] ?? "").toLowerCase()).join("\u0001");
      // Rows of different information objects can't be duplicates: only rows sharing one are
      // compared in full, which spares building a long signature for nearly every row.
      const candidates =
        tab.columns.informationObject === undefined
          ? [tab.rows]
          : [...objectsWithSeveralRows(tab), rowsWithEmpty(tab, "informationObject")];
      const groups: (typeof tab.rows)[] = [];
      for (const group of candidates) {
        if (group.length < 2) continue;
        if (group.length <= SMALL_GROUP) {
          groups.push(...sameRows(group, keys));
          continue;
        }
        const bySignature = new Map<string, typeof tab.rows>();
        for (const row of group) {
          const key = signature(row);
          const same = bySignature.get(key);
          if (same === undefined) bySignature.set(key, [row]);
          else same.push(row);
        }
        for (const same of bySignature.values()) groups.push(same); // never spread: 100,000 groups overflow the stack
      }
      const target = tab.columns.informationObject !== undefined ? "informationObject" : (keys[0] ?? "");
      for (const rows of groups) {
        if (rows.length < 2) continue;
        for (const row of rows) {
          const others = otherRows(rows, row);
          reportCell(
            reporter,
            tab,
            row,
            target,
            `This row repeats row${others.count > 1 ? "s" : ""} ${others.list} exactly; keep one.`,
          );
        }
      }
    }
  },
});

// Up to this many rows, rows are compared pair by pair, stopping at the first column that differs,
// rather than building a signature of every column for each row.
const SMALL_GROUP = 8;

type Row = { text: Record<string, string> };

function sameText(a: Row, b: Row, keys: readonly string[]): boolean {
  for (const key of keys) {
    const x = a.text[key] ?? "";
    const y = b.text[key] ?? "";
    if (x !== y && x.toLowerCase() !== y.toLowerCase()) return false;
  }
  return true;
}

/** The sets of rows of `group` equal in every column (ignoring case), each in row order. */
function sameRows<R extends Row>(group: readonly R[], keys: readonly string[]): R[][] {
  const sets: R[][] = [];
  const taken = new Set<R>();
  for (let i = 0; i < group.length; i++) {
    const row = group[i] as R;
    if (taken.has(row)) continue;
    const set = [row];
    for (let j = i + 1; j < group.length; j++) {
      const other = group[j] as R;
      if (!taken.has(other) && sameText(row, other, keys)) {
        set.push(other);
        taken.add(other);
      }
    }
    sets.push(set);
  }
  return sets;
}
