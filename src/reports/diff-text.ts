/**
 * The comparison of two versions as plain text, as a linter prints: per tab the counts, the rows
 * added and removed, each changed cell as `P12 Sensitivity: "Restricted" -> "Critical"`, then the
 * findings introduced and resolved, and a closing summary line.
 */
import type { Finding } from "../check/finding";
import type { WorkbookDiff } from "../diff/workbook-diff";
import { diffCountsLine, keyLabel, tabCountsLine, tabTitle } from "./diff-wording";

function findingLines(title: string, findings: readonly Finding[]): string[] {
  if (findings.length === 0) return [];
  return [
    "",
    `${title} (${findings.length})`,
    ...findings.map((f) => `  ${f.severity.padEnd(7)} ${f.sheet}!${f.cell}  ${f.rule}  ${f.message}`),
  ];
}

export function diffText(diff: WorkbookDiff): string {
  const lines = [`${diff.old} -> ${diff.new}`];
  for (const tab of diff.tabs) {
    lines.push("", `${tabTitle(tab)}: ${tabCountsLine(tab)}`);
    for (const r of tab.added) lines.push(`  + row ${r.row}  ${keyLabel(r.key)}`);
    for (const r of tab.removed) lines.push(`  - row ${r.row} (old)  ${keyLabel(r.key)}`);
    for (const r of tab.changed) {
      lines.push(`  ~ row ${r.row}${r.oldRow === r.row ? "" : ` (was ${r.oldRow})`}  ${keyLabel(r.key)}`);
      for (const c of r.cells)
        lines.push(`      ${c.cell} ${c.column}: ${JSON.stringify(c.before)} -> ${JSON.stringify(c.after)}`);
    }
  }
  lines.push(
    ...findingLines("Findings introduced", diff.findings.introduced),
    ...findingLines("Findings resolved", diff.findings.resolved),
  );
  const mark = diff.findings.introduced.some((f) => f.severity === "error") ? "✖" : "✔";
  lines.push("", `${mark} ${diffCountsLine(diff)}`);
  return `${lines.join("\n")}\n`;
}
