/** spelling.non-canonical: a valid closed-vocabulary value spelt other than the framework spells it. */
import { closedColumns, type ClosedColumn } from "./closed-vocabulary-columns";
import { rowsWhere } from "./column-values";
import { defineRule } from "./rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";

export default defineRule({
  id: "spelling.non-canonical",
  severity: "info",
  scope: "cell",
  description: "Values that match a vocabulary only by ignoring case or spacing, or through an alias (S2S, Med...), can be written the canonical way. Role abbreviations such as DNSP are left alone.",
  messages: { nonCanonical: "A known value spelt other than canonically (case, spacing, alias)." },
  check({ book, model }, reporter) {
    for (const closed of Object.values(closedColumns) as ClosedColumn[]) {
      const vocabulary = closed.vocabulary(model);
      const alsoCanonical = closed.alsoCanonical?.(model) ?? new Set<string>();
      for (const tab of tabsWith<string>(book, closed.tabs)) {
        if (tab.columns[closed.column] === undefined) continue;
        // Each distinct spelling is judged once; only the rows of non-canonical ones are visited.
        const nonCanonical = (raw: string) => raw !== "" && !alsoCanonical.has(raw) && (vocabulary.match(raw)?.kind ?? "exact") !== "exact";
        for (const row of rowsWhere(tab, closed.column, "raw", nonCanonical)) {
          const raw = row.raw[closed.column] ?? "";
          const match = row.text[closed.column] === "" ? undefined : vocabulary.match(raw);
          if (match === undefined || match.kind === "exact") continue;
          if (alsoCanonical.has(raw)) continue;
          reportCell(reporter, tab, row, closed.column, `${quote(raw)} can be written ${quote(match.term.name)}.`, match.term.name, "safe");
        }
      }
    }
  },
});
