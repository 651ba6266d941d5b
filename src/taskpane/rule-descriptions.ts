/**
 * Each rule's title and description by its id, for the pane's words about a rule ("Fix all" offers).
 * Loaded with the checking code (the rules are there already once the workbook is checked), not on opening.
 */
import type { Rule } from "../check/rule";
import { rules } from "../rules/index";

export type RuleWords = Pick<Rule, "title" | "description">;

export const ruleDescriptions: ReadonlyMap<string, RuleWords> = new Map(
  rules.map((rule) => [rule.id, { title: rule.title, description: rule.description }]),
);
