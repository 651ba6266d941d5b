/**
 * What a rule is, after ESLint's rules and Frictionless's error types: an id, a short title (the
 * rule's name wherever the analyst sees one: a Fix all batch, History, the reports), a severity
 * (error breaks the model, warning is probably wrong, info is worth a look), a description and the
 * check itself. The check reports through a Reporter, which stamps
 * each finding with the rule's id and severity so no rule can misreport its own.
 */
import type { ClosedVocabulary } from "../model/closed-vocabulary";
import type { ReferenceModel } from "../model/reference-model";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import type { Finding, Severity } from "./finding";

/** What a finding is about: a tab, a row and a column of it. */
export type Scope = "workbook" | "header" | "cell" | "row" | "rows" | "tabs";

export interface RuleContext {
  book: ParsedWorkbook;
  model: ReferenceModel;
  /** Roles from the workbook's Roles tab when it has one, else the default NEM roles. */
  roles: ClosedVocabulary;
}

export type FindingDetails = Omit<Finding, "rule" | "severity">;

export interface Reporter {
  report(details: FindingDetails): void;
}

export interface Rule {
  id: string;
  /** A short name in sentence case, without a closing period: "Unknown information category". */
  title: string;
  severity: Severity;
  scope: Scope;
  description: string;
  /**
   * Each message the rule gives, by id, as ESLint's meta.messages: when it is given, in words. Every
   * finding carries its messageId (a rule with one message need not name it), so tests and readers of
   * the JSON tell the messages apart without matching their prose.
   */
  messages?: Readonly<Record<string, string>>;
  check(context: RuleContext, reporter: Reporter): void;
}

/** What a rule made by a shared check (a "<column>.unknown" rule...) says about itself. */
export type RuleHeader = Pick<Rule, "id" | "title" | "description">;

/** A message with its id, for a rule that gives more than one. */
export interface RuleMessage {
  messageId: string;
  message: string;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
