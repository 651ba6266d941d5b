/**
 * The "Fix all" offers: safe fixes counted per rule and per tab, as ESLint and Ruff offer to fix
 * every instance of a rule at once. Fixes needing review are never offered in bulk.
 */
import type { Finding } from "../rules/finding";
import { planFixes, type FixFilter } from "../workflows/fixes-of-findings";
import type { ProposedChange } from "../workflows/proposed-change";

export interface FixAllOffer {
  /** "Fix all 12 spelling.non-canonical", "Fix all 15 on Data Categorisation". */
  label: string;
  changes: ProposedChange[];
}

export function fixAllOffers(findings: readonly Finding[]): FixAllOffer[] {
  const safe = findings.filter((finding) => finding.fix?.applicability === "safe");
  const rules = [...new Set(safe.map((finding) => finding.rule))];
  const sheets = [...new Set(safe.map((finding) => finding.sheet))];
  const offer = (filter: FixFilter, what: string): FixAllOffer => {
    const changes = planFixes(findings, filter);
    return { label: `Fix all ${changes.length} ${what}`, changes };
  };
  return [...rules.map((rule) => offer({ applicability: "safe", rule }, rule)), ...(sheets.length > 1 || rules.length > 1 ? sheets.map((sheet) => offer({ applicability: "safe", sheet }, `safe fixes on ${sheet}`)) : [])];
}
