/**
 * Auto-fill: plans the lookups, shows every planned edit grouped by tab and column (cell, now,
 * becomes, why), lets the analyst choose all or some, and lists the conflicts (a filled cell whose
 * lookup says otherwise) unticked: they are written only when ticked. Nothing is written before
 * "Apply".
 */
import { Button, Caption1, Checkbox, Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { AutoFillPlan } from "../workflows/changes/plan-auto-fill";
import type { ProposedChange } from "../workflows/changes/proposed-change";
import { plural } from "../text/plural";
import { byTabAndColumn, shown } from "./change-text";
import { usePane } from "./pane-context";
import { usePaneStyles } from "./pane-styles";
import { ProblemBar } from "./ProblemBar";
import { useOperation } from "./use-operation";

const useStyles = makeStyles({
  // Indented under its column's checkbox, without bullets.
  list: { listStyleType: "none", margin: 0, paddingLeft: tokens.spacingHorizontalL },
  column: { display: "flex", alignItems: "center", justifyContent: "space-between" },
});

const keyOf = (change: ProposedChange) => `${change.sheet}!${change.cell}`;

/** Edits listed per column before "and N more"; the column's checkbox still covers them all. */
const perColumn = 50;

/** What a plan offers, in one sentence (shown, and announced when the plan arrives). */
function plannedSentence(planned: AutoFillPlan): string {
  return planned.changes.length === 0 && planned.conflicts.length === 0
    ? "Nothing to fill: every lookup is already filled in."
    : `${plural(planned.changes.length, "empty cell")} can be filled.`;
}

export function AutoFillPanel() {
  const styles = useStyles();
  const layout = usePaneStyles();
  const { operations, apply } = usePane();
  const planning = useOperation();
  const [planned, setPlanned] = useState<AutoFillPlan>();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [applying, setApplying] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const busy = planning.busy || applying;

  function toggleOpen(key: string): void {
    const next = new Set(open);
    if (!next.delete(key)) next.add(key);
    setOpen(next);
  }

  async function makePlan(): Promise<void> {
    const next = await planning.run(() => operations.planAutoFill(), plannedSentence);
    setPlanned(next);
    // Safe fills are chosen at first; conflicts never are.
    setChosen(new Set(next?.changes.map(keyOf) ?? []));
  }

  function choose(changes: readonly ProposedChange[], on: boolean): void {
    const next = new Set(chosen);
    for (const change of changes) {
      if (on) next.add(keyOf(change));
      else next.delete(keyOf(change));
    }
    setChosen(next);
  }

  const chosenChanges =
    planned === undefined
      ? []
      : [...planned.changes, ...planned.conflicts].filter((change) => chosen.has(keyOf(change)));

  async function applyChosen(): Promise<void> {
    if (planned === undefined) return;
    setApplying(true);
    try {
      // The batch's name; the notice and the history count its cells.
      await apply(chosenChanges, "Auto-fill");
      setPlanned(undefined);
    } finally {
      setApplying(false);
    }
  }

  const state = (changes: readonly ProposedChange[]): boolean | "mixed" => {
    const on = changes.filter((change) => chosen.has(keyOf(change))).length;
    return on === 0 ? false : on === changes.length ? true : "mixed";
  };

  const total = chosenChanges.length;
  return (
    <div className={layout.section}>
      <Button
        appearance="primary"
        disabled={busy}
        icon={busy ? <Spinner size="tiny" /> : undefined}
        onClick={() => void makePlan()}
      >
        {planned === undefined ? "Plan auto-fill" : "Plan again"}
      </Button>
      {planning.failure === undefined ? null : (
        <ProblemBar key={planning.attempt} title="Auto-fill could not be planned" message={planning.failure} />
      )}
      {planned === undefined ? (
        <Text>
          Fills Capability, Capability Group, Domain, Information Group and Use Case Group from what is typed beside
          them. Only empty cells are filled; you see every cell first.
        </Text>
      ) : (
        <>
          <Text>{plannedSentence(planned)}</Text>
          {planned.changes.length === 0 ? null : (
            <Checkbox
              label={`All fills (${planned.changes.length})`}
              checked={state(planned.changes)}
              onChange={(_, data) => choose(planned.changes, data.checked === true)}
            />
          )}
          {byTabAndColumn(planned.changes).map(({ sheet, columns }) => (
            <section key={sheet} aria-label={`Fills on ${sheet}`}>
              <Subtitle2 as="h2">{sheet}</Subtitle2>
              {columns.map(({ column, changes }) => (
                <div key={column}>
                  <div className={styles.column}>
                    <Checkbox
                      label={`${column} (${changes.length})`}
                      checked={state(changes)}
                      onChange={(_, data) => choose(changes, data.checked === true)}
                    />
                    <Button
                      size="small"
                      appearance="subtle"
                      aria-expanded={open.has(`${sheet}|${column}`)}
                      aria-label={`Cells of ${column} on ${sheet}`}
                      onClick={() => toggleOpen(`${sheet}|${column}`)}
                    >
                      {open.has(`${sheet}|${column}`) ? "Hide cells" : "Show cells"}
                    </Button>
                  </div>
                  {open.has(`${sheet}|${column}`) ? (
                    <ul className={styles.list}>
                      {changes.slice(0, perColumn).map((change) => (
                        <li key={keyOf(change)}>
                          <Checkbox
                            label={`${change.cell}: ${shown(change.value)}`}
                            checked={chosen.has(keyOf(change))}
                            onChange={(_, data) => choose([change], data.checked === true)}
                          />
                          <Caption1 className={layout.muted}>{change.reason}</Caption1>
                        </li>
                      ))}
                      {changes.length > perColumn ? (
                        <li>{`… and ${changes.length - perColumn} more in this column.`}</li>
                      ) : null}
                    </ul>
                  ) : null}
                </div>
              ))}
            </section>
          ))}
          {planned.conflicts.length === 0 ? null : (
            <section aria-label="Conflicts">
              <Subtitle2 as="h2">{`Conflicts (${planned.conflicts.length}): filled cells whose lookup says otherwise`}</Subtitle2>
              <ul className={styles.list}>
                {planned.conflicts.map((change) => (
                  <li key={keyOf(change)}>
                    <Checkbox
                      label={`${change.sheet} ${change.cell}: ${shown(change.expected)} → ${shown(change.value)}`}
                      checked={chosen.has(keyOf(change))}
                      onChange={(_, data) => choose([change], data.checked === true)}
                    />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Button appearance="primary" disabled={busy || total === 0} onClick={() => void applyChosen()}>
            {`Apply ${plural(total, "change")}`}
          </Button>
        </>
      )}
    </div>
  );
}
