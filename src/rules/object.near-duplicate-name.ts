/**
 * object.near-duplicate-name: two spellings of what is probably one information object
 * ("Market forecast" and "Market Forecasts"). The rows with the less common spelling are reported,
 * suggesting the common one; a tie reports both.
 */
import { defineRule } from "../check/rule";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";
import { objectSpellings } from "./utils/rows-by-object";

export default defineRule({
  id: "object.near-duplicate-name",
  title: "Near-duplicate information object names",
  severity: "info",
  scope: "rows",
  description:
    "Information object names that differ only in case, punctuation or a plural 's' are probably the same object.",
  messages: { nearDuplicate: "Two information objects' names differ only slightly." },
  check({ book }, reporter) {
    for (const tab of tabsWith<"informationObject">(book, ["categorisation", "gaps"])) {
      // Spellings per loose key, worked out once per tab on the shared grouping by object.
      const spellings = objectSpellings(tab);
      for (const byName of spellings.values()) {
        const ranked = [...byName.entries()].sort((a, b) => b[1].length - a[1].length);
        const [top, second] = ranked;
        const common = top !== undefined && top[1].length > (second?.[1].length ?? 0) ? top[0] : undefined;
        for (const [name, rows] of ranked) {
          if (name === common) continue;
          const others = ranked
            .filter(([other]) => other !== name)
            .map(([other]) => quote(other))
            .join(", ");
          for (const row of rows) {
            reportCell(
              reporter,
              tab,
              row,
              "informationObject",
              `${quote(name)} looks like the same information object as ${others}; use one spelling.`,
              common,
              "review",
            );
          }
        }
      }
    }
  },
});
