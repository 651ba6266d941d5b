/** gap.evidence-missing: a gap has no evidence recorded. */
import { defineRule } from "../check/rule";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "gap.evidence-missing",
  title: "Gap without evidence",
  severity: "warning",
  scope: "cell",
  description:
    "Gaps are qualified with evidence from published documents or interviews; a gap without Evidence is not yet substantiated.",
  messages: { evidenceMissing: "The gap names no evidence." },
  check({ book }, reporter) {
    for (const tab of tabsWith<"evidence" | "gapId">(book, ["gaps"])) {
      if (tab.columns.evidence === undefined) continue;
      for (const row of tab.rows) {
        if (row.text.evidence !== "" || row.raw.evidence.trim() !== "") continue;
        reportCell(
          reporter,
          tab,
          row,
          "evidence",
          `Gap ${row.text.gapId === "" ? `on row ${row.row}` : quote(row.text.gapId)} has no Evidence: cite the document or interview that shows it.`,
        );
      }
    }
  },
});
