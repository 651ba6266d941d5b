/** What each of the Summary's totals is called, wherever it is shown: the Summary tab, the pane, the reports. */
import type { SummaryTotals } from "./workbook-summary";

export const TOTAL_LABELS: Readonly<Record<keyof SummaryTotals, string>> = {
  categorisationRows: "Data Categorisation rows",
  useCases: "Use cases",
  informationObjects: "Information objects",
  qualityIssues: "Rows with quality issues",
  gaps: "Gaps",
  options: "Options",
  level3Capabilities: "Level 3 capabilities",
  level3Covered: "Level 3 capabilities covered",
  level3Uncovered: "Level 3 capabilities uncovered",
};

/** The totals in `keys`' order, each with its label. */
export function labelledTotals(
  totals: SummaryTotals,
  keys: ReadonlyArray<keyof SummaryTotals>,
): Array<[string, number]> {
  return keys.map((key) => [TOTAL_LABELS[key], totals[key]]);
}
