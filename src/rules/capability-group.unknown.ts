/** capability-group.unknown: Capability Group is not a Level 2 capability of the model. */
import { checkRowsByValues } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "capability-group.unknown",
  title: "Unknown capability group",
  severity: "error",
  scope: "cell",
  description:
    "Capability Group must be one of the 18 Level 2 capabilities, by name (Operate electricity networks), id (4.3) or both.",
  messages: { unknownGroup: "The Capability Group is not a Level 2 capability of the framework." },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"capabilityGroup">(book, ["categorisation"])) {
      // Each distinct combination of these columns is judged once (column-values.ts).
      checkRowsByValues(tab, ["capabilityGroup"], reporter, (row, reporter) => {
        const value = row.text.capabilityGroup;
        if (value === "" || model.capabilities.level2ByText(value) !== undefined) return;
        const near = model.capabilities.suggestName(value);
        const suggestion = near?.level === 2 ? near.name : undefined;
        const hint = suggestion === undefined ? "" : ` Did you mean ${quote(suggestion)}?`;
        reportCell(
          reporter,
          tab,
          row,
          "capabilityGroup",
          `${quote(value)} is not a Level 2 capability of the framework.${hint}`,
          suggestion,
          "review",
        );
      });
    }
  },
});
