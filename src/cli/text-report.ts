/**
 * The validation report as a linter prints it: findings grouped by tab and rule (its id and title),
 * with counts, one line per finding (cell, message), and a closing summary line.
 */
import { severityOrder, type Finding, type Severity } from "../check/finding";
import { allFindings, type ValidationReport } from "../check/validation-report";
import { waiverRowLabel } from "../check/waived-findings";
import { rules } from "../rules/index";
import { plural } from "../text/plural";
import { fixableCounts } from "../workflows/check/fixes-of-findings";

export interface TextOptions {
  /** Findings shown per rule before "... and N more"; Infinity shows all. */
  perRule: number;
  color: boolean;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" };
const DIM = "\x1b[2m";
const RESET = "\x1b[0m";

const titles = new Map(rules.map((rule) => [rule.id, rule.title]));

export function summaryLine(report: ValidationReport): string {
  const { errors, warnings, info } = report.summary;
  const mark = errors > 0 ? "✖" : "✔";
  const waived = report.summary.waived ?? 0;
  const baseline = report.summary.baseline === undefined ? "" : ` new, ${report.summary.baseline} in the baseline`;
  return `${mark} ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${info} info${baseline}${waived > 0 ? `, ${waived} accepted` : ""}`;
}

export function textReport(file: string, report: ValidationReport, options: TextOptions): string {
  const paint = (severity: Severity, text: string) =>
    options.color ? `${SEVERITY_COLOR[severity]}${text}${RESET}` : text;
  const dim = (text: string) => (options.color ? `${DIM}${text}${RESET}` : text);
  const lines: string[] = [file];
  for (const sheet of report.sheets) {
    if (sheet.sheet === null) {
      lines.push("", `${sheet.tab}: not in this workbook`);
      continue;
    }
    const where = sheet.sheet === sheet.tab ? "" : ` (sheet "${sheet.sheet}")`;
    const header =
      sheet.headerRow === null ? "no header row found" : `header row ${sheet.headerRow}, ${plural(sheet.rows, "row")}`;
    lines.push("", `${sheet.tab}${where}: ${header}`);
    const byRule = new Map<string, Finding[]>();
    // The accepted findings are listed too, marked; the counts and the fixable line leave them out.
    for (const finding of allFindings(report)) {
      if (finding.sheet !== sheet.sheet) continue;
      const list = byRule.get(finding.rule);
      if (list === undefined) byRule.set(finding.rule, [finding]);
      else list.push(finding);
    }
    if (byRule.size === 0) lines.push(`  ${dim("no findings")}`);
    // Errors first, then warnings, then info; within a severity, rules in the order they first occur.
    const groups = [...byRule].sort(
      (a, b) => severityOrder[a[1][0]?.severity ?? "info"] - severityOrder[b[1][0]?.severity ?? "info"],
    );
    for (const [rule, findings] of groups) {
      const severity = findings[0]?.severity ?? "info";
      const title = titles.get(rule);
      lines.push(
        `  ${paint(severity, rule)}  ${title === undefined ? "" : `${title}  `}${dim(plural(findings.length, severity === "info" ? "finding" : severity))}`,
      );
      // A loop, not Math.max(...cells): past about 100,000 findings a spread overflows the stack.
      const width = findings.reduce((widest, f) => Math.max(widest, f.cell.length), 0);
      for (const finding of findings.slice(0, options.perRule)) {
        const accepted =
          finding.waived === undefined ? "" : dim(`  [accepted by ${finding.waived.by}: ${finding.waived.reason}]`);
        lines.push(`    ${finding.cell.padEnd(width)}  ${oneLine(finding.message)}${accepted}`);
      }
      if (findings.length > options.perRule)
        lines.push(dim(`    ... and ${findings.length - options.perRule} more (--all shows every finding)`));
    }
  }
  for (const line of [...consistencySection(report), ...staleWaiverSection(report)]) lines.push(line);
  lines.push("", summaryLine(report));
  const fixable = fixableLine(report.findings);
  if (fixable !== undefined) lines.push(fixable);
  return lines.join("\n") + "\n";
}

/** After Ruff: how many findings a `fix` run can resolve, safely or after review. */
/** A message on one line, as the report promises: a line break in a quoted value shown as `\n`. */
function oneLine(message: string): string {
  return message.replace(/\r\n|\r|\n/g, "\\n");
}

export function fixableLine(findings: readonly Finding[]): string | undefined {
  const { safe, review } = fixableCounts(findings);
  if (safe + review === 0) return undefined;
  const parts: string[] = [];
  if (safe > 0) parts.push(`${safe} fixable with \`fix --normalise\``);
  if (review > 0) parts.push(`${review} more with \`fix --review-fixes\` (check them first)`);
  return `  ${parts.join("; ")}.`;
}

/** The consistency review: per information object whose rows disagree, the values each column gives. */
export function consistencySection(report: ValidationReport): string[] {
  const groups = report.consistency ?? [];
  if (groups.length === 0) return [];
  const lines = ["", `Consistency review: ${plural(groups.length, "information object")} whose rows disagree`];
  for (const group of groups) {
    lines.push(
      `  "${group.object}" on ${group.sheet}, rows ${group.rows.map((r) => r.row).join(", ")} (${group.rules.join(", ")}${group.waived > 0 ? `; ${group.waived} accepted` : ""})`,
    );
    for (const column of group.columns) {
      if (column.agrees) continue;
      lines.push(
        `    ${column.header}: ${column.values.map((v) => `"${v.value}" (${plural(v.rows, "row")})`).join(", ")}`,
      );
    }
  }
  return lines;
}

/** Waivers whose finding no longer occurs, as ESLint reports unused suppressions. */
export function staleWaiverSection(report: ValidationReport): string[] {
  const stale = report.staleWaivers ?? [];
  if (stale.length === 0) return [];
  return [
    "",
    `Stale waivers: ${plural(stale.length, "waiver")} no longer ${stale.length === 1 ? "matches" : "match"} a finding (remove them in the pane's Review view)`,
    ...stale.map(
      (w) =>
        `  ${w.rule} on ${w.tab}, ${w.column}, row "${waiverRowLabel(w)}": accepted by ${w.by} on ${w.at.slice(0, 10)} (${w.reason})`,
    ),
  ];
}
