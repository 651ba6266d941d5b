/** coverage.gap-without-option: a gap that no option addresses yet. */
import { splitList } from "../model/text-normalise";
import { idKey } from "./id-keys";
import { defineRule } from "./rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";

export default defineRule({
  id: "coverage.gap-without-option",
  severity: "info",
  scope: "tabs",
  description: "A coverage fact: gaps that no row of the Options tab lists yet.",
  check({ book }, reporter) {
    const [options] = tabsWith<"gapIds">(book, ["options"]);
    if (options === undefined || options.columns.gapIds === undefined) return;
    const addressed = new Set(options.rows.flatMap((row) => splitList(row.raw.gapIds).map(idKey)));
    for (const tab of tabsWith<"gapId">(book, ["gaps"])) {
      for (const row of tab.rows) {
        if (row.text.gapId === "" || addressed.has(idKey(row.text.gapId))) continue;
        reportCell(reporter, tab, row, "gapId", `No option in ${options.sheet} addresses gap ${quote(row.text.gapId)} yet.`);
      }
    }
  },
});
