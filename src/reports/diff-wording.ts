/** The words the diff's text, Markdown and HTML renderings share, so the three read alike. */
import type { TabDiff, WorkbookDiff, RowKey } from "../diff/workbook-diff";
import { plural } from "../text/plural";

/** A row's key cells in words: "Forecast demand / Plan / Demand forecast"; "(empty)" for an empty key cell. */
export function keyLabel(key: RowKey): string {
  return Object.values(key)
    .map((value) => (value === "" ? "(empty)" : value))
    .join(" / ");
}

/** "Data Categorisation" or, for a renamed tab, "Data Categorisation (was “Categories”)". */
export function tabTitle(tab: TabDiff): string {
  if (tab.oldSheet === undefined) return tab.sheet;
  return tab.oldSheet === "" ? `${tab.sheet} (new tab)` : `${tab.sheet} (was “${tab.oldSheet}”)`;
}

/** "2 rows added, 1 removed, 3 changed; 4 moved". */
export function tabCountsLine(tab: TabDiff): string {
  return `${plural(tab.added.length, "row")} added, ${tab.removed.length} removed, ${tab.changed.length} changed; ${tab.moved} moved`;
}

/** "3 rows added, ...; 1 finding introduced (1 error), 2 resolved". */
export function diffCountsLine(diff: WorkbookDiff): string {
  const sum = (pick: (t: TabDiff) => number) => diff.tabs.reduce((n, t) => n + pick(t), 0);
  const errors = diff.findings.introduced.filter((f) => f.severity === "error").length;
  return [
    `${plural(
      sum((t) => t.added.length),
      "row",
    )} added, ${sum((t) => t.removed.length)} removed, ${sum((t) => t.changed.length)} changed, ${sum((t) => t.moved)} moved`,
    `${plural(diff.findings.introduced.length, "finding")} introduced (${plural(errors, "error")}), ${diff.findings.resolved.length} resolved`,
  ].join("; ");
}

/** The columns of the changed-cells table. */
export const CHANGE_COLUMNS = ["Row", "Was row", "Row key", "Column", "Cell", "Before", "After"] as const;
/** The columns of the findings tables. */
export const DIFF_FINDING_COLUMNS = ["Sheet", "Cell", "Rule", "Severity", "Message"] as const;
