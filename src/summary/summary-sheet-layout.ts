/**
 * The Summary tab laid out as cells, native tables and native charts: each block of the summary
 * as an Excel table under a heading, with a chart beside it where one helps, and the capability heat
 * map below as a grid of coloured cells (domain bands, a row per Level 2 capability, a cell per
 * Level 3). Pure: the office adapter writes it as given, so a test can check the layout and the
 * written tab against the same counts.
 */
import type {
  ReportSheetContent,
  SheetBlock,
  SheetChart,
  SheetChartType,
  SheetFormat,
  SheetTable,
} from "../workbook/port";
import { cellAddress } from "../workbook/cell-address";
import { HEAT_LEVELS } from "./capability-heat-map";
import { plural } from "../text/plural";
import { heatCellText } from "./heat-cell-text";
import { HEAT_COLOURS } from "./heat-colours";
import { rowTotals } from "./summary-matrix";
import { labelledTotals } from "./total-labels";
import type { WorkbookSummary } from "./workbook-summary";

/** The tables' names: fixed, so a refresh makes the same ones and a formula can refer to them. */
export const SUMMARY_TABLES = {
  totals: "CerSummaryTotals",
  domains: "CerSummaryByDomain",
  groups: "CerSummaryByGroup",
  categories: "CerSummaryByCategory",
  sensitivity: "CerSummarySensitivity",
  quality: "CerSummaryQuality",
  gaps: "CerSummaryGaps",
} as const;

const TABLE_STYLE = "TableStyleMedium2";
const TITLE = { fill: "#1F4E78", fontColor: "#FFFFFF" };
const DOMAIN_BAND = { fill: "#404040", fontColor: "#FFFFFF" };
// Charts sit to the right of the tables, from column J, and take this many rows.
const CHART_LEFT = 9;
const CHART_RIGHT = 16;
const CHART_ROWS = 16;
const NAME_LENGTH = 32;

type Row = Array<string | number>;

class SheetLayout {
  readonly blocks: SheetBlock[] = [];
  readonly formats: SheetFormat[] = [];
  readonly tables: SheetTable[] = [];
  readonly charts: SheetChart[] = [];
  row = 1;

  text(row: number, column: number, values: Row, format?: Omit<SheetFormat, "address">): void {
    this.blocks.push({ topLeft: cellAddress(row, column), rows: [values] });
    if (format !== undefined)
      this.formats.push({
        address: `${cellAddress(row, column)}:${cellAddress(row, column + Math.max(1, values.length) - 1)}`,
        ...format,
      });
  }

  /**
   * A heading, then a table of `header` and `rows` from column A, then a chart of it when asked;
   * moves `row` past both. Returns the table's address.
   */
  section(
    heading: string,
    name: string,
    header: Row,
    rows: Row[],
    chart?: { type: SheetChartType; title: string; columns?: number; seriesBy?: "Columns" | "Rows" },
  ): string {
    const top = this.row;
    this.text(top, 0, [heading], { bold: true });
    const first = top + 1;
    const last = first + rows.length;
    const address = `${cellAddress(first, 0)}:${cellAddress(last, header.length - 1)}`;
    this.blocks.push({ topLeft: cellAddress(first, 0), rows: [header, ...rows] });
    this.tables.push({ name, address, style: TABLE_STYLE });
    let bottom = last;
    if (chart !== undefined) {
      const source = `${cellAddress(first, 0)}:${cellAddress(last, (chart.columns ?? header.length) - 1)}`;
      this.charts.push({
        name: `${name}Chart`,
        type: chart.type,
        source,
        seriesBy: chart.seriesBy ?? "Columns",
        title: chart.title,
        from: cellAddress(top, CHART_LEFT),
        to: cellAddress(top + CHART_ROWS - 1, CHART_RIGHT),
      });
      bottom = Math.max(bottom, top + CHART_ROWS - 1);
    }
    this.row = bottom + 2;
    return address;
  }
}

function shortName(name: string): string {
  return name.length <= NAME_LENGTH ? name : `${name.slice(0, NAME_LENGTH - 1).trimEnd()}…`;
}

export interface SummaryLayoutOptions {
  /** When the summary was made, as the tab should say it ("2026-12-02 07:10 UTC"). */
  refreshedAt: string;
  /** Who wrote the tab and what a refresh does, after the date; the add-in's words by default. */
  writtenBy?: string;
}

const ADD_IN_NOTE =
  "Written by the CER Data Categorisation add-in: Refresh rewrites this tab whole, so keep your own notes on another tab.";

