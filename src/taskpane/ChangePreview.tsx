/**
 * Shows changes before they are made (DESIGN section 5): every cell, what it holds, what it will
 * hold. Nothing is written until the analyst chooses Apply.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { ProposedChange } from "../workflows/proposed-change";
import { plural } from "./change-text";
import { ChangeTable } from "./ChangeTable";

export interface PendingChanges {
  label: string;
  changes: readonly ProposedChange[];
}

export function ChangePreview({ pending, onApply, onCancel }: { pending: PendingChanges; onApply: () => void; onCancel: () => void }) {
  const filled = pending.changes.filter((change) => change.expected !== "").length;
  const caption = filled === 0 ? "Only empty cells are filled." : `${plural(filled, "cell")} with a value will be changed; Revert puts them back.`;
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{`${pending.label}: ${plural(pending.changes.length, "change")}`}</DialogTitle>
          <DialogContent>
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
