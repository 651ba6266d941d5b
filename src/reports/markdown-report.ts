/**
 * The review as a Markdown document (GitHub-flavoured tables): the verdict and counts, the tabs,
 * every finding (the accepted ones marked), the accepted findings with who, why and when, the stale
 * waivers, the consistency review and the workbook summary. Every workbook-derived string goes
 * through markdownText (inline) or markdownCell (tables: also spreadsheet-safe).
 */
import { REVIEW_COLUMNS, type ConsistencyGroup } from "../check/consistency-groups";
import { markdownCell, markdownText } from "./markdown-text";
import { plural } from "../text/plural";
import { countsLine, dayOf, FINDING_COLUMNS, SEVERITY_LABEL, tabLine, verdictOf } from "./report-wording";
import type { CountTable, HeatMapSection, ReportSummarySection } from "./report-summary-section";
import { columnTotals, rowTotals } from "../summary/summary-matrix";
import type { ReviewDocument, WorkbookReview } from "./review-report";

/** A table: headings are the report's own words; cells are workbook text, made safe here. */
export function table(headings: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(headings.map(markdownCell)),
    line(headings.map(() => "---")),
    ...rows.map((row) => line(row.map((cell) => (typeof cell === "number" ? String(cell) : markdownCell(cell))))),
  ];
}

function section(heading: string, count: number | undefined, body: string[], empty: string): string[] {
  const title = count === undefined ? heading : `${heading} (${count})`;
  return ["", `### ${title}`, "", ...(body.length === 0 ? [empty] : body)];
}

function findingsTable(review: WorkbookReview): string[] {
  if (review.findings.length === 0) return [];
  return table(
    FINDING_COLUMNS,
    review.findings.map((f) => [
      f.sheet,
      f.cell,
      f.row,
      f.column,
      f.rule,
      SEVERITY_LABEL[f.severity],
      f.waived === undefined ? "" : "Accepted",
      f.message,
      f.value,
      f.suggestion ?? "",
    ]),
  );
}

function acceptedTable(review: WorkbookReview): string[] {
  if (review.accepted.length === 0) return [];
  return table(
    ["Sheet", "Cell", "Rule", "Severity", "Accepted by", "Reason", "Accepted on"],
    review.accepted.map((a) => [a.sheet, a.cell, a.rule, SEVERITY_LABEL[a.severity], a.by, a.reason, dayOf(a.at)]),
  );
}

function staleTable(review: WorkbookReview): string[] {
  if (review.staleWaivers.length === 0) return [];
  return [
    "These waivers no longer match a finding (remove them in the pane's Review view).",
    "",
    ...table(
      ["Rule", "Tab", "Column", "Row", "Accepted by", "Reason", "Accepted on"],
      review.staleWaivers.map((w) => [w.rule, w.tab, w.column, w.row, w.by, w.reason, dayOf(w.at)]),
    ),
  ];
}

function consistencyGroup(group: ConsistencyGroup): string[] {
  const columns = REVIEW_COLUMNS.flatMap((key) => group.columns.filter((c) => c.column === key));
  const disagree = columns
    .filter((c) => !c.agrees)
    .map(
      (c) =>
        `${markdownText(c.header)}: ${c.values.map((v) => `${markdownText(v.value)} (${plural(v.rows, "row")})`).join(", ")}`,
    );
  return [
    "",
    `#### ${markdownText(group.object)}`,
    "",
    `${plural(group.rows.length, "row")} on ${markdownText(group.sheet)}; ${markdownText(group.rules.join(", "))}${group.waived > 0 ? `; ${group.waived} accepted` : ""}.`,
    ...(disagree.length === 0 ? [] : ["", ...disagree.map((line) => `- ${line}`)]),
    "",
    ...table(
      ["Row", "Use case", "Activity", ...columns.map((c) => c.header)],
      group.rows.map((row) => [
        row.row,
        row.useCase,
        row.activity,
        ...columns.map((c) => {
          const cell = row.cells[c.column];
          return cell === undefined ? "" : cell.differs ? `${cell.value} (differs)` : cell.value;
        }),
      ]),
    ),
  ];
}

function countTable(t: CountTable): string[] {
  const totalColumn = t.totals && t.columns.length > 1;
  const byRow = rowTotals(t);
  const totalsRow = t.totals
    ? [["Total", ...columnTotals(t), ...(totalColumn ? [byRow.reduce((sum, n) => sum + n, 0)] : [])]]
    : [];
  return [
    "",
    `#### ${markdownText(t.title)}`,
    "",
    ...table(
      [
        t.columns.length > 1 ? `${t.rowHeading} / ${t.columnHeading}` : t.rowHeading,
        ...t.columns,
        ...(totalColumn ? ["Total"] : []),
      ],
      [
        ...t.rows.map((label, r) => [label, ...(t.counts[r] ?? []), ...(totalColumn ? [byRow[r] ?? 0] : [])]),
        ...totalsRow,
      ],
    ),
  ];
}

function heatMap(map: HeatMapSection): string[] {
  return [
    "",
    `#### ${markdownText(map.title)}`,
    "",
    markdownText(map.legend),
    "",
    ...table(
      ["Domain", "Level 2", "Level 3 capabilities (objects, quality issues, gaps, heat)"],
      map.rows.map((row) => [
        row.domain,
        `${row.id} ${row.name}`,
        row.cells
          .map((c) => `${c.id} ${c.name}: ${c.objects}, ${c.qualityIssues}, ${c.gaps}, heat ${c.heat}`)
          .join("; "),
      ]),
    ),
  ];
}

function summarySection(summary: ReportSummarySection | undefined): string[] {
  if (summary === undefined) return [];
  return [
    "",
    "### Workbook summary",
    ...summary.tables.flatMap(countTable),
    ...(summary.heatMap === undefined ? [] : heatMap(summary.heatMap)),
  ];
}

function workbookSection(review: WorkbookReview): string[] {
  return [
    "",
    `## ${markdownText(review.workbook)}`,
    "",
    `**${verdictOf(review)}.** ${countsLine(review)}.`,
    ...section(
      "Tabs",
      undefined,
      table(
        ["Tab", "Sheet", "Read", "Missing columns"],
        review.sheets.map((s) => [s.tab, s.sheet ?? "", tabLine(s), s.missingColumns.join(", ")]),
      ),
      "",
    ),
    ...section("Findings", review.findings.length, findingsTable(review), "No findings."),
    ...section("Accepted findings", review.accepted.length, acceptedTable(review), "No findings accepted."),
    ...section("Stale waivers", review.staleWaivers.length, staleTable(review), "No stale waivers."),
    ...section(
      "Consistency review",
      review.consistency.length,
      review.consistency.flatMap(consistencyGroup),
      "Every information object is categorised the same way on all its rows.",
    ),
    ...summarySection(review.summary),
  ];
}

export function markdownReport(document: ReviewDocument): string {
  const lines = [
    `# ${markdownText(document.title)}`,
    "",
    `Made ${markdownText(document.generatedAt)} by ${markdownText(document.generator)}.`,
  ];
  // Line by line: a section of 100,000 findings spread into push() would overflow the stack.
  for (const review of document.workbooks) for (const line of workbookSection(review)) lines.push(line);
  if (document.unreadable.length > 0) {
    lines.push(
      "",
      "## Workbooks that could not be read",
      "",
      ...table(
        ["Workbook", "Why"],
        document.unreadable.map((u) => [u.workbook, u.error]),
      ),
    );
  }
  return `${lines.join("\n")}\n`;
}
