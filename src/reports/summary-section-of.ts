/**
 * The workbook summary (src/summary) as the report's summary section: its counts as captioned
 * tables, use case groups named as well as coded, and the capability heat map one Level 2
 * capability per row with its Level 3 capabilities' counts in words.
 */
import { HEAT_LEVELS } from "../summary/capability-heat-map";
import type { SummaryMatrix } from "../summary/summary-matrix";
import type { WorkbookSummary } from "../summary/workbook-summary";
import { labelledTotals } from "../summary/total-labels";
import type { CountTable, ReportSummarySection } from "./report-summary-section";

function matrixTable(title: string, matrix: SummaryMatrix, label: (row: string) => string = (row) => row): CountTable {
  return {
    title,
    rowHeading: matrix.rowHeading,
    columnHeading: matrix.columnHeading,
    rows: matrix.rows.map(label),
    columns: [...matrix.columns],
    counts: matrix.counts.map((row) => [...row]),
    totals: true,
  };
}

function listTable(
  title: string,
  rowHeading: string,
  entries: ReadonlyArray<{ label: string; count: number }>,
  totals: boolean,
): CountTable {
  return {
    title,
    rowHeading,
    columnHeading: "Rows",
    rows: entries.map((e) => e.label),
    columns: ["Rows"],
    counts: entries.map((e) => [e.count]),
    totals,
  };
}

export function summarySectionOf(summary: WorkbookSummary): ReportSummarySection {
  const groupNames = new Map(summary.useCaseGroups.map((g) => [g.code, g.name]));
  const groupLabel = (code: string) => (groupNames.has(code) ? `${code} ${groupNames.get(code) ?? ""}` : code);
  const totals = labelledTotals(summary.totals, [
    "categorisationRows",
    "useCases",
    "informationObjects",
    "qualityIssues",
    "gaps",
    "options",
    "level3Covered",
    "level3Uncovered",
  ]);
  const totalsTable: CountTable = {
    title: "What the workbook holds",
    rowHeading: "Count",
    columnHeading: "Number",
    rows: totals.map(([label]) => label),
    columns: ["Number"],
    counts: totals.map(([, n]) => [n]),
    totals: false,
  };
  const categories = summary.categoriesByGroup.flatMap((group) =>
    group.categories.length === 0
      ? [{ label: group.group, count: group.count }]
      : group.categories.map((c) => ({ label: `${group.group}: ${c.label}`, count: c.count })),
  );
  const { unplaced } = summary.heatMap;
  return {
    tables: [
      totalsTable,
      matrixTable(
        "Data Categorisation rows by use case group and domain",
        summary.rowsByUseCaseGroupAndDomain,
        groupLabel,
      ),
      listTable(
        "Data Categorisation rows by information group and category",
        "Information group: category",
        categories,
        true,
      ),
      listTable("Sensitivity mix", "Sensitivity", summary.sensitivityMix, true),
      matrixTable("Quality by use case group", summary.qualityByUseCaseGroup, groupLabel),
      matrixTable("Gaps by Major Outcome and capability status", summary.gapsByOutcomeAndStatus),
    ],
    heatMap: {
      title: "Capability heat map",
      legend:
        `Each Level 3 capability with the information objects, quality-issue rows and gaps that name it. Heat ${HEAT_LEVELS[0]}: no information object names it; ` +
        `1 to 4: its objects as a share of the busiest capability's ${summary.heatMap.maxObjects}, in quarters. ` +
        `Not on a Level 3 capability: ${unplaced.rows} rows, ${unplaced.qualityIssues} with quality issues, ${unplaced.gaps} gaps.`,
      rows: summary.heatMap.domains.flatMap((domain) =>
        domain.level2.map((l2) => ({
          domain: domain.name,
          id: l2.id,
          name: l2.name,
          cells: l2.level3.map((c) => ({
            id: c.id,
            name: c.name,
            objects: c.objects,
            qualityIssues: c.qualityIssues,
            gaps: c.gaps,
            heat: c.heat,
          })),
        })),
      ),
    },
  };
}
