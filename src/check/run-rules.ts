/**
 * Runs the rules over a parsed workbook and returns the findings in reading order: by tab, then
 * row, then column position, then severity.
 */
import type { ReferenceModel } from "../model/reference-model";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import { tryParseCellRef } from "../workbook/cell-address";
import { severityOrder, type Finding } from "./finding";
import { rules as allRules } from "../rules/index";
import type { Rule, RuleContext } from "./rule";
import { roleVocabulary } from "./role-vocabulary";

export function runRules(book: ParsedWorkbook, model: ReferenceModel, rules: readonly Rule[] = allRules): Finding[] {
  return sortFindings(book.sheetNames, collectFindings({ book, model, roles: roleVocabulary(book, model) }, rules));
}

/** The rules' findings in the order they report them: rule by rule, each in its own order. */
export function collectFindings(context: RuleContext, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const { id, severity } = rule;
    const messageIds = Object.keys(rule.messages ?? {});
    const onlyMessage = messageIds.length === 1 ? messageIds[0] : undefined;
    rule.check(context, {
      report: (d) => {
        const finding: Finding = {
          sheet: d.sheet,
          cell: d.cell,
          row: d.row,
          column: d.column,
          rule: id,
          severity,
          message: d.message,
          value: d.value,
        };
        const messageId = d.messageId ?? onlyMessage;
        if (messageId !== undefined) finding.messageId = messageId;
        if (d.suggestion !== undefined) finding.suggestion = d.suggestion;
        if (d.fix !== undefined) finding.fix = d.fix;
        findings.push(finding);
      },
    });
  }
  return findings;
}

/**
 * Reading order: by tab (as `sheetNames` orders the sheets), row, column position, then severity;
 * findings equal in all four keep the order they come in (a stable sort). The four keys are packed
 * into one number per finding (tab and severity in the high and low bits, row and column between),
 * computed once, and compared as numbers.
 */
export function sortFindings(sheetNames: readonly string[], findings: readonly Finding[]): Finding[] {
  const tabOrder = new Map(sheetNames.map((name, i) => [name, i]));
  const keys = new Float64Array(findings.length);
  let sorted = true;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i] as Finding;
    const tab = tabOrder.get(finding.sheet) ?? 0;
    const col = columnOfCell(finding.cell);
    const row = Math.min(Math.max(finding.row, 0), 0xfffff);
    // tab < 2^14, row < 2^20, col < 2^14 (Excel's 16,384 columns), severity < 4: 50 bits, exact in a double.
    keys[i] = ((tab * 0x100000 + row) * 0x4000 + col) * 4 + severityOrder[finding.severity];
    if (i > 0 && (keys[i] as number) < (keys[i - 1] as number)) sorted = false;
  }
  if (sorted) return findings.slice();
  const order = Array.from(findings.keys());
  order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
  return order.map((i) => findings[i] as Finding);
}

/** The 0-based column of an A1 address ("J7" -> 9); 0 for anything else. */
function columnOfCell(cell: string): number {
  // The common "J7": letters then digits, read without a regular expression; anything else the slow way.
  let col = 0;
  let i = 0;
  for (; i < cell.length && i < 3; i++) {
    const c = cell.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const digit = cell.charCodeAt(i);
  if (i === 0 || !(digit >= 48 && digit <= 57)) return tryParseCellRef(cell)?.col ?? 0;
  return Math.min(col - 1, 0x3fff);
}
