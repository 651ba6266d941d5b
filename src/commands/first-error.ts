/**
 * What the ribbon's "Go to first error" does, free of Office.js: check the workbook, then select
 * the first error's cell (first tab, top row) that no waiver accepts. Returns that finding, if there is one.
 */
import type { Finding } from "../check/finding";
import { groupBySheet } from "../taskpane/finding-groups";
import type { PaneOperations } from "../taskpane/pane-operations";

export async function goToFirstError({
  validate,
  goTo,
}: Pick<PaneOperations, "validate" | "goTo">): Promise<Finding | undefined> {
  const report = await validate();
  // An error a reviewer accepted (a waiver) is not the first one to fix.
  const first = groupBySheet(
    report.findings.filter((f) => f.waived === undefined),
    new Set(["error"]),
  )[0]?.findings[0];
  if (first !== undefined) await goTo(first.sheet, first.cell);
  return first;
}
