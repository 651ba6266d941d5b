/** coverage.gap-without-option: a gap that no option addresses yet. */
import { readGapIdList } from "./utils/gap-id-list";
import { idKey } from "./utils/id-keys";
import { defineRule } from "../check/rule";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "coverage.gap-without-option",
  title: "Gap without an option",
  severity: "info",
  scope: "tabs",
  description: "A coverage fact: gaps that no row of the Options tab lists yet.",
  messages: { noOption: "No option closes the gap." },
  check({ book }, reporter) {
    const [options] = tabsWith<"gapIds">(book, ["options"]);
    if (options === undefined || options.columns.gapIds === undefined) return;
    const tabs = tabsWith<"gapId">(book, ["gaps"]);
    const known = new Set(tabs.flatMap((tab) => tab.rows.map((row) => idKey(row.text.gapId))));
    const isKnown = (id: string) => known.has(idKey(id));
    // Lists read as option.unknown-gap reads them: "G02/G04" and "G02-G04" address each gap.
    const addressed = new Set(
      options.rows.flatMap((row) =>
        readGapIdList(row.raw.gapIds, isKnown).flatMap((item) => (item.kind === "id" ? [idKey(item.id)] : [])),
      ),
    );
    for (const tab of tabs) {
      for (const row of tab.rows) {
        if (row.text.gapId === "" || addressed.has(idKey(row.text.gapId))) continue;
        reportCell(
          reporter,
          tab,
          row,
          "gapId",
          `No option in ${options.sheet} addresses gap ${quote(row.text.gapId)} yet.`,
        );
      }
    }
  },
});
