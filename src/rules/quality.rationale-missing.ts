/** quality.rationale-missing: Quality is "Issues" but no Quality Rationale says what they are. */
import { checkRowsByValues } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "quality.rationale-missing",
  title: "Quality Issues without a rationale",
  severity: "error",
  scope: "row",
  description: "A row whose Quality is Issues needs a Quality Rationale describing the data quality gap.",
  messages: {
    rationaleEmpty: "Quality is Issues and the Quality Rationale is empty.",
    noRationaleColumn: "Quality is Issues and the tab has no Quality Rationale column.",
  },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"quality" | "qualityRationale">(book, ["categorisation"])) {
      const hasRationale = tab.columns.qualityRationale !== undefined;
      // Each distinct combination of these columns is judged once (column-values.ts).
      checkRowsByValues(tab, ["quality", "qualityRationale"], reporter, (row, reporter) => {
        if (model.qualities.match(row.text.quality)?.term.name !== "Issues" || row.text.qualityRationale !== "") return;
        if (hasRationale) {
          reportCell(reporter, tab, row, "qualityRationale", {
            messageId: "rationaleEmpty",
            message: "Quality is Issues, so a Quality Rationale is required: say briefly what the data quality gap is.",
          });
        } else {
          reportCell(reporter, tab, row, "quality", {
            messageId: "noRationaleColumn",
            message: "Quality is Issues, but the tab has no Quality Rationale column to say what the gap is; add one.",
          });
        }
      });
    }
  },
});
