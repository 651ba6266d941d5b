/** gap.unknown-object: a gap names an information object that Data Categorisation lacks. */
import { categorisationIndex } from "./categorisation-index";
import { defineRule } from "./rule";
import { quote, reportCell, tabsWith } from "./rule-helpers";

export default defineRule({
  id: "gap.unknown-object",
  severity: "warning",
  scope: "tabs",
  description: "The information object a gap is about should be one categorised in Data Categorisation.",
  check({ book }, reporter) {
    const index = categorisationIndex(book);
    if (index === undefined) return;
    for (const tab of tabsWith<"informationObject">(book, ["gaps"])) {
      for (const row of tab.rows) {
        const name = row.text.informationObject;
        if (name === "" || index.objects.has(name)) continue;
        const near = index.objects.suggest(name);
        const hint = near === undefined ? "" : ` Did you mean ${quote(near)}?`;
        reportCell(reporter, tab, row, "informationObject", `Information object ${quote(name)} does not appear in ${index.sheet}.${hint}`, near);
      }
    }
  },
});
