/**
 * Gaps from quality issues: one new Distinct Gap Analysis row per information object and quality
 * issue, shown in the change preview before anything is written. What was proposed stays on screen
 * until the workbook changes.
 */
import { Button, Caption1, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import { withoutRationaleSentence } from "../gaps/propose-gaps";
import type { GapPlan } from "../workflows/gaps/propose-gaps";
import { plural } from "../text/plural";
import { usePane } from "./pane-context";
import { usePaneStyles } from "./pane-styles";
import { ProblemBar } from "./ProblemBar";
import { useOperation } from "./use-operation";

function proposedSentence(proposal: GapPlan["proposal"]): string {
  return proposal.gaps.length === 0
    ? "No new gaps to propose: every quality issue already has a gap."
    : `${plural(proposal.gaps.length, "new gap")} proposed: ${proposal.gaps.map((gap) => gap.gapId).join(", ")}.`;
}

export function ProposeGaps() {
  const styles = usePaneStyles();
  const { operations, state, propose: preview } = usePane();
  const proposing = useOperation();
  // The plan with the workbook version it was made for: an apply or revert since makes it stale.
  const [made, setMade] = useState<{ plan: GapPlan; version: number }>();

  async function propose(): Promise<void> {
    const version = state.version;
    const plan = await proposing.run(
      () => operations.proposeGaps(),
      (next) => proposedSentence(next.proposal),
    );
    setMade(plan === undefined ? undefined : { plan, version });
    const count = plan?.proposal.gaps.length ?? 0;
    if (plan !== undefined && count > 0)
      preview({ label: `Add ${plural(count, "gap")} to ${plan.proposal.sheet}`, changes: plan.changes });
  }

  const plan = made?.version === state.version ? made.plan : undefined;
  const proposal = plan?.proposal;
  return (
    <section className={styles.section} aria-label="Propose gaps">
      <Subtitle2 as="h2">Gaps from quality issues</Subtitle2>
      <Caption1>
        One new gap per information object and quality issue (Quality is Issues), with the next Gap IDs and what Data
        Categorisation knows filled in. Gap Type, Capability Status and Major Outcome are left for you. Nothing is
        written until you apply the preview.
      </Caption1>
      <div className={styles.row}>
        <Button size="small" appearance="primary" disabled={proposing.busy} onClick={() => void propose()}>
          Propose gaps…
        </Button>
        {proposing.busy ? <Spinner size="tiny" label="Looking for quality issues…" /> : null}
      </div>
      {proposing.failure === undefined ? null : (
        <ProblemBar key={proposing.attempt} title="Gaps could not be proposed" message={proposing.failure} />
      )}
      {proposal === undefined ? null : (
        <div className={styles.section}>
          <Text>{proposedSentence(proposal)}</Text>
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
