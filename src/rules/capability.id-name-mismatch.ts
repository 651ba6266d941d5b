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
  description:
    "When a row gives both a Capability ID and a Capability name, they must be the same capability; a Level 2 id with the name of one of its Level 3 capabilities is reported on the id, with the Level 3 id.",
  messages: {
    idNameMismatch: "The Capability ID and the Capability name name different capabilities.",
    groupId: "The Capability ID is the Level 2 group of the capability the name names.",
  },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"capabilityId" | "capability">(book, ["categorisation", "gaps"])) {
      // Each distinct (ID, name) pair is judged once (column-values.ts).
      checkRowsByValues(tab, ["capabilityId", "capability"], reporter, (row, reporter) => {
        const byId = capabilityFromId(model.capabilities, row.text.capabilityId);
        const named = model.capabilities.byName(row.text.capability);
        if (byId === undefined || named.length === 0 || named.some((c) => c.id === byId.id)) return;
        // A Level 2 id with the name of one of its own Level 3 capabilities (4.1 typed, or kept by a
        // number, for 4.1.2): the name is the more precise, so the id is what to change.
        const child = named.find((c) => c.level === 3 && c.parent.id === byId.id);
        if (child !== undefined) {
          reportCell(
            reporter,
            tab,
            row,
            "capabilityId",
            {
              messageId: "groupId",
              message: `Capability ID ${byId.id} is the Level 2 group ${quote(byId.name)}; Capability ${quote(row.text.capability)} is ${child.id}, one of its capabilities: write ${child.id}.`,
            },
            child.id,
            "review",
          );
          return;
        }
        const other = named.map((c) => c.id).join(" / ");
        reportCell(
          reporter,
          tab,
          row,
          "capability",
          {
            messageId: "idNameMismatch",
            message: `Capability ${quote(row.text.capability)} is ${other}, but Capability ID ${byId.id} is ${quote(byId.name)}.`,
          },
          byId.name,
          "review",
        );
      });
    }
  },
});
