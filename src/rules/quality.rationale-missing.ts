/** quality.rationale-missing: Quality is "Issues" but no Quality Rationale says what they are. */
import { checkRowsByValues } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { isStandIn } from "../sheets/column-dictionary";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "quality.rationale-missing",
  title: "Quality Issues without a rationale",
  severity: "error",
  scope: "row",
  description: "A row whose Quality is Issues needs a Quality Rationale describing the data quality gap.",
  messages: {
    rationaleEmpty: 'Quality is Issues and the Quality Rationale is empty, or a placeholder ("TBC", "?").',
    noRationaleColumn: "Quality is Issues and the tab has no Quality Rationale column.",
  },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"quality" | "qualityRationale">(book, ["categorisation"])) {
      const hasRationale = tab.columns.qualityRationale !== undefined;
      // Each distinct combination of these columns is judged once (column-values.ts).
      checkRowsByValues(tab, ["quality", "qualityRationale"], reporter, (row, reporter) => {
        const rationale = row.text.qualityRationale;
        if (model.qualities.match(row.text.quality)?.term.name !== "Issues") return;
        // "N/A" reads as empty already; "TBC" or "?" promises a rationale still to come.
        if (rationale !== "" && !isStandIn(rationale)) return;
        if (rationale !== "") {
          reportCell(reporter, tab, row, "qualityRationale", {
            messageId: "rationaleEmpty",
            message: `Quality is Issues, but the Quality Rationale ${quote(rationale)} is a placeholder: say briefly what the data quality gap is.`,
          });
        } else if (hasRationale) {
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
