/** capability.group-mismatch: Capability Group is not the Level 2 parent of the row's capability. */
import { capabilityGroupOf } from "../model/capability-model";
import { checkRowsByValues } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { capabilityOfRow } from "./utils/capability-of-row";
import { quote, reportCell, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "capability.group-mismatch",
  title: "Capability group not the capability's own",
  severity: "error",
  scope: "row",
  description: "Capability Group must be the Level 2 capability that the row's Level 3 capability belongs to.",
  messages: { groupMismatch: "The Capability Group is not the one the capability belongs to." },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"capabilityId" | "capability" | "capabilityGroup">(book, ["categorisation"])) {
      // Each distinct combination of these columns is judged once (column-values.ts).
      checkRowsByValues(tab, ["capabilityGroup", "capabilityId", "capability"], reporter, (row, reporter) => {
        const stated =
          row.text.capabilityGroup === "" ? undefined : model.capabilities.level2ByText(row.text.capabilityGroup);
        const capability = stated && capabilityOfRow(model.capabilities, row.text.capabilityId, row.text.capability);
        if (stated === undefined || capability === undefined) return;
        const expected = capabilityGroupOf(capability);
        if (expected.id === stated.id) return;
        reportCell(
          reporter,
          tab,
          row,
          "capabilityGroup",
          `Capability ${capability.id} ${quote(capability.name)} belongs to ${expected.id} ${quote(expected.name)}, not ${stated.id} ${quote(stated.name)}.`,
          expected.name,
          "review",
        );
      });
    }
  },
});
