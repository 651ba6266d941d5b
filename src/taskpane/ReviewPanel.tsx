/**
 * The review: the consistency review (every row of an information object whose rows disagree, side
 * by side, the disagreeing values marked, and one action that makes the rows agree on a chosen
 * value, previewed and revertible like every change), the findings a reviewer can accept with a
 * reason, and the waivers kept in the workbook: who, why and when, the stale ones marked, with
 * "Remove stale" after ESLint's unused suppressions; and the review exported as a report (HTML,
 * Markdown or CSV). Loaded when first shown.
 */
import { Button, Caption1, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { waiverId } from "../check/waived-findings";
import { AcceptItem } from "./AcceptItem";
import { plural } from "../text/plural";
import { ConsistencyGroupView } from "./ConsistencyGroupView";
import { ExportReport } from "./ExportReport";
import { usePane } from "./pane-context";
import { usePaneStyles } from "./pane-styles";
import { ProblemBar } from "./ProblemBar";
import { SummaryBar } from "./SummaryBar";
import { useLoaded } from "./use-loaded";
import { WaiverItem } from "./WaiverItem";

/** Findings offered for acceptance before "and N more". */
const ACCEPT_LIMIT = 50;

export function ReviewPanel() {
  const styles = usePaneStyles();
  const { operations: actions, state, run, check } = usePane();
  const { version } = state;
  const checked = state.report !== undefined;
  const { value: review, failure } = useLoaded(() => actions.review(), version);
  // Who accepts: asked once, offered again for the next finding.
  const [reviewer, setReviewer] = useState("");

  async function changeWaivers(title: string, action: () => Promise<string>): Promise<void> {
    await run(title, async () => {
      const message = await action();
      // The Check view's counts follow a new waiver, once it has checked.
      if (checked) await check();
      return message;
    });
  }

  if (failure !== undefined) {
    return <ProblemBar title="The workbook could not be reviewed" message={failure} />;
  }
  if (review === undefined) return <Spinner size="small" label="Reviewing…" />;
  const { report, waivers } = review;
  const stale = report.staleWaivers ?? [];
  const staleIds = new Set(stale.map(waiverId));
  const groups = report.consistency ?? [];
  const open = report.findings.filter((f) => f.waived === undefined && f.severity !== "info");

  return (
    <div className={styles.panel}>
      <SummaryBar report={report} />
      <section className={styles.section} aria-label="Consistency review">
        <Subtitle2 as="h2">Consistency by information object</Subtitle2>
        {groups.length === 0 ? (
          <Text>Every information object is categorised the same way on all its rows.</Text>
        ) : (
          groups.map((group) => <ConsistencyGroupView key={group.object.toLowerCase()} group={group} />)
        )}
      </section>
      <section className={styles.section} aria-label="Findings to accept">
        <Subtitle2 as="h2">{`Findings to accept (${open.length})`}</Subtitle2>
        <Caption1>
          Accept a finding that is intended: it shows as accepted, no longer counts, and the command line honours it
          too.
        </Caption1>
        {open.length === 0 ? (
          <Text>No errors or warnings left to accept.</Text>
        ) : (
          <ul className={styles.list}>
            {open.slice(0, ACCEPT_LIMIT).map((finding) => (
              <li key={`${finding.sheet}!${finding.cell}|${finding.rule}`}>
                <AcceptItem
                  finding={finding}
                  by={reviewer}
                  onBy={setReviewer}
                  onAccept={(by, reason) =>
                    changeWaivers("Accept", async () => {
                      await actions.acceptFinding(finding, { by, reason });
                      return `Accepted ${finding.cell} on ${finding.sheet} (${finding.rule}).`;
                    })
                  }
                />
              </li>
            ))}
          </ul>
        )}
        {open.length > ACCEPT_LIMIT ? (
          <Caption1>{`… and ${open.length - ACCEPT_LIMIT} more; fix or accept these first.`}</Caption1>
        ) : null}
      </section>
      <section className={styles.section} aria-label="Waivers">
        <Subtitle2 as="h2">{`Accepted findings (${waivers.length})`}</Subtitle2>
        {waivers.length === 0 ? (
          <Text>No findings accepted in this workbook.</Text>
        ) : (
          <>
            {stale.length === 0 ? null : (
              <div className={styles.row}>
                <Text>{`${plural(stale.length, "waiver")} no longer ${stale.length === 1 ? "matches" : "match"} a finding.`}</Text>
                <Button
                  size="small"
                  onClick={() =>
                    void changeWaivers(
                      "Remove stale waivers",
                      async () => `Removed ${plural(await actions.removeWaivers(stale), "stale waiver")}.`,
                    )
                  }
                >
                  Remove stale
                </Button>
              </div>
            )}
            <ul className={styles.list} aria-label="Waivers kept in the workbook">
              {waivers.map((waiver) => (
                <li key={waiverId(waiver)} className={styles.item}>
                  <WaiverItem
                    waiver={waiver}
                    stale={staleIds.has(waiverId(waiver))}
                    onRemove={() =>
                      void changeWaivers(
                        "Remove waiver",
                        async () => `Removed ${plural(await actions.removeWaivers([waiver]), "waiver")}.`,
                      )
                    }
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <ExportReport canSave={actions.capabilities?.canSaveFiles ?? true} />
    </div>
  );
}
