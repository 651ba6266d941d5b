/**
 * category.unlikely-for-object: the row's Information Category is far from what its information
 * object and activity say, and another category's description is clearly closer (src/definitions).
 * Only a second look: the better category is offered as a fix to review, with its group.
 */
import { categoryEdits } from "../definitions/choice-edits";
import { gistOf, snippetOf } from "../definitions/definition-gist";
import { categoryOfRow, rowWordsOf } from "../definitions/row-suggestions";
import { unlikelyJudge } from "../definitions/unlikely-value";
import type { CategorisationColumn } from "../sheets/tab-definitions";
import { checkRowsByValues } from "./utils/column-values";
import { reportOncePerTab } from "./utils/findings-per-tab";
import { defineRule } from "../check/rule";
import { quote, tabsWith } from "./utils/rule-helpers";
import { reportWithEdits } from "./utils/report-with-edits";

export default defineRule({
  id: "category.unlikely-for-object",
  title: "Category unlikely for the information object",
  severity: "info",
  scope: "row",
  description:
    'An information category far from what the framework\'s category descriptions say about the row\'s information object, when another category is clearly closer (docs/definitions.md). Questioned: "Settlement statement" as Commissioning (Financial fits). Not questioned: "Settlement statement" as Financial; "Settlement statement" as Activation (a category of the same group is near, not far); "DOE breach notice" as Breach & Compensation (close enough); "Misc item" as anything (its words say nothing). The fix, to review, writes the better category and its group.',
  messages: { unlikely: "A category far from the information object's words while another is clearly closer." },
  check({ book, model }, reporter) {
    const judge = unlikelyJudge(model);
    for (const tab of tabsWith<CategorisationColumn>(book, ["categorisation"])) {
      // Each distinct combination of these columns is judged once (column-values.ts), and an
      // unchanged tab not again (findings-per-tab.ts).
      reportOncePerTab(tab, model, "category.unlikely-for-object", reporter, (reporter) =>
        checkRowsByValues(
          tab,
          ["informationCategory", "informationObject", "activity", "useCase"],
          reporter,
          (row, reporter) => {
            const category = categoryOfRow(model, row);
            if (category === undefined || row.text.informationObject === "") return;
            const verdict = judge.category(row.text.informationObject, category);
            if (verdict === undefined || !judge.confirmed(rowWordsOf(row), category, verdict.better.category)) return;
            const better = verdict.better.category;
            const why = snippetOf(better.description, verdict.better.because) ?? gistOf(better.description);
            reportWithEdits(
              reporter,
              tab,
              row,
              "informationCategory",
              `${quote(row.text.informationObject)} is categorised as ${category.name} (${gistOf(category.description)}); ${better.name} (${why}) fits its words better.`,
              better.name,
              categoryEdits(tab, row, better),
            );
          },
        ),
      );
    }
  },
});
