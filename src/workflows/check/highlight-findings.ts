/**
 * Highlight findings: every flagged cell marked in its worst finding's colour (error over warning
 * over info), replacing the add-in's earlier highlight; and Clear, which takes the add-in's marks
 * away and nothing else. How the marks are made so that the analyst's formatting survives is the
 * formatter's business (office-formatter.ts: conditional formats the add-in owns).
 */
import { severityOrder, type Finding, type Severity } from "../../check/finding";
import type { HighlightLayer, HighlightOutcome, WorkbookFormatter } from "../../workbook/port";

/** Excel's own "Light Red Fill", "Yellow Fill" and a light blue, so the marks read as Excel's. */
export const HIGHLIGHT_FILLS: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

export interface HighlightSummary extends HighlightOutcome {
  /** Cells marked per severity. */
  cells: Record<Severity, number>;
  /** Sheets whose conditional formats Excel failed to list: marked, but their earlier marks may stay. */
  unreadSheets: string[];
}

export interface HighlightOptions {
  /** Which severities to mark; all by default. */
  severities?: readonly Severity[];
}

/** One layer per sheet and severity; each cell once, in its worst severity. */
export function highlightLayers(findings: readonly Finding[], options: HighlightOptions = {}): HighlightLayer[] {
  const wanted = new Set(options.severities ?? (["error", "warning", "info"] as const));
  const worst = new Map<string, { sheet: string; cell: string; severity: Severity }>();
  for (const finding of findings) {
    // An accepted finding (a waiver) is not something to fix: left unmarked.
    if (!wanted.has(finding.severity) || finding.waived !== undefined) continue;
    const key = `${finding.sheet}!${finding.cell}`;
    const seen = worst.get(key);
    if (seen === undefined || severityOrder[finding.severity] < severityOrder[seen.severity])
      worst.set(key, { sheet: finding.sheet, cell: finding.cell, severity: finding.severity });
  }
  const layers = new Map<string, HighlightLayer & { cells: string[] }>();
  for (const { sheet, cell, severity } of worst.values()) {
    const key = `${sheet}\u0000${severity}`;
    let layer = layers.get(key);
    if (layer === undefined) {
      layer = { sheet, cells: [], fill: HIGHLIGHT_FILLS[severity], tag: severity };
      layers.set(key, layer);
    }
    layer.cells.push(cell);
  }
  return [...layers.values()].sort((a, b) =>
    a.sheet === b.sheet
      ? severityOrder[a.tag as Severity] - severityOrder[b.tag as Severity]
      : a.sheet < b.sheet
        ? -1
        : 1,
  );
}

export async function highlightFindings(
  formatter: WorkbookFormatter,
  findings: readonly Finding[],
  options: HighlightOptions = {},
): Promise<HighlightSummary> {
  const layers = highlightLayers(findings, options);
  const outcome = await formatter.replaceHighlights(layers);
  const cells: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const layer of layers)
    if (!outcome.protectedSheets.includes(layer.sheet)) cells[layer.tag as Severity] += layer.cells.length;
  return { ...outcome, unreadSheets: outcome.unreadSheets ?? [], cells };
}
