/**
 * The review: the consistency review (every row of an information object whose rows disagree, side
 * by side, the disagreeing values marked, and one action that makes the rows agree on a chosen
 * value, previewed and revertible like every change), the findings a reviewer can accept with a
 * reason, and the waivers kept in the workbook: who, why and when, the stale ones marked, with
 * "Remove stale" after ESLint's unused suppressions; and the review exported as a report (HTML,
 * Markdown or CSV). Loaded when first shown.
 */
import { Badge, Button, Caption1, Field, Input, Select, Spinner, Subtitle2, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ConsistencyGroup, ReviewColumn } from "../rules/consistency-groups";
import type { Finding } from "../rules/finding";
import type { Waiver } from "../rules/finding";
import { waiverId, waiverRowLabel } from "../rules/waived-findings";
import { agreeChanges } from "../workflows/consistency-review";
import type { ReviewActions } from "../workflows/review-actions";
import { plural } from "../text/plural";
import type { PendingChanges } from "./ChangePreview";
import { ExportReport } from "./ExportReport";
import type { ReportActions } from "../workflows/export-report";
import { useLoaded } from "./use-loaded";
import { ProblemBar } from "./ProblemBar";
import { SummaryBar } from "./SummaryBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  scroll: { overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, "& th, & td": { textAlign: "left", verticalAlign: "top", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` } },
  differs: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Findings offered for acceptance before "and N more". */
const ACCEPT_LIMIT = 50;

export interface ReviewPanelProps {
  actions: ReviewActions;
  /** Shows changes in the preview; applied, they form one revertible batch. */
  propose: (pending: PendingChanges) => void;
  /** Runs an action: its outcome or failure in the pane's status, then refreshes what depends on it. */
  run: (title: string, action: () => Promise<string>) => Promise<void>;
  /** Checks again, so the Check view's counts follow a new waiver; absent before the first check. */
  check?: () => Promise<void>;
  version: number;
  /** Exports the review as a report; the export control shows when it is given. */
  exportReport?: ReportActions["exportReport"];
}

