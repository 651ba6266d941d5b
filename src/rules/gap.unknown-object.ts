/** gap.unknown-object: a gap names an information object that Data Categorisation lacks. */
import { absentFrom, categorisationIndex } from "./utils/categorisation-index";
import { defineRule } from "../check/rule";
import { reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "gap.unknown-object",
  title: "Gap about an uncategorised information object",
  severity: "warning",
  scope: "tabs",
  description: "The information object a gap is about should be one categorised in Data Categorisation.",
  messages: { unknownObject: "The gap's information object is on no Data Categorisation row." },
  check({ book }, reporter) {
    const index = categorisationIndex(book);
    if (index === undefined) return;
    for (const tab of tabsWith<"informationObject">(book, ["gaps"])) {
      for (const row of tab.rows) {
        const name = row.text.informationObject;
        if (name === "" || index.objects.has(name)) continue;
        const { message, suggestion } = absentFrom(index.objects, index.sheet, "Information object", name);
        reportCell(reporter, tab, row, "informationObject", message, suggestion, "review");
      }
    }
  },
});
