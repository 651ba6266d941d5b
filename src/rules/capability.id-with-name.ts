/**
 * capability.id-with-name: Capability ID holds the id and its name ("4.3.5 - Calculate and publish
 * physical limits"). The id is read; the finding offers to split the cell.
 */
import { cellOf, headerOf } from "../sheets/parsed-tab";
import type { CellChange } from "../check/finding";
import { idWithName } from "./utils/capability-of-row";
import { rowsWhere } from "./utils/column-values";
import { defineRule } from "../check/rule";
import { quote, tabsWith } from "./utils/rule-helpers";

export default defineRule({
  id: "capability.id-with-name",
  title: "Capability ID written with its name",
  severity: "info",
  scope: "row",
  description:
    'A Capability ID cell holding the id and its name ("4.3.5 - Calculate and publish physical limits") is read as that id when the name is the id\'s own; the fix keeps the bare id there and moves the name to an empty Capability cell.',
  messages: { idWithName: "The Capability ID cell holds the ID and the name together." },
  check({ book, model }, reporter) {
    for (const tab of tabsWith<"capabilityId" | "capability">(book, ["categorisation", "gaps"])) {
      // Each distinct value is read once; only the rows holding an id with its own name are visited.
      const agreeing = (value: string) => value !== "" && idWithName(model.capabilities, value)?.agrees === true;
      for (const row of rowsWhere(tab, "capabilityId", "text", agreeing)) {
        const value = row.text.capabilityId;
        const split = idWithName(model.capabilities, value);
        // A name that disagrees with the id is capability.unknown-id's error.
        if (split?.agrees !== true) continue;
        const { id, name } = split.capability;
        const idCell = cellOf(tab, row.row, "capabilityId");
        if (idCell === undefined) continue;
        const edits: CellChange[] = [
          { sheet: tab.sheet, cell: idCell, row: row.row, column: headerOf(tab, "capabilityId"), value: id },
        ];
        const nameCell = cellOf(tab, row.row, "capability");
        // Only into an empty Capability cell: a name already there is the analyst's, right or wrong.
        const moveName = nameCell !== undefined && row.raw.capability.trim() === "";
        if (moveName)
          edits.push({
            sheet: tab.sheet,
            cell: nameCell,
            row: row.row,
            column: headerOf(tab, "capability"),
            value: name,
          });
        reporter.report({
          sheet: tab.sheet,
          cell: idCell,
          row: row.row,
          column: headerOf(tab, "capabilityId"),
          message: `${quote(value)} holds the capability's ID and its name: read as ${id}. Keep ${id} in ${headerOf(tab, "capabilityId")}${moveName ? ` and ${quote(name)} in ${headerOf(tab, "capability")}` : ""}.`,
          value,
          suggestion: id,
          // Rewrites a filled cell, so each split is shown before it is applied.
          fix: { applicability: "review", edits },
        });
      }
    }
  },
});
