/**
 * Runs the rules over a parsed workbook and returns the findings in reading order: by tab, then
 * row, then column position, then severity.
 */
import { ClosedVocabulary } from "../model/closed-vocabulary";
import type { ReferenceModel } from "../model/reference-model";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import { tryParseCellRef } from "../workbook/cell-address";
import { severityOrder, type Finding } from "./finding";
import { rules as allRules } from "./index";
import type { Rule, RuleContext } from "./rule";

export function roleVocabulary(book: ParsedWorkbook, model: ReferenceModel): ClosedVocabulary {
  return book.roles !== undefined && book.roles.terms.length > 0 ? new ClosedVocabulary("role", book.roles.terms) : model.defaultRoles;
}

export function runRules(book: ParsedWorkbook, model: ReferenceModel, rules: readonly Rule[] = allRules): Finding[] {
  return sortFindings(book.sheetNames, collectFindings({ book, model, roles: roleVocabulary(book, model) }, rules));
}

/** The rules' findings in the order they report them: rule by rule, each in its own order. */
export function collectFindings(context: RuleContext, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const { id, severity } = rule;
    rule.check(context, {
      report: (d) => {
        const finding: Finding = { sheet: d.sheet, cell: d.cell, row: d.row, column: d.column, rule: id, severity, message: d.message, value: d.value };
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
 * findings that tie keep the order they come in (a stable sort).
 */
export function sortFindings(sheetNames: readonly string[], findings: readonly Finding[]): Finding[] {
  const tabOrder = new Map(sheetNames.map((name, i) => [name, i]));
  // Sort keys computed once per finding, not once per comparison.
  const keyed = findings.map((finding) => ({
    finding,
    tab: tabOrder.get(finding.sheet) ?? 0,
    col: tryParseCellRef(finding.cell)?.col ?? 0,
    severity: severityOrder[finding.severity],
  }));
  keyed.sort((a, b) => a.tab - b.tab || a.finding.row - b.finding.row || a.col - b.col || a.severity - b.severity);
  return keyed.map((k) => k.finding);
}
