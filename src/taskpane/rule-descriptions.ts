/**
 * Each rule's description by its id, for the pane's words about a rule ("Fix all" offers). Loaded
 * with the checking code (the rules are there already once the workbook is checked), not on opening.
 */
import { rules } from "../rules/index";

export const ruleDescriptions: ReadonlyMap<string, string> = new Map(rules.map((rule) => [rule.id, rule.description]));
