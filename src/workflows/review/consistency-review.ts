/**
 * The consistency review's action: make the rows of one information object agree on a chosen value
 * in one column. It plans changes only (review applicability, each expecting what its cell shows
 * now), so the pane previews them and `apply` writes them as one revertible batch. Agreeing on an
 * Information Category also sets the Information Group to that category's group where it differs.
 */
import { comparable, type ConsistencyGroup, type ReviewColumn } from "../../check/consistency-groups";
import { quote } from "../../rules/utils/rule-helpers";
import type { ProposedChange } from "../changes/proposed-change";

const RULE_OF: Partial<Record<ReviewColumn, string>> = {
  informationCategory: "object.category-inconsistent",
  sensitivity: "object.sensitivity-inconsistent",
};

export function agreeChanges(group: ConsistencyGroup, column: ReviewColumn, value: string): ProposedChange[] {
  const summary = group.columns.find((c) => c.column === column);
  if (summary === undefined) return [];
  // The key the review compared the rows by (roles by their canonical name), else the value's own.
  const target = summary.values.find((v) => v.value === value)?.key ?? comparable(column, value);
  const categoryGroup =
    column === "informationCategory"
      ? summary.values.find((v) => (v.key ?? comparable(column, v.value)) === target)?.group
      : undefined;
  const groupHeader = group.columns.find((c) => c.column === "informationGroup")?.header;
  const changes: ProposedChange[] = [];
  for (const row of group.rows) {
    const reason = `Make every row of ${quote(group.object)} agree: ${summary.header} ${quote(value)}.`;
    const cell = row.cells[column];
    if (cell !== undefined && cell.cell !== "" && (cell.key ?? comparable(column, cell.value)) !== target) {
      changes.push({
        sheet: group.sheet,
        cell: cell.cell,
        row: row.row,
        column: summary.header,
        value,
        kind: "fix",
        applicability: "review",
        expected: cell.value,
        reason,
        ...(RULE_OF[column] === undefined ? {} : { rule: RULE_OF[column] }),
      });
    }
    const groupCell = row.cells.informationGroup;
    if (
      categoryGroup !== undefined &&
      groupHeader !== undefined &&
      groupCell !== undefined &&
      groupCell.cell !== "" &&
      comparable("informationGroup", groupCell.value) !== categoryGroup.toLowerCase()
    ) {
      changes.push({
        sheet: group.sheet,
        cell: groupCell.cell,
        row: row.row,
        column: groupHeader,
        value: categoryGroup,
        kind: "fix",
        applicability: "review",
        expected: groupCell.value,
        reason: `${reason} ${quote(value)} belongs to ${quote(categoryGroup)}.`,
      });
    }
  }
  return changes;
}
