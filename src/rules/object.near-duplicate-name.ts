/**
 * object.near-duplicate-name: two spellings of what is probably one information object
 * ("Market forecast" and "Market Forecasts"). The rows with the less common spelling are reported,
 * suggesting the common one; a tie reports both.
 */
import { looseKey } from "../model/text-normalise";
import type { ParsedRow } from "../sheets/parsed-tab";
import { defineRule } from "./rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";
import { rowsByObject } from "./rows-by-object";

export default defineRule({
  id: "object.near-duplicate-name",
  severity: "info",
  scope: "rows",
  description: "Information object names that differ only in case, punctuation or a plural 's' are probably the same object.",
  check({ book }, reporter) {
    for (const tab of tabsWith<"informationObject">(book, ["categorisation", "gaps"])) {
      // Rows are already grouped by object ignoring case (shared with the consistency rules), so the
      // costly loose key is computed once per object, not once per row.
      const groups = rowsByObject(tab);
      const firstObject = new Map<string, string>(); // loose key -> the first object with it
      const otherObjects = new Map<string, string[]>(); // loose key -> the rest, for the few that have any
      const suspects = new Set<string>(); // loose keys whose rows are spelt more than one way
      for (const [objectKey, rows] of groups) {
        const key = looseKey(objectKey);
        if (!firstObject.has(key)) firstObject.set(key, objectKey);
        else {
          otherObjects.set(key, [...(otherObjects.get(key) ?? []), objectKey]);
          suspects.add(key);
        }
        // Same object ignoring case, but spelt differently ("Market forecast", "market Forecast").
        const first = rows[0]?.text.informationObject;
        if (rows.some((row) => row.text.informationObject !== first)) suspects.add(key);
      }
      if (suspects.size === 0) continue;
      // Rows per exact spelling, only for the suspects.
      const spellings = new Map<string, Map<string, ParsedRow<"informationObject">[]>>();
      for (const key of suspects) {
        const byName = new Map<string, ParsedRow<"informationObject">[]>();
        for (const objectKey of [firstObject.get(key) ?? "", ...(otherObjects.get(key) ?? [])]) {
          for (const row of groups.get(objectKey) ?? []) {
            const rowsOfName = byName.get(row.text.informationObject);
            if (rowsOfName === undefined) byName.set(row.text.informationObject, [row]);
            else rowsOfName.push(row);
          }
        }
        spellings.set(key, byName);
      }
      for (const byName of spellings.values()) {
        const ranked = [...byName.entries()].sort((a, b) => b[1].length - a[1].length);
        const [top, second] = ranked;
        const common = top !== undefined && top[1].length > (second?.[1].length ?? 0) ? top[0] : undefined;
        for (const [name, rows] of ranked) {
          if (name === common) continue;
          const others = ranked.filter(([other]) => other !== name).map(([other]) => quote(other)).join(", ");
          for (const row of rows) {
            reportCell(reporter, tab, row, "informationObject", `${quote(name)} looks like the same information object as ${others}; use one spelling.`, common, "review");
          }
        }
      }
    }
  },
});