export function summarySheetLayout(summary: WorkbookSummary, options: SummaryLayoutOptions): ReportSheetContent {
  const layout = new SheetLayout();
  layout.text(1, 0, ["CER data categorisation: Summary"], { bold: true, ...TITLE });
  const read = [summary.sheets.categorisation, summary.sheets.gaps, summary.sheets.options].filter(
    (s): s is string => s !== undefined,
  );
  layout.text(2, 0, [
    `Refreshed ${options.refreshedAt} from ${read.length === 0 ? "no tabs" : read.join(", ")}. ${options.writtenBy ?? ADD_IN_NOTE}`,
  ]);
  layout.row = 4;

  const t = summary.totals;
  layout.section(
    "Totals",
    SUMMARY_TABLES.totals,
    ["Measure", "Count"],
    labelledTotals(t, [
      "categorisationRows",
      "useCases",
      "informationObjects",
      "qualityIssues",
      "gaps",
      "options",
      "level3Capabilities",
      "level3Covered",
      "level3Uncovered",
    ]),
  );
  layout.text(layout.row - 1, 0, [
    `Use case groups: ${summary.useCaseGroups.map((g) => `${g.code} ${g.name}`).join("; ")}.`,
  ]);
  layout.row++;

  const domains = summary.rowsByUseCaseGroupAndDomain;
  layout.section(
    "Rows per use case group and domain",
    SUMMARY_TABLES.domains,
    [domains.rowHeading, ...domains.columns],
    domains.rows.map((label, r) => [label, ...(domains.counts[r] ?? [])]),
    {
      type: "ColumnClustered",
      title: "Rows per use case group and domain",
    },
  );

  layout.section(
    "Rows per information group",
    SUMMARY_TABLES.groups,
    ["Information Group", "Rows"],
    summary.categoriesByGroup.map((g) => [g.group, g.count]),
    { type: "BarClustered", title: "Rows per information group" },
  );

  layout.section(
    "Rows per information category",
    SUMMARY_TABLES.categories,
    ["Information Group", "Information Category", "Rows"],
    summary.categoriesByGroup.flatMap((g) =>
      g.categories.length === 0 ? [[g.group, g.group, g.count]] : g.categories.map((c) => [g.group, c.label, c.count]),
    ),
  );

  layout.section(
    "Sensitivity mix",
    SUMMARY_TABLES.sensitivity,
    ["Sensitivity", "Rows"],
    summary.sensitivityMix.map((s) => [s.label, s.count]),
    { type: "Pie", title: "Sensitivity mix" },
  );

  // Issues first, so the chart of quality issues is the table's first two columns.
  const quality = summary.qualityByUseCaseGroup;
  const order = [
    quality.columns.indexOf("Issues"),
    ...quality.columns.map((_, i) => i).filter((i) => quality.columns[i] !== "Issues"),
  ].filter((i) => i >= 0);
  const qualityRowTotals = rowTotals(quality);
  layout.section(
    "Quality issues per use case group",
    SUMMARY_TABLES.quality,
    [quality.rowHeading, ...order.map((i) => quality.columns[i] ?? ""), "Rows"],
    quality.rows.map((label, r) => [label, ...order.map((i) => quality.counts[r]?.[i] ?? 0), qualityRowTotals[r] ?? 0]),
    { type: "ColumnClustered", title: "Quality issues per use case group", columns: 2 },
  );

  const gaps = summary.gapsByOutcomeAndStatus;
  layout.section(
    "Gaps per Major Outcome and capability status",
    SUMMARY_TABLES.gaps,
    [gaps.rowHeading, ...gaps.columns],
    gaps.rows.map((label, r) => [label, ...(gaps.counts[r] ?? [])]),
    {
      type: "ColumnStacked",
      title: "Gaps per Major Outcome and capability status",
    },
  );

  const heatMapTop = layout.row;
  layout.text(heatMapTop, 0, ["Capability heat map"], { bold: true });
  layout.text(heatMapTop + 1, 0, [
    `Each Level 3 capability: its information objects, rows with quality issues and gaps. Colour by information objects (the busiest has ${summary.heatMap.maxObjects}).`,
  ]);
  HEAT_LEVELS.forEach((level, i) =>
    layout.text(heatMapTop + 2, 1 + i, [HEAT_COLOURS[level].label], {
      fill: HEAT_COLOURS[level].fill,
      fontColor: HEAT_COLOURS[level].text,
    }),
  );
  layout.text(heatMapTop + 2, 0, ["Key"], { bold: true });
  let row = heatMapTop + 4;
  const width = 1 + Math.max(1, ...summary.heatMap.domains.flatMap((d) => d.level2.map((l2) => l2.level3.length)));
  for (const domain of summary.heatMap.domains) {
    layout.text(row, 0, [domain.name]);
    layout.formats.push({
      address: `${cellAddress(row, 0)}:${cellAddress(row, width - 1)}`,
      bold: true,
      ...DOMAIN_BAND,
    });
    row++;
    for (const l2 of domain.level2) {
      layout.text(row, 0, [`${l2.id} ${l2.name}`], { bold: true });
      l2.level3.forEach((l3, i) => {
        const colour = HEAT_COLOURS[l3.heat];
        layout.text(row, 1 + i, [heatCellText(l3, shortName(l3.name))], { fill: colour.fill, fontColor: colour.text });
      });
      row++;
    }
  }
  const u = summary.heatMap.unplaced;
  layout.text(row + 1, 0, [
    `Not on any Level 3 capability (a Level 2 ID, an unknown or empty capability): ${plural(u.rows, "row", "rows")} (${plural(u.qualityIssues, "with quality issues", "with quality issues")}), ${plural(u.gaps, "gap", "gaps")}.`,
  ]);

  return { blocks: layout.blocks, formats: layout.formats, tables: layout.tables, charts: layout.charts };
}
