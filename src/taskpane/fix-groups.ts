/**
 * The "Fix all" offers: safe fixes counted per rule and per tab, as ESLint and Ruff offer to fix
 * every instance of a rule at once. Fixes needing review are never offered in bulk. A rule's offer
 * says what its fixes do in the rule's own description, never by its id.
 */
import type { Finding } from "../check/finding";
import { planFixes, type FixFilter } from "../workflows/check/fixes-of-findings";
import type { ProposedChange } from "../workflows/changes/proposed-change";

export interface FixAllOffer {
  /** The button: "Fix all 5", or "Fix all 15 safe fixes on Data Categorisation". */
  action: string;
  /** What a rule's fixes do: its description (absent for a tab's offer, or while the descriptions load). */
  about?: string;
  /** The batch's name in the preview and the history: "Fix all 5: values written the canonical way". */
  label: string;
  changes: ProposedChange[];
}

/** A rule's description to its first sentence, as a name for a batch. */
/** "safe fix" or "safe fixes", for a count. */
function safeFixes(count: number): string {
  return count === 1 ? "safe fix" : "safe fixes";
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end);
}

export function fixAllOffers(
  findings: readonly Finding[],
  describe: (rule: string) => string | undefined = () => undefined,
): FixAllOffer[] {
  const safe = findings.filter((finding) => finding.fix?.applicability === "safe");
  const rules = [...new Set(safe.map((finding) => finding.rule))];
  const sheets = [...new Set(safe.map((finding) => finding.sheet))];
  const ruleOffer = (rule: string): FixAllOffer => {
    const changes = planFixes(findings, { applicability: "safe", rule } satisfies FixFilter);
    const about = describe(rule);
    const action = `Fix all ${changes.length}`;
    return {
      action,
      ...(about === undefined ? {} : { about }),
      label: about === undefined ? `${action} ${safeFixes(changes.length)}` : `${action}: ${firstSentence(about)}`,
      changes,
    };
  };
  const sheetOffer = (sheet: string): FixAllOffer => {
    const changes = planFixes(findings, { applicability: "safe", sheet } satisfies FixFilter);
    const action = `Fix all ${changes.length} ${safeFixes(changes.length)} on ${sheet}`;
    return { action, label: action, changes };
  };
  return [...rules.map(ruleOffer), ...(sheets.length > 1 || rules.length > 1 ? sheets.map(sheetOffer) : [])];
}
