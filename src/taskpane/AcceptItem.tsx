/** A finding the reviewer can accept: its message, and a form asking why and who. */
import { Button, Caption1, Field, Input, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../check/finding";
import { usePaneStyles } from "./pane-styles";

export function AcceptItem({
  finding,
  by,
  onBy,
  onAccept,
}: {
  finding: Finding;
  by: string;
  onBy: (by: string) => void;
  onAccept: (by: string, reason: string) => Promise<void>;
}) {
  const styles = usePaneStyles();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  return (
    <div className={styles.stack}>
      <Text>{finding.message}</Text>
      <div className={styles.row}>
        <Caption1
          className={styles.muted}
        >{`${finding.sheet} ${finding.cell} · ${finding.rule} · ${finding.severity}`}</Caption1>
        {open ? null : (
          <Button
            size="small"
            aria-label={`Accept ${finding.cell} on ${finding.sheet}: ${finding.rule}`}
            onClick={() => setOpen(true)}
          >
            Accept…
          </Button>
        )}
      </div>
      {!open ? null : (
        <form
          className={styles.stack}
          aria-label={`Accept ${finding.cell}`}
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() === "") return;
            void onAccept(by, reason).then(() => setOpen(false));
          }}
        >
          <Field label="Reason" required size="small" hint="Say why this finding is intended.">
            <Textarea size="small" value={reason} onChange={(_, data) => setReason(data.value)} />
          </Field>
          <Field label="Accepted by" size="small">
            <Input size="small" value={by} onChange={(_, data) => onBy(data.value)} />
          </Field>
          <div className={styles.row}>
            <Button size="small" appearance="primary" type="submit" disabled={reason.trim() === ""}>
              Accept
            </Button>
            <Button size="small" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
