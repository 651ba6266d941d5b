/** The batches the add-in applied, newest first, each with a Revert button; kept in the workbook. */
import { Button, Caption1, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { BatchSummary } from "../workflows/change-history";
import { plural } from "../text/plural";
import { ProblemBar } from "./ProblemBar";
import { useLoaded } from "./use-loaded";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  when: { color: tokens.colorNeutralForeground3 },
});

export interface HistoryPanelProps {
  history: () => Promise<BatchSummary[]>;
  revert: (id: string) => Promise<void>;
  /** Changes whenever a batch is applied or reverted, so the list reloads. */
  version: number;
}

export function HistoryPanel({ history, revert, version }: HistoryPanelProps) {
  const styles = useStyles();
  const { value: batches, failure: problem } = useLoaded(() => history(), [history, version]);

  if (problem !== undefined) return <ProblemBar title="The history could not be read" message={problem} />;
  if (batches === undefined) return <Spinner size="small" label="Reading the history…" />;
  if (batches.length === 0) return <Text>No changes by this add-in to revert in this workbook.</Text>;
  return (
    <ul className={styles.list} aria-label="Changes made by the add-in">
      {batches.map((batch) => (
        <li key={batch.id} className={styles.item}>
          <span>
            <Text>{batch.label}</Text>
            <br />
            <Caption1 className={styles.when}>{`${plural(batch.cells, "cell")} · ${new Date(batch.at).toLocaleString()}`}</Caption1>
          </span>
          <Button size="small" aria-label={`Revert ${batch.label}`} onClick={() => void revert(batch.id)}>
            Revert
          </Button>
        </li>
      ))}
    </ul>
  );
}
