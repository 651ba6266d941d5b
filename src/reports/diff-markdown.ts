/**
 * The comparison of two versions as Markdown: per tab the counts, the rows added and removed, each
 * changed cell with its before and after, then the findings introduced and resolved. Workbook text
 * goes through the review report's escaping (markdownText inline, markdownCell in tables).
 */
import type { Finding } from "../check/finding";
import type { TabDiff, WorkbookDiff } from "../diff/workbook-diff";
import {
  CHANGE_COLUMNS,
  DIFF_FINDING_COLUMNS,
  diffCountsLine,
  keyLabel,
  tabCountsLine,
  tabTitle,
} from "./diff-wording";
import { table } from "./markdown-report";
import { markdownText } from "./markdown-text";
import { SEVERITY_LABEL } from "./report-wording";

function tabSection(tab: TabDiff): string[] {
  const rows = (list: TabDiff["added"]) =>
    table(
      ["Row", "Row key"],
      list.map((r) => [r.row, keyLabel(r.key)]),
    );
  return [
    "",
    `## ${markdownText(tabTitle(tab))}`,
    "",
    `${markdownText(tabCountsLine(tab))}.`,
    ...(tab.added.length === 0 ? [] : ["", `### Rows added (${tab.added.length})`, "", ...rows(tab.added)]),
    ...(tab.removed.length === 0 ? [] : ["", `### Rows removed (${tab.removed.length})`, "", ...rows(tab.removed)]),
    ...(tab.changed.length === 0
      ? []
      : [
          "",
          `### Rows changed (${tab.changed.length})`,
          "",
          ...table(
            CHANGE_COLUMNS,
            tab.changed.flatMap((r) =>
              r.cells.map((c) => [r.row, r.oldRow, keyLabel(r.key), c.column, c.cell, c.before, c.after]),
            ),
          ),
        ]),
  ];
}

function findingsSection(title: string, findings: readonly Finding[], none: string): string[] {
  return [
    "",
    `## ${title} (${findings.length})`,
    "",
    ...(findings.length === 0
      ? [none]
      : table(
          DIFF_FINDING_COLUMNS,
          findings.map((f) => [f.sheet, f.cell, f.rule, SEVERITY_LABEL[f.severity], f.message]),
        )),
  ];
}

export function diffMarkdown(diff: WorkbookDiff, about: { generatedAt: Date; generator: string }): string {
  const lines = [
    `# ${markdownText(`Changes from ${diff.old} to ${diff.new}`)}`,
    "",
    `Made ${markdownText(about.generatedAt.toISOString())} by ${markdownText(about.generator)}. ${markdownText(diffCountsLine(diff))}.`,
    ...diff.tabs.flatMap(tabSection),
    ...findingsSection("Findings introduced", diff.findings.introduced, "No new findings."),
    ...findingsSection("Findings resolved", diff.findings.resolved, "No findings resolved."),
  ];
  return `${lines.join("\n")}\n`;
}
