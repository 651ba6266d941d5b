/** option.unknown-gap: an option names a Gap ID that Distinct Gap Analysis does not have. */
import { readGapIdList } from "./utils/gap-id-list";
import { idKey, looseIdKey } from "./utils/id-keys";
import { defineRule } from "../check/rule";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "option.unknown-gap",
  title: "Option names an unknown Gap ID",
  severity: "error",
  scope: "tabs",
  description:
    'Every Gap ID an option lists (separated by ; , / & + "and" or line breaks, or as a range of one id pattern such as "G02-G04") must be a Gap ID of the Distinct Gap Analysis tab.',
  messages: {
    unreadableList: "An item of the list is neither a Gap ID nor a range of ids.",
    unknownGap: "A listed Gap ID is not on the Distinct Gap Analysis tab.",
  },
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
    const isKnown = (id: string) => known.has(idKey(id));
    for (const tab of tabsWith<"gapIds">(book, ["options"])) {
      for (const row of tab.rows) {
        if (row.text.gapIds === "") continue; // empty or a formula error: other rules say so
        for (const item of readGapIdList(row.raw.gapIds, isKnown)) {
          if (item.kind === "unreadable-range") {
            const message = `${quote(item.text)} is not a Gap ID, nor a range between two ids of one pattern (such as "G02-G04"): list the gaps separated by ";".`;
            reportCell(reporter, tab, row, "gapIds", { messageId: "unreadableList", message });
            continue;
          }
          if (isKnown(item.id)) continue;
          const near = byLoose.get(looseIdKey(item.id));
          const hint = near === undefined ? "" : ` Did you mean ${quote(near)}?`;
          const within = item.from === undefined ? "" : ` (read from ${quote(item.from)})`;
          reportCell(
            reporter,
            tab,
            row,
            "gapIds",
            {
              messageId: "unknownGap",
              message: `Gap ${quote(item.id)}${within} is not a Gap ID in ${gaps.sheet}.${hint}`,
            },
            near,
            row.text.gapIds === item.id ? "review" : undefined,
          );
        }
      }
    }
  },
});
