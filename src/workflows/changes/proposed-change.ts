/**
 * A change the add-in proposes to one cell, whatever proposed it: a lookup fill, a canonical
 * spelling, a finding's fix, a lookup that disagrees with a filled cell, or a cell of a row the
 * add-in adds (a proposed gap). Every write the add-in makes to the analyst's cells is one of these,
 * shown before it is applied.
 */
import type { CellEdit } from "../../autofill/cell-edit";
import type { CellChange, Finding, FixApplicability } from "../../check/finding";
import { quote } from "../../rules/utils/rule-helpers";

/** "add": a cell of a new row (proposed gaps), empty before, so Revert empties it again. */
export type ChangeKind = "fill" | "normalise" | "fix" | "conflict" | "add";

export interface ProposedChange extends CellChange {
  kind: ChangeKind;
  /** "safe" changes may be applied in bulk; "review" ones replace what the analyst wrote. */
  applicability: FixApplicability;
  /** What the cell showed when the change was planned, cleaned; "" for an empty cell. Applying checks it still does. */
  expected: string;
  /** A sentence saying why. */
  reason: string;
  /** The rule behind a fix or a conflict. */
  rule?: string;
}

/** An auto-fill edit: a fill into an empty cell or a canonical spelling, both safe. */
export function changeOfEdit(edit: CellEdit): ProposedChange {
  const { sheet, cell, row, column, value, kind, reason, previous } = edit;
  return { sheet, cell, row, column, value, kind, reason, applicability: "safe", expected: previous.trim() };
}

/** A lookup that disagrees with a filled cell: applied only when the analyst ticks it. */
export function changeOfConflict(conflict: Finding): ProposedChange | undefined {
  if (conflict.suggestion === undefined) return undefined;
  const { sheet, cell, row, column } = conflict;
  return {
    sheet,
    cell,
    row,
    column,
    value: conflict.suggestion,
    kind: "conflict",
    applicability: "review",
    expected: conflict.value,
    reason: conflict.message,
    rule: conflict.rule,
  };
}

/** A finding's fix as changes; the edit of the finding's own cell expects the finding's value. */
export function changesOfFinding(finding: Finding): ProposedChange[] {
  const fix = finding.fix;
  if (fix === undefined) return [];
  return fix.edits.map(({ previous, ...edit }) => ({
    ...edit,
    kind: "fix",
    applicability: fix.applicability,
    expected: previous ?? (edit.sheet === finding.sheet && edit.cell === finding.cell ? finding.value : ""),
    reason: `${finding.message} Change to ${quote(edit.value)}.`,
    rule: finding.rule,
  }));
}

/** Keeps the first change of each cell, as ESLint keeps the first of overlapping fixes. */
export function withoutOverlaps(changes: readonly ProposedChange[]): ProposedChange[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = `${change.sheet}!${change.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
