/**
 * What the pane can ask of the workbook, passed to <App> as props (as Microsoft's task-pane
 * template passes `insertText`), so the components render and test without Excel.
 */
import type { CompareActions } from "../app/compare-actions";
import type { DefinitionActions } from "../app/definition-actions";
import type { GapActions } from "../app/gap-actions";
import type { ReportActions } from "../app/export-report";
import type { LiveActions } from "../app/live-actions";
import type { ReviewActions } from "../app/review-actions";
import type { SummaryActions } from "../app/summary-actions";
import type { WorkbookActions } from "../app/workbook-actions";
import type { WorkbookTools } from "../app/workbook-tools";
import type { HostCapabilities } from "../workbook/office/host-capabilities";

export interface PaneOperations
  extends
    WorkbookActions,
    WorkbookTools,
    LiveActions,
    ReviewActions,
    GapActions,
    ReportActions,
    SummaryActions,
    CompareActions,
    DefinitionActions {
  /** Activates `sheet` and selects `cell` (A1-style). */
  goTo: (sheet: string, cell: string) => Promise<void>;
  /** What this Excel can do; absent means everything (the demo, tests that do not ask). */
  capabilities?: HostCapabilities;
}
