/**
 * How each rule is re-checked after a change to some rows of one tab, and why that is exact.
 *
 * - "cell" and "row" rules read nothing but the row they report on (and the tab's header, the
 *   model and the roles, none of which a row change touches): they run again on the new and moved
 *   rows only. Moved rows too, because a finding names its cell and some messages its row number.
 * - "header" rules read only header rows, which a change handled here never touches (changes at
 *   or above the header, or that move the header, are checked in full).
 * - Rules across rows ("rows") report each row from the rows of its group only: the same
 *   information object, the same object but for case, punctuation or a plural, the same id. They
 *   run again over every whole group that a changed or moved row belongs to before or after the
 *   change; no other group changed, so no other row's findings can.
 * - Rules across tabs ("tabs") report rows of a target tab from that row and a digest of another
 *   tab (its object or use case names, its Gap IDs, the gaps its options name). They run again on
 *   the target tab's new and moved rows, and on all its rows when the change can alter the digest.
 *
 * A rule with no plan here (a new rule across rows or tabs) makes every change a full check, so a
 * rule added without a plan is slow, never wrong.
 *
 * Rows inserted or deleted move the rows below: they are not checked again, their findings are
 * moved (shift-findings.ts), and so are the row numbers that findings name in words, anywhere in the
 * tab. For that, a rule names rows in its messages only as "row 12", "Row 12" or "rows 12, 40, 97",
 * outside quoted values, and names rows of its own tab only. A finding naming some other number the
 * change moves (a count, a quoted value) is found again by its plan above: its row's rules for a
 * "cell", "row" or "tabs" rule, its group's for a "rows" rule.
 */
import type { Scope } from "../check/rule";

export type TabId = "categorisation" | "gaps" | "options";

/** What a cross-row rule groups rows by. */
export type Grouping = "object" | "similarObject" | "gapId" | "optionId";

export interface GroupPlan {
  tabs: readonly TabId[];
  by: Grouping;
}

/** What a change did to its tab, for deciding whether a digest another tab depends on may differ. */
export interface ChangeSummary {
  tab: TabId;
  /** Whether some row's cell in `column` was written, cleared, inserted or deleted (not only moved). */
  changed(column: string): boolean;
  /**
   * Whether the tab's list of names in `column` (each name's first spelling, in the order they
   * first appear, as categorisationIndex reads Data Categorisation) may differ.
   */
  namesChanged(column: "informationObject" | "useCase"): boolean;
}

export interface LinkPlan {
  /** Tabs whose rows the rule reports on. */
  targets: readonly TabId[];
  /** True when every row of the targets must be checked again. */
  whole: (change: ChangeSummary) => boolean;
}

export const groupPlans: Readonly<Record<string, GroupPlan>> = {
  // Each object's rows are compared among themselves; rows with no object form one group of their
  // own for row.duplicate (the consistency rules skip them).
  "object.category-inconsistent": { tabs: ["categorisation"], by: "object" },
  "object.sensitivity-inconsistent": { tabs: ["categorisation"], by: "object" },
  "row.duplicate": { tabs: ["categorisation"], by: "object" },
  "object.near-duplicate-name": { tabs: ["categorisation", "gaps"], by: "similarObject" },
  "gap.duplicate-id": { tabs: ["gaps"], by: "gapId" },
  "option.duplicate-id": { tabs: ["options"], by: "optionId" },
};

export const linkPlans: Readonly<Record<string, LinkPlan>> = {
  // Gaps are checked against Data Categorisation's object names and their first spellings (the
  // suggestions search them all).
  "gap.unknown-object": {
    targets: ["gaps"],
    whole: (c) => c.tab === "categorisation" && c.namesChanged("informationObject"),
  },
  "reference.unknown-use-case": {
    targets: ["gaps", "options"],
    whole: (c) => c.tab === "categorisation" && c.namesChanged("useCase"),
  },
  // Options are read against the Gap IDs (and their loose forms, for suggestions).
  "option.unknown-gap": { targets: ["options"], whole: (c) => c.tab === "gaps" && c.changed("gapId") },
  // A gap's finding depends on every option's list, read against all Gap IDs: the rule needs the
  // whole gaps tab, so it only ever runs whole, when either tab changes.
  "coverage.gap-without-option": {
    targets: ["gaps"],
    whole: (c) => c.tab === "gaps" || (c.tab === "options" && c.changed("gapIds")),
  },
};

export type RecheckClass = "own-row" | "header" | "group" | "link" | "unplanned";

export function recheckClass(rule: { id: string; scope: Scope }): RecheckClass {
  if (rule.scope === "cell" || rule.scope === "row") return "own-row";
  if (rule.scope === "header") return "header";
  if (rule.scope === "rows" && groupPlans[rule.id] !== undefined) return "group";
  if (rule.scope === "tabs" && linkPlans[rule.id] !== undefined) return "link";
  return "unplanned";
}
