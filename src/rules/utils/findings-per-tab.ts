/**
 * Remembers what a rule reported on a parsed tab and replays it when the same rule checks the same
 * tab with the same model again (a parsed tab never changes; an edit makes a new one). For rules
 * whose judgement costs more than a lookup (the two that rank the framework's definitions): a
 * re-check of an unchanged tab then costs nothing.
 */
import type { ReferenceModel } from "../../model/reference-model";
import type { FindingDetails, Reporter } from "../../check/rule";

const remembered = new WeakMap<object, WeakMap<ReferenceModel, Map<string, FindingDetails[]>>>();

export function reportOncePerTab(
  tab: object,
  model: ReferenceModel,
  rule: string,
  reporter: Reporter,
  check: (reporter: Reporter) => void,
): void {
  let byModel = remembered.get(tab);
  if (byModel === undefined) {
    byModel = new WeakMap();
    remembered.set(tab, byModel);
  }
  let byRule = byModel.get(model);
  if (byRule === undefined) {
    byRule = new Map();
    byModel.set(model, byRule);
  }
  let reports = byRule.get(rule);
  if (reports === undefined) {
    const found: FindingDetails[] = [];
    check({ report: (details) => found.push(details) });
    reports = found;
    byRule.set(rule, reports);
  }
  // Copies: a reporter may mark what it is given (waivers).
  for (const details of reports) reporter.report({ ...details });
}
