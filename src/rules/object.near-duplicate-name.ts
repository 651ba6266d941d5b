/**
 * object.near-duplicate-name: two spellings of what is probably one information object
 * ("Market forecast" and "Market Forecasts"). The rows with the less common spelling are reported,
 * suggesting the common one; a tie reports both.
 */
import { looseKey } from "../model/text-normalise";
import type { ParsedRow } from "../sheets/parsed-tab";
import { defineRule } from "./rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";

export default defineRule({
  id: "object.near-duplicate-name",
  severity: "info",
  scope: "rows",
  description: "Information object names that differ only in case, punctuation or a plural 's' are probably the same object.",
  check({ book }, reporter) {
    for (const tab of tabsWith<"informationObject">(book, ["categorisation", "gaps"])) {
      // First pass, cheap: the first spelling seen for each loose key, and the keys seen spelt twice.
      const looseOf = new Map<string, string>(); // spelling -> loose key (looseKey is the costly part)
      const firstSpelling = new Map<string, string>();
      const speltTwice = new Set<string>();
      for (const row of tab.rows) {
        const name = row.text.informationObject;
        if (name === "") continue;
        let key = looseOf.get(name);
        if (key === undefined) looseOf.set(name, (key = looseKey(name)));
        const first = firstSpelling.get(key);
        if (first === undefined) firstSpelling.set(key, name);
        else if (first !== name) speltTwice.add(key);
      }
      if (speltTwice.size === 0) continue;
      // Second pass, only for those keys: rows per spelling.
      const spellings = new Map<string, Map<string, ParsedRow<"informationObject">[]>>();
      for (const row of tab.rows) {
        const key = looseOf.get(row.text.informationObject);
        if (key === undefined || !speltTwice.has(key)) continue;
        let byName = spellings.get(key);
        if (byName === undefined) spellings.set(key, (byName = new Map()));
        const rows = byName.get(row.text.informationObject);
        if (rows === undefined) byName.set(row.text.informationObject, [row]);
        else rows.push(row);
      }
      for (const byName of spellings.values()) {
        const ranked = [...byName.entries()].sort((a, b) => b[1].length - a[1].length);
        const [top, second] = ranked;
        const common = top !== undefined && top[1].length > (second?.[1].length ?? 0) ? top[0] : undefined;
        for (const [name, rows] of ranked) {
          if (name === common) continue;
          const others = ranked.filter(([other]) => other !== name).map(([other]) => quote(other)).join(", ");
          for (const row of rows) {
            reportCell(reporter, tab, row, "informationObject", `${quote(name)} looks like the same information object as ${others}; use one spelling.`, common);
          }
        }
      }
    }
  },
});
