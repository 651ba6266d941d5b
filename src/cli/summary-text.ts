/**
 * `cerdc summary` as text: the totals, each summary block as an aligned table, and the capability
 * heat map as an outline (domain, Level 2, then each Level 3 with its objects / quality issues /
 * gaps), ending with the uncovered capabilities listed by id, so they stand out in a terminal too.
 */
import { heatMapCapabilities } from "../summary/capability-heat-map";
import type { SummaryMatrix } from "../summary/summary-matrix";
import { plural } from "../text/plural";
import type { WorkbookSummary } from "../summary/workbook-summary";

/** Rows of cells as aligned columns: the first left-aligned, numbers right-aligned. */
export function alignedTable(rows: ReadonlyArray<ReadonlyArray<string | number>>, indent = "  "): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  return rows
    .map(
      (row) =>
        indent +
        row
          .map((cell, i) =>
            typeof cell === "number" ? String(cell).padStart(widths[i] ?? 0) : String(cell).padEnd(widths[i] ?? 0),
          )
          .join("  ")
          .trimEnd(),
    )
    .join("\n");
}

function matrixTable(matrix: SummaryMatrix): string {
  return alignedTable([
    [matrix.rowHeading, ...matrix.columns],
    ...matrix.rows.map((label, r) => [label, ...(matrix.counts[r] ?? [])]),
  ]);
}

export function summaryText(file: string, summary: WorkbookSummary): string {
  const t = summary.totals;
  const read = [summary.sheets.categorisation, summary.sheets.gaps, summary.sheets.options].filter(
    (s): s is string => s !== undefined,
  );
  const out: string[] = [
    `Summary of ${file} (from ${read.join(", ")})`,
    `  ${t.categorisationRows} Data Categorisation rows, ${t.useCases} use cases, ${t.informationObjects} information objects, ${t.qualityIssues} rows with quality issues, ${t.gaps} gaps, ${t.options} options`,
    `  Level 3 capabilities: ${t.level3Covered} of ${t.level3Capabilities} covered, ${t.level3Uncovered} uncovered`,
    "",
    "Rows per use case group and domain",
    matrixTable(summary.rowsByUseCaseGroupAndDomain),
    `  (${summary.useCaseGroups.map((g) => `${g.code} ${g.name}`).join("; ")})`,
    "",
    "Rows per information group and category",
    alignedTable(
      summary.categoriesByGroup.flatMap((g) => [
        [g.group, "", g.count],
        ...g.categories.map((c) => ["", c.label, c.count]),
      ]),
    ),
    "",
    "Sensitivity mix",
    alignedTable(summary.sensitivityMix.map((s) => [s.label, s.count])),
    "",
    "Quality per use case group",
    matrixTable(summary.qualityByUseCaseGroup),
    "",
    "Gaps per Major Outcome and capability status",
    matrixTable(summary.gapsByOutcomeAndStatus),
    "",
    `Capability heat map: information objects / rows with quality issues / gaps per Level 3 capability (the busiest has ${summary.heatMap.maxObjects} objects)`,
  ];
  for (const domain of summary.heatMap.domains) {
    out.push(`  ${domain.name}`);
    for (const l2 of domain.level2) {
      out.push(`    ${l2.id} ${l2.name}`);
      out.push(
        `      ${l2.level3.map((c) => `${c.id} ${c.objects === 0 ? "uncovered" : c.objects}/${c.qualityIssues}/${c.gaps}`).join("  ")}`,
      );
    }
  }
  const u = summary.heatMap.unplaced;
  out.push(`  Not on a Level 3 capability: ${u.rows} rows (${u.qualityIssues} with quality issues), ${u.gaps} gaps`);
  const uncovered = heatMapCapabilities(summary.heatMap).filter((c) => c.objects === 0);
  out.push(
    "",
    `Uncovered Level 3 capabilities (${uncovered.length}):`,
    ...uncovered.map((c) => `  ${c.id} ${c.name}${c.gaps > 0 ? ` (${plural(c.gaps, "gap")})` : ""}`),
  );
  return `${out.join("\n")}\n`;
}
