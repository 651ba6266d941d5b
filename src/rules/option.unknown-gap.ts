/** option.unknown-gap: an option names a Gap ID that Distinct Gap Analysis does not have. */
import { splitList } from "../model/text-normalise";
import { idKey, looseIdKey } from "./id-keys";
import { defineRule } from "./rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";

export default defineRule({
  id: "option.unknown-gap",
  severity: "error",
  scope: "tabs",
  description: "Every Gap ID an option lists (separated by ; , or line breaks) must be a Gap ID of the Distinct Gap Analysis tab.",
  check({ book }, reporter) {
    const [gaps] = tabsWith<"gapId">(book, ["gaps"]);
    if (gaps === undefined || gaps.columns.gapId === undefined) return; // nothing to check against
    const known = new Set<string>();
    const byLoose = new Map<string, string>();
    for (const row of gaps.rows) {
      if (row.text.gapId === "") continue;
      known.add(idKey(row.text.gapId));
      byLoose.set(looseIdKey(row.text.gapId), row.text.gapId);
    }
    for (const tab of tabsWith<"gapIds">(book, ["options"])) {
      for (const row of tab.rows) {
        if (row.text.gapIds === "") continue; // empty or a formula error: other rules say so
        for (const gapId of splitList(row.raw.gapIds)) {
          if (known.has(idKey(gapId))) continue;
          const near = byLoose.get(looseIdKey(gapId));
          const hint = near === undefined ? "" : ` Did you mean ${quote(near)}?`;
          reportCell(reporter, tab, row, "gapIds", `Gap ${quote(gapId)} is not a Gap ID in ${gaps.sheet}.${hint}`, near, row.text.gapIds === gapId ? "review" : undefined);
        }
      }
    }
  },
});
