/**
 * The "Fix all" offers: safe fixes counted per rule and per tab, as ESLint and Ruff offer to fix
 * every instance of a rule at once. Fixes needing review are never offered in bulk. A rule's offer
 * is named by the rule's title and says what its fixes do in the rule's description, never by its id.
 */
import type { Finding } from "../check/finding";
import { planFixes, type FixFilter } from "../workflows/check/fixes-of-findings";
import type { ProposedChange } from "../workflows/changes/proposed-change";
import type { RuleWords } from "./rule-descriptions";

export interface FixAllOffer {
  /** The button: "Fix all 5", or "Fix all 15 safe fixes on Data Categorisation". */
  action: string;
  /** The rule's title (absent for a tab's offer, or while the rules' words load). */
  title?: string;
  /** What a rule's fixes do: its description (absent as the title is). */
  about?: string;
  /** The batch's name in the preview and the history: "Fix all 5: Value not written the canonical way". */
  label: string;
  changes: ProposedChange[];
}

/** "safe fix" or "safe fixes", for a count. */
function safeFixes(count: number): string {
  return count === 1 ? "safe fix" : "safe fixes";
}

export function fixAllOffers(
  findings: readonly Finding[],
  describe: (rule: string) => RuleWords | undefined = () => undefined,
): FixAllOffer[] {
  const safe = findings.filter((finding) => finding.fix?.applicability === "safe");
  const rules = [...new Set(safe.map((finding) => finding.rule))];
  const sheets = [...new Set(safe.map((finding) => finding.sheet))];
  const ruleOffer = (rule: string): FixAllOffer => {
    const changes = planFixes(findings, { applicability: "safe", rule } satisfies FixFilter);
    const words = describe(rule);
    const action = `Fix all ${changes.length}`;
    return {
      action,
      ...(words === undefined ? {} : { title: words.title, about: words.description }),
      label: words === undefined ? `${action} ${safeFixes(changes.length)}` : `${action}: ${words.title}`,
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
