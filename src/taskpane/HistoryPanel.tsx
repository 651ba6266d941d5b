/** The batches the add-in applied, newest first, each with a Revert button; kept in the workbook. */
import { Button, Caption1, Spinner, Text } from "@fluentui/react-components";
import { plural } from "../text/plural";
import { localTime } from "./local-time";
import { usePane } from "./pane-context";
import { usePaneStyles } from "./pane-styles";
import { ProblemBar } from "./ProblemBar";
import { useLoaded } from "./use-loaded";

export function HistoryPanel() {
  const styles = usePaneStyles();
  const { operations, state, revert } = usePane();
  const { version } = state;
  // Read again whenever a batch is applied or reverted (`version` moves).
  const { value: batches, failure: problem } = useLoaded(() => operations.history(), version);

  if (problem !== undefined) return <ProblemBar title="The history could not be read" message={problem} />;
  if (batches === undefined) return <Spinner size="small" label="Reading the history…" />;
  if (batches.length === 0) return <Text>No changes by this add-in to revert in this workbook.</Text>;
  return (
    <ul className={styles.list} aria-label="Changes made by the add-in">
      {batches.map((batch) => (
        <li key={batch.id} className={styles.item}>
          <span className={styles.stack}>
            <Text>{batch.label}</Text>
            <Caption1 className={styles.muted}>{`${plural(batch.cells, "cell")} · ${localTime(batch.at)}`}</Caption1>
          </span>
          <Button size="small" aria-label={`Revert ${batch.label}`} onClick={() => void revert(batch.id)}>
            Revert
          </Button>
        </li>
      ))}
    </ul>
  );
}
