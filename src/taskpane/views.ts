/**
 * The pane's views, in the order the switcher shows them: a view is added here and nowhere else.
 * Each panel reads what it needs from the pane (usePane), so it takes no props. Check opens with the
 * pane; the others are loaded when first shown, so the pane opens on the checking code alone.
 */
import { lazy, type ComponentType } from "react";
import { CheckPanel } from "./CheckPanel";

export interface PaneView {
  id: string;
  /** The switcher's button. */
  label: string;
  Panel: ComponentType;
}

export const paneViews: readonly PaneView[] = [
  { id: "check", label: "Check", Panel: CheckPanel },
  {
    id: "autofill",
    label: "Auto-fill",
    Panel: lazy(() => import("./AutoFillPanel").then((module) => ({ default: module.AutoFillPanel }))),
  },
  {
    id: "history",
    label: "History",
    Panel: lazy(() => import("./HistoryPanel").then((module) => ({ default: module.HistoryPanel }))),
  },
  {
    id: "workbook",
    label: "Workbook",
    Panel: lazy(() => import("./WorkbookPanel").then((module) => ({ default: module.WorkbookPanel }))),
  },
  {
    id: "review",
    label: "Review",
    Panel: lazy(() => import("./ReviewPanel").then((module) => ({ default: module.ReviewPanel }))),
  },
  {
    id: "gaps",
    label: "Gaps",
    Panel: lazy(() => import("./GapsPanel").then((module) => ({ default: module.GapsPanel }))),
  },
  {
    id: "summary",
    label: "Summary",
    Panel: lazy(() => import("./SummaryPanel").then((module) => ({ default: module.SummaryPanel }))),
  },
  {
    id: "definitions",
    label: "Definitions",
    Panel: lazy(() => import("./DefinitionsPanel").then((module) => ({ default: module.DefinitionsView }))),
  },
  {
    id: "compare",
    label: "Compare",
    Panel: lazy(() => import("./ComparePanel").then((module) => ({ default: module.CompareView }))),
  },
];