export function ReviewPanel({ actions, propose, run, check, version, exportReport }: ReviewPanelProps) {
  const styles = useStyles();
  const { value: state, failure } = useLoaded(() => actions.review(), [actions, version]);
  // Who accepts: asked once, offered again for the next finding.
  const [reviewer, setReviewer] = useState("");

  async function changeWaivers(title: string, action: () => Promise<string>): Promise<void> {
    await run(title, async () => {
      const message = await action();
      if (check !== undefined) await check();
      return message;
    });
  }

  if (failure !== undefined) {
    return (
      <ProblemBar title="The workbook could not be reviewed" message={failure} />
    );
  }
  if (state === undefined) return <Spinner size="small" label="Reviewing…" />;
  const { report, waivers } = state;
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
          groups.map((group) => <GroupView key={group.object.toLowerCase()} group={group} propose={propose} />)
        )}
      </section>
      <section className={styles.section} aria-label="Findings to accept">
        <Subtitle2 as="h2">{`Findings to accept (${open.length})`}</Subtitle2>
        <Caption1>Accept a finding that is intended: it shows as accepted, no longer counts, and the command line honours it too.</Caption1>
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
        {open.length > ACCEPT_LIMIT ? <Caption1>{`… and ${open.length - ACCEPT_LIMIT} more; fix or accept these first.`}</Caption1> : null}
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
                    void changeWaivers("Remove stale waivers", async () => `Removed ${plural(await actions.removeWaivers(stale), "stale waiver")}.`)
                  }
                >
                  Remove stale
                </Button>
              </div>
            )}
            <ul className={styles.list} aria-label="Waivers kept in the workbook">
              {waivers.map((waiver) => (
                <li key={waiverId(waiver)} className={styles.item}>
                  <WaiverView waiver={waiver} stale={staleIds.has(waiverId(waiver))} onRemove={() => void changeWaivers("Remove waiver", async () => `Removed ${plural(await actions.removeWaivers([waiver]), "waiver")}.`)} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {exportReport === undefined ? null : <ExportReport exportReport={exportReport} />}
    </div>
  );
}

function GroupView({ group, propose }: { group: ConsistencyGroup; propose: (pending: PendingChanges) => void }) {
  const styles = useStyles();
  const id = useId();
  const disagreeing = group.columns.filter((c) => !c.agrees);
  const [column, setColumn] = useState<ReviewColumn | undefined>(disagreeing[0]?.column);
  // After a change the chosen column may agree: the first that still disagrees is offered.
  const summary = disagreeing.find((c) => c.column === column) ?? disagreeing[0];
  const [value, setValue] = useState<string | undefined>(summary?.values[0]?.value);
  const chosen = summary?.values.some((v) => v.value === value) === true ? value : summary?.values[0]?.value;
  const changes = summary === undefined || chosen === undefined ? [] : agreeChanges(group, summary.column, chosen);
  return (
    <div className={styles.group}>
      <Subtitle2 as="h3" id={`${id}-title`}>
        {group.object}
      </Subtitle2>
      <Caption1 className={styles.muted}>
        {`${plural(group.rows.length, "row")} on ${group.sheet} · ${group.rules.join(", ")}${group.waived > 0 ? ` · ${group.waived} accepted` : ""}`}
      </Caption1>
      {/* Wider than the pane: focusable so it scrolls from the keyboard (axe: scrollable-region-focusable). */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
        <table className={styles.table} aria-labelledby={`${id}-title`}>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Use case · activity</th>
              {group.columns.map((c) => (
                <th key={c.column} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row) => (
              <tr key={row.row}>
                <th scope="row">{row.row}</th>
                <td>{`${row.useCase} · ${row.activity}`}</td>
                {group.columns.map((c) => {
                  const cell = row.cells[c.column];
                  return (
                    <td key={c.column}>
                      {cell?.differs === true ? (
                        <mark className={styles.differs}>
                          {cell.value}
                          <span className={styles.hidden}> (differs)</span>
                        </mark>
                      ) : (
                        (cell?.value ?? "")
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {summary === undefined ? null : (
        <div className={styles.row}>
          <Field label="Column" size="small">
            <Select size="small" value={summary.column} onChange={(_, data) => setColumn(data.value as ReviewColumn)}>
              {disagreeing.map((c) => (
                <option key={c.column} value={c.column}>
                  {c.header}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Value for every row" size="small">
            <Select size="small" value={chosen} onChange={(_, data) => setValue(data.value)}>
              {summary.values.map((v) => (
                <option key={v.value} value={v.value}>
                  {`${v.value} (${plural(v.rows, "row")})`}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            size="small"
            disabled={changes.length === 0}
            onClick={() => propose({ label: `Make “${group.object}” agree: ${summary.header} “${chosen ?? ""}”`, changes })}
          >
            Make rows agree…
          </Button>
        </div>
      )}
    </div>
  );
}

function AcceptItem({ finding, by, onBy, onAccept }: { finding: Finding; by: string; onBy: (by: string) => void; onAccept: (by: string, reason: string) => Promise<void> }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  return (
    <div className={styles.item}>
      <Text>{finding.message}</Text>
      <div className={styles.row}>
        <Caption1 className={styles.muted}>{`${finding.sheet} ${finding.cell} · ${finding.rule} · ${finding.severity}`}</Caption1>
        {open ? null : (
          <Button size="small" aria-label={`Accept ${finding.cell} on ${finding.sheet}: ${finding.rule}`} onClick={() => setOpen(true)}>
            Accept…
          </Button>
        )}
      </div>
      {!open ? null : (
        <form
          className={styles.item}
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

function WaiverView({ waiver, stale, onRemove }: { waiver: Waiver; stale: boolean; onRemove: () => void }) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.row}>
        <Badge appearance="outline" color={stale ? "warning" : "success"}>
          {stale ? "Stale" : "Accepted"}
        </Badge>
        <Text weight="semibold">{waiver.rule}</Text>
      </div>
      <Caption1>{`${waiver.tab}, ${waiver.column}, row “${waiverRowLabel(waiver)}”`}</Caption1>
      <Text>{`“${waiver.reason}” — ${waiver.by}, ${waiver.at.slice(0, 10)}`}</Text>
      <div>
        <Button size="small" appearance="subtle" aria-label={`Remove the waiver of ${waiver.rule} on row “${waiverRowLabel(waiver)}”`} onClick={onRemove}>
          Remove
        </Button>
      </div>
    </>
  );
}
