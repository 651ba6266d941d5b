/**
 * Shows changes before they are made: every cell, what it holds, what it will
 * hold. Nothing is written until the analyst chooses Apply.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import { addedRows } from "../workflows/changes/added-rows";
import type { ProposedChange } from "../workflows/changes/proposed-change";
import { plural } from "../text/plural";
import { ChangeTable } from "./ChangeTable";

export interface PendingChanges {
  label: string;
  changes: readonly ProposedChange[];
}

/**
 * Stays mounted once shown and closes through `open`: Fluent's modal hides the rest of the page from
 * assistive technology while open and gives it back only when it closes itself, not when unmounted.
 */
export function ChangePreview({
  pending: current,
  onApply,
  onCancel,
}: {
  pending: PendingChanges | undefined;
  onApply: () => void;
  onCancel: () => void;
}) {
  // The last changes shown, so the dialog keeps its content while it animates away.
  const [last, setLast] = useState<PendingChanges>({ label: "", changes: [] });
  if (current !== undefined && current !== last) setLast(current);
  const pending = current ?? last;
  const filled = pending.changes.filter((change) => change.expected !== "").length;
  const caption =
    filled === 0
      ? "Only empty cells are filled."
      : `${plural(filled, "cell")} with a value will be changed; Revert puts ${filled === 1 ? "it" : "them"} back.`;
  return (
    <Dialog
      open={current !== undefined}
      modalType="modal"
      onOpenChange={(_, data) => (data.open ? undefined : onCancel())}
    >
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{`${pending.label}: ${countOf(pending.changes)}`}</DialogTitle>
          {/* Focusable, so a long list of changes scrolls from the keyboard too (axe: scrollable-region-focusable). */}
          <DialogContent tabIndex={0} role="region" aria-label="Changes to apply">
            <ChangeTable changes={pending.changes} caption={caption} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onApply}>
              {`Apply ${plural(pending.changes.length, "change")}`}
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** "36 changes", or "4 new rows (36 cells)" when the changes add whole rows. */
function countOf(changes: readonly ProposedChange[]): string {
  const rows = addedRows(changes);
  return rows === undefined
    ? plural(changes.length, "change")
    : `${plural(rows.length, "new row")} (${plural(changes.length, "cell")})`;
}
