/**
 * What the pane can ask of the workbook, passed to <App> as props (as Microsoft's task-pane
 * template passes `insertText`), so the components render and test without Excel.
 */
import type { CompareActions } from "../workflows/compare-actions";
import type { DefinitionActions } from "../workflows/definition-actions";
import type { GapActions } from "../workflows/gap-actions";
import type { ReportActions } from "../workflows/export-report";
import type { LiveActions } from "../workflows/live-actions";
import type { ReviewActions } from "../workflows/review-actions";
import type { SummaryActions } from "../workflows/summary-actions";
import type { WorkbookActions } from "../workflows/workbook-actions";
import type { WorkbookTools } from "../workflows/workbook-tools";
import type { HostCapabilities } from "../workbook/office/host-capabilities";

export interface PaneOperations extends WorkbookActions, WorkbookTools, LiveActions, ReviewActions, GapActions, ReportActions, SummaryActions, CompareActions, DefinitionActions {
  /** Activates `sheet` and selects `cell` (A1-style). */
  goTo: (sheet: string, cell: string) => Promise<void>;
  /** What this Excel can do; absent means everything (the demo, tests that do not ask). */
  capabilities?: HostCapabilities;
}
