/** category.group-mismatch: the Information Category does not belong to the stated Information Group. */
import { checkRowsByValues } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "category.group-mismatch",
  title: "Category not in the row's information group",
  severity: "error",
  scope: "row",
  description:
    "Each information category belongs to exactly one information group (Table 1); the row's group must be that one.",
  messages: { groupMismatch: "The Information Group is not the category's group." },
  check({ book, model }, reporter) {
    const { categories, groups } = model.information;
    for (const tab of tabsWith<"informationCategory" | "informationGroup">(book, ["categorisation"])) {
      // Each distinct combination of these columns is judged once (column-values.ts).
      checkRowsByValues(tab, ["informationCategory", "informationGroup"], reporter, (row, reporter) => {
        const category = categories.match(row.text.informationCategory)?.term;
        const group = groups.match(row.text.informationGroup)?.term;
        if (category === undefined || group === undefined || category.group === group) return;
        reportCell(
          reporter,
          tab,
          row,
          "informationGroup",
          `Information category ${quote(category.name)} belongs to the group ${quote(category.group.name)}, not ${quote(group.name)}.`,
          category.group.name,
          "review",
        );
      });
    }
  },
});
