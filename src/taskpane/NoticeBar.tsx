/**
 * The pane's notice: a failure, or what the last change did, with the way back (Revert) when it
 * made a batch. A MessageBar announces itself once when it appears (through the AriaLiveAnnouncer at
 * the root), so each notice is a new bar (keyed by its id) and the bar is no live region of its own.
 * It scrolls itself into view: after Apply at the foot of a long list it would otherwise be out of sight.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { Notice } from "./pane-state";

export function NoticeBar({ notice, onRevert }: { notice: Notice; onRevert: (batchId: string) => void }) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    bar.current?.scrollIntoView?.({ block: "nearest" });
  }, []);
  const { batchId } = notice;
  return (
    <MessageBar ref={bar} intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {notice.title === undefined ? null : <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.message}
      </MessageBarBody>
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
