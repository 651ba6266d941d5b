/**
 * Plan fixes from findings: the changes their fixes make, filtered as the analyst asked (one
 * finding, all safe fixes of a rule or a tab, or every fix), overlapping ones dropped.
 */
import type { Finding, FixApplicability } from "../../check/finding";
import { changesOfFinding, withoutOverlaps, type ProposedChange } from "../changes/proposed-change";

export interface FixFilter {
  /** Which fixes: only safe ones, or every fix (safe and needing review). */
  applicability: FixApplicability | "all";
  rule?: string;
  sheet?: string;
}

export function planFixes(findings: readonly Finding[], filter: FixFilter): ProposedChange[] {
  const chosen = findings.filter(
    (finding) =>
      finding.fix !== undefined &&
      (filter.applicability === "all" || finding.fix.applicability === filter.applicability) &&
      (filter.rule === undefined || finding.rule === filter.rule) &&
      (filter.sheet === undefined || finding.sheet === filter.sheet),
  );
  return withoutOverlaps(chosen.flatMap(changesOfFinding));
}

/** How many findings carry a fix, by applicability: what `validate` and the pane announce. */
export function fixableCounts(findings: readonly Finding[]): { safe: number; review: number } {
  let safe = 0;
  let review = 0;
  for (const finding of findings) {
    if (finding.fix?.applicability === "safe") safe++;
    else if (finding.fix?.applicability === "review") review++;
  }
  return { safe, review };
}
