/**
 * The Gaps view: propose Distinct Gap Analysis rows from the quality issues of Data Categorisation
 * (shown in the change preview first, applied as one revertible batch), and the Key Initiatives:
 * the options grouped by initiative, with the gaps they close (marked when no such gap exists) and
 * their priority use cases, then the gaps no option closes. Loaded when first shown.
 */
import { Badge, Button, Caption1, Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { KeyInitiative } from "../gaps/key-initiatives";
import type { GapActions } from "../workflows/gap-actions";
import type { GapPlan } from "../workflows/propose-gaps";
import { plural } from "../text/plural";
import type { PendingChanges } from "./ChangePreview";
import { useLoaded } from "./use-loaded";
import { ProblemBar } from "./ProblemBar";
import { withoutRationaleSentence } from "../gaps/propose-gaps";
import { errorMessage } from "./error-message";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  initiative: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface GapsPanelProps {
  actions: GapActions;
  /** Shows changes in the preview; applied, they form one revertible batch. */
  propose: (pending: PendingChanges) => void;
  /** Changes after every apply and revert, so the initiatives are read again. */
  version: number;
}

export function GapsPanel({ actions, propose, version }: GapsPanelProps) {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <ProposeGaps actions={actions} propose={propose} version={version} />
      <InitiativesView actions={actions} version={version} />
    </div>
  );
}

function ProposeGaps({ actions, propose, version }: GapsPanelProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [plan, setPlan] = useState<GapPlan>();
  const [failure, setFailure] = useState<string>();

  // An apply or revert changes what is left to propose: the last answer no longer holds.
  useEffect(() => setPlan(undefined), [version]);

  async function run(): Promise<void> {
    setBusy(true);
    setFailure(undefined);
    try {
      const next = await actions.proposeGaps();
      setPlan(next);
      const count = next.proposal.gaps.length;
      if (count > 0) propose({ label: `Add ${plural(count, "gap")} to ${next.proposal.sheet}`, changes: next.changes });
    } catch (error) {
      setPlan(undefined);
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  const proposal = plan?.proposal;
  return (
    <section className={styles.section} aria-label="Propose gaps">
      <Subtitle2 as="h2">Gaps from quality issues</Subtitle2>
      <Caption1>
        One new gap per information object and quality issue (Quality is Issues), with the next Gap IDs and what Data Categorisation knows filled in. Gap Type, Capability Status and Major Outcome are
        left for you. Nothing is written until you apply the preview.
      </Caption1>
      <div className={styles.row}>
        <Button size="small" appearance="primary" disabled={busy} onClick={() => void run()}>
          Propose gaps…
        </Button>
        {busy ? <Spinner size="tiny" label="Looking for quality issues…" /> : null}
      </div>
      {failure === undefined ? null : (
        <ProblemBar title="Gaps could not be proposed" message={failure} />
      )}
      {proposal === undefined ? null : (
        <div role="status" className={styles.section}>
          <Text>
            {proposal.gaps.length === 0
              ? "No new gaps to propose: every quality issue already has a gap."
              : `${plural(proposal.gaps.length, "new gap")} proposed: ${proposal.gaps.map((gap) => gap.gapId).join(", ")}.`}
          </Text>
          {proposal.covered.length === 0 ? null : (
            <Caption1 as="p">{`${plural(proposal.covered.length, "issue")} already recorded: ${proposal.covered.map((c) => `${c.informationObject} (${c.gapId})`).join(", ")}.`}</Caption1>
          )}
          {proposal.withoutRationale.length === 0 ? null : (
            <Caption1 as="p">{withoutRationaleSentence(proposal.withoutRationale)}</Caption1>
          )}
        </div>
      )}
    </section>
  );
}

function InitiativesView({ actions, version }: Pick<GapsPanelProps, "actions" | "version">) {
  const styles = useStyles();
  const { value: view, failure } = useLoaded(() => actions.keyInitiatives(), [actions, version]);

  return (
    <section className={styles.section} aria-label="Key initiatives">
      <Subtitle2 as="h2">Key initiatives</Subtitle2>
      {failure !== undefined ? (
        <ProblemBar title="The options could not be read" message={failure} />
      ) : view === undefined ? (
        <Spinner size="small" label="Reading the options…" />
      ) : (
        <>
          {view.optionsSheet === undefined ? <Text>This workbook has no Options tab yet.</Text> : null}
          {view.optionsSheet !== undefined && view.initiatives.length === 0 ? <Text>{`No options on ${view.optionsSheet} yet.`}</Text> : null}
          {view.initiatives.map((initiative) => (
            <InitiativeView key={initiative.named ? `i:${initiative.name.toLowerCase()}` : "none"} initiative={initiative} />
          ))}
          <div className={styles.initiative}>
            <Subtitle2 as="h3">{`Gaps no option closes (${view.gapsWithoutOption.length})`}</Subtitle2>
            {view.gapsWithoutOption.length === 0 ? (
              <Text>Every gap is closed by at least one option.</Text>
            ) : (
              <ul className={styles.list}>
                {view.gapsWithoutOption.map((gap) => (
                  <li key={`${gap.gapId}|${gap.row}`}>
                    <Text>{`${gap.gapId}: ${gap.description || "(no description)"}`}</Text>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function InitiativeView({ initiative }: { initiative: KeyInitiative }) {
  const styles = useStyles();
  return (
    <article className={styles.initiative} aria-label={initiative.name}>
      <Subtitle2 as="h3">{initiative.name}</Subtitle2>
      <Caption1 className={styles.muted}>{`${plural(initiative.options.length, "option")} · closes ${plural(initiative.gaps.filter((gap) => gap.exists).length, "gap")}`}</Caption1>
      <ul className={styles.list} aria-label={`Options of ${initiative.name}`}>
        {initiative.options.map((option) => (
          <li key={`${option.optionId}|${option.row}`}>
            <Text weight="semibold">{option.optionId || `Row ${option.row}`}</Text> <Text>{option.description}</Text>
          </li>
        ))}
      </ul>
      {initiative.gaps.length === 0 ? null : (
        <ul className={styles.list} aria-label={`Gaps closed by ${initiative.name}`}>
          {initiative.gaps.map((gap) => (
            <li key={gap.gapId.toLowerCase()} className={styles.row}>
              <Text>{gap.exists ? `${gap.gapId}: ${gap.description || "(no description)"}` : gap.gapId}</Text>
              {gap.exists ? null : (
                <Badge appearance="tint" color="danger">
                  no such gap
                </Badge>
              )}
            </li>
          ))}
        </ul>
      )}
      <Caption1>{initiative.priorityUseCases.length === 0 ? "No priority use cases." : `Priority use cases: ${initiative.priorityUseCases.join("; ")}`}</Caption1>
    </article>
  );
}
