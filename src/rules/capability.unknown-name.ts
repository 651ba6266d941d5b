/** capability.unknown-name: Capability is not the name of any capability in the model. */
import { rowsWhere } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { capabilityFromName } from "./utils/capability-of-row";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "capability.unknown-name",
  title: "Unknown capability name",
  severity: "error",
  scope: "cell",
  description: "Capability must be the name of a Level 3 (or Level 2) capability exactly as the framework defines it.",
  messages: { unknownName: "The Capability name is not a capability of the framework." },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"capability">(book, ["categorisation", "gaps"])) {
      // Each distinct name is judged once (column-values.ts); only the rows of unknown ones are visited.
      const unknown = (value: string) => value !== "" && capabilityFromName(model.capabilities, value) === undefined;
      for (const row of rowsWhere(tab, "capability", "text", unknown)) {
        const value = row.text.capability;
        const near = model.capabilities.suggestName(value);
        const hint = near === undefined ? "" : ` Did you mean ${quote(near.name)} (${near.id})?`;
        reportCell(
          reporter,
          tab,
          row,
          "capability",
          `${quote(value)} is not a capability name in the framework.${hint}`,
          near?.name,
          "review",
        );
      }
    }
  },
});
