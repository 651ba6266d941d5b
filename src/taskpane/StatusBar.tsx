/** What the last change did, with the way back: a Revert button for the batch it made. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

export interface Status {
  message: string;
  /** The batch the message is about, when it can be reverted. */
  batchId?: string;
}

export function StatusBar({ status, onRevert }: { status: Status; onRevert: (id: string) => void }) {
  const batchId = status.batchId;
  return (
    <MessageBar intent="success" layout="multiline" role="status">
      <MessageBarBody>{status.message}</MessageBarBody>
      {batchId === undefined ? null : (
        <MessageBarActions>
          <Button size="small" onClick={() => onRevert(batchId)}>
            Revert
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
