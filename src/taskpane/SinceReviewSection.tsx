/**
 * "Mark as reviewed" and what changed since: the rows added or changed since the workbook was last
 * marked (each going to its row), how many were removed, and the findings introduced and resolved,
 * from the fingerprint kept in the workbook, without the earlier file.
 */
import { Button, Caption1, Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CompareActions } from "../app/compare-actions";
import { keyLabel } from "../reports/diff-wording";
import { plural } from "../text/plural";
import { errorMessage } from "./error-message";
import { FindingChanges } from "./FindingChanges";
import { ProblemBar } from "./ProblemBar";
import { useLoaded } from "./use-loaded";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

const LIMIT = 50;

export interface SinceReviewSectionProps {
  actions: Pick<CompareActions, "markReviewed" | "sinceLastReview">;
  onGoTo: (sheet: string, cell: string) => void;
  version: number;
}

export function SinceReviewSection({ actions, onGoTo, version }: SinceReviewSectionProps) {
  const styles = useStyles();
  const [marks, setMarks] = useState(0);
  const [outcome, setOutcome] = useState<{ text: string; failed: boolean }>();
  const [busy, setBusy] = useState(false);
  const { value, failure } = useLoaded(async () => ({ since: await actions.sinceLastReview() }), `${version}|${marks}`);

  async function mark(): Promise<void> {
    setBusy(true);
    setOutcome(undefined);
    try {
      const done = await actions.markReviewed();
      setOutcome({
        text: `Marked as reviewed: ${plural(done.rows, "row")} and ${plural(done.findings, "finding")} remembered (${Math.ceil(done.size / 1024)} KB in the workbook's settings).`,
        failed: false,
      });
      setMarks((n) => n + 1);
    } catch (error) {
      setOutcome({ text: `Could not mark the workbook as reviewed: ${errorMessage(error)}`, failed: true });
    } finally {
      setBusy(false);
    }
  }

  const since = value?.since;
  const rows =
    since?.tabs.flatMap((tab) => [
      ...tab.changed.map((r) => ({ ...r, sheet: tab.sheet, kind: "changed" })),
      ...tab.added.map((r) => ({ ...r, sheet: tab.sheet, kind: "added" })),
    ]) ?? [];
  const removed = since?.tabs.reduce((n, tab) => n + tab.removed, 0) ?? 0;
  return (
    <section className={styles.section} aria-label="Changed since the last review">
      <Subtitle2 as="h2">Changed since the last review</Subtitle2>
      {failure !== undefined ? <ProblemBar title="The last review could not be compared" message={failure} /> : null}
      {value === undefined && failure === undefined ? (
        <Spinner size="small" label="Comparing with the last review…" />
      ) : null}
      {value !== undefined && since === undefined ? (
        <Text>This workbook has not been marked as reviewed yet.</Text>
      ) : null}
      {since === undefined ? null : (
        <>
          <Caption1>{`Last reviewed ${new Date(since.at).toLocaleString()}: ${plural(rows.filter((r) => r.kind === "changed").length, "row")} changed, ${rows.filter((r) => r.kind === "added").length} added, ${removed} removed.`}</Caption1>
          {rows.length === 0 ? null : (
            <ul className={styles.list} aria-label="Rows changed or added since the last review">
              {rows.slice(0, LIMIT).map((r) => (
                <li key={`${r.sheet}${r.row}`} className={styles.item}>
                  <Button
                    size="small"
                    appearance="transparent"
                    aria-label={`Go to ${r.kind} row ${r.row} on ${r.sheet}`}
                    onClick={() => onGoTo(r.sheet, `A${r.row}`)}
                  >
                    {`${r.kind === "added" ? "+" : "~"} row ${r.row}`}
                  </Button>
                  <Caption1>{`${r.sheet}: ${keyLabel(r.key)}`}</Caption1>
                </li>
              ))}
            </ul>
          )}
          <FindingChanges introduced={since.introduced} resolved={since.resolved} onGoTo={onGoTo} />
        </>
      )}
      <div>
        <Button size="small" appearance="primary" disabled={busy} onClick={() => void mark()}>
          Mark as reviewed
        </Button>
      </div>
      <Caption1>
        Remembers a fingerprint of every row and finding in the workbook, not their values, so the next review shows
        what changed.
      </Caption1>
      <Text role="status" aria-live="polite" weight={outcome?.failed === true ? "semibold" : "regular"}>
        {outcome?.text ?? ""}
      </Text>
    </section>
  );
}
