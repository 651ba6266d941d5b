/** capability.id-name-mismatch: Capability ID and Capability name point to different capabilities. */
import { checkRowsByValues } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { capabilityFromId } from "./utils/capability-of-row";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "capability.id-name-mismatch",
  title: "Capability ID and name disagree",
  severity: "error",
  scope: "row",
  description: "When a row gives both a Capability ID and a Capability name, they must be the same capability.",
  messages: { idNameMismatch: "The Capability ID and the Capability name name different capabilities." },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"capabilityId" | "capability">(book, ["categorisation", "gaps"])) {
      // Each distinct (ID, name) pair is judged once (column-values.ts).
      checkRowsByValues(tab, ["capabilityId", "capability"], reporter, (row, reporter) => {
        const byId = capabilityFromId(model.capabilities, row.text.capabilityId);
        const named = model.capabilities.byName(row.text.capability);
        if (byId === undefined || named.length === 0 || named.some((c) => c.id === byId.id)) return;
        const other = named.map((c) => c.id).join(" / ");
        reportCell(
          reporter,
          tab,
          row,
          "capability",
          `Capability ${quote(row.text.capability)} is ${other}, but Capability ID ${byId.id} is ${quote(byId.name)}.`,
          byId.name,
          "review",
        );
      });
    }
  },
});
