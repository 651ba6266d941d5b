/** A waiver kept in the workbook: the rule, where, who, why and when, stale or not, with Remove. */
import { Badge, Button, Caption1, Text } from "@fluentui/react-components";
import type { Waiver } from "../check/finding";
import { waiverRowLabel } from "../check/waived-findings";
import { localTime } from "./local-time";
import { usePaneStyles } from "./pane-styles";

export function WaiverItem({ waiver, stale, onRemove }: { waiver: Waiver; stale: boolean; onRemove: () => void }) {
  const styles = usePaneStyles();
  return (
    <>
      <div className={styles.row}>
        <Badge appearance="outline" color={stale ? "warning" : "success"}>
          {stale ? "Stale" : "Accepted"}
        </Badge>
        <Text weight="semibold">{waiver.rule}</Text>
      </div>
      <Caption1>{`${waiver.tab}, ${waiver.column}, row “${waiverRowLabel(waiver)}”`}</Caption1>
      <Text>{`“${waiver.reason}” — ${waiver.by}, ${localTime(waiver.at, "date")}`}</Text>
      <div>
        <Button
          size="small"
          appearance="subtle"
          aria-label={`Remove the waiver of ${waiver.rule} on row “${waiverRowLabel(waiver)}”`}
          onClick={onRemove}
        >
          Remove
        </Button>
      </div>
    </>
  );
}
