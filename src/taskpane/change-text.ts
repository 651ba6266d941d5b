/** How the pane words a proposed change and the outcome of applying or reverting one. */
import type { ApplyOutcome } from "../workflows/changes/apply-changes";
import type { ProposedChange } from "../workflows/changes/proposed-change";
import { plural } from "../text/plural";
import type { RevertOutcome } from "../workflows/changes/revert-batch";

/** "empty" for an empty cell, else the text in quotes. */
export function shown(text: string): string {
  return text === "" ? "(empty)" : `“${text}”`;
}

export function appliedMessage(outcome: ApplyOutcome): string {
  const parts = [`Changed ${plural(outcome.applied.length, "cell")}.`];
  if (outcome.stale.length > 0) {
    const cells = outcome.stale.map(({ change }) => change.cell).join(", ");
    parts.push(
      `Left ${plural(outcome.stale.length, "cell")} alone because ${outcome.stale.length === 1 ? "it was" : "they were"} edited since the plan: ${cells}.`,
    );
  }
  return parts.join(" ");
}

export function revertedMessage(outcome: RevertOutcome): string {
  const parts = [`Reverted “${outcome.label}”: ${plural(outcome.restored, "cell")} put back.`];
  if (outcome.kept.length > 0) {
    const cells = outcome.kept.map((kept) => `${kept.cell} (now ${shown(kept.found)})`).join(", ");
    parts.push(`Kept ${plural(outcome.kept.length, "cell")} edited since: ${cells}.`);
  }
  return parts.join(" ");
}

/** Groups changes by tab, then by column, in the order they come. */
export function byTabAndColumn(
  changes: readonly ProposedChange[],
): Array<{ sheet: string; columns: Array<{ column: string; changes: ProposedChange[] }> }> {
  const tabs = new Map<string, Map<string, ProposedChange[]>>();
  for (const change of changes) {
    const columns = tabs.get(change.sheet) ?? new Map<string, ProposedChange[]>();
    tabs.set(change.sheet, columns);
    const list = columns.get(change.column) ?? [];
    columns.set(change.column, list);
    list.push(change);
  }
  return [...tabs].map(([sheet, columns]) => ({
    sheet,
    columns: [...columns].map(([column, list]) => ({ column, changes: list })),
  }));
}
