/**
 * Runs the rules over a parsed workbook and returns the findings in reading order: by tab, then
 * row, then column position, then severity.
 */
import { ClosedVocabulary } from "../model/closed-vocabulary";
import type { ReferenceModel } from "../model/reference-model";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import { parseCellRef } from "../workbook/cell-address";
import { severityOrder, type Finding } from "./finding";
import { rules as allRules } from "./index";
import type { Rule, RuleContext } from "./rule";

export function roleVocabulary(book: ParsedWorkbook, model: ReferenceModel): ClosedVocabulary {
  return book.roles !== undefined && book.roles.terms.length > 0 ? new ClosedVocabulary("role", book.roles.terms) : model.defaultRoles;
}

export function runRules(book: ParsedWorkbook, model: ReferenceModel, rules: readonly Rule[] = allRules): Finding[] {
  const context: RuleContext = { book, model, roles: roleVocabulary(book, model) };
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(context, { report: (details) => findings.push({ ...details, rule: rule.id, severity: rule.severity }) });
  }
  const tabOrder = new Map(book.sheetNames.map((name, i) => [name, i]));
  const colOf = (cell: string) => parseCellRef(cell)?.col ?? 0;
  return findings.sort(
    (a, b) =>
      (tabOrder.get(a.sheet) ?? 0) - (tabOrder.get(b.sheet) ?? 0) ||
      a.row - b.row ||
      colOf(a.cell) - colOf(b.cell) ||
      severityOrder[a.severity] - severityOrder[b.severity],
  );
}
