/**
 * Pane operations for component tests: the real workflows over the memory adapter for checking,
 * fixing, auto-fill and history; the workbook tools, which need Excel's formatting and validation,
 * fail with a message unless a test passes its own.
 */
import { defaultReference } from "../../src/model/default-reference";
import type { PaneOperations } from "../../src/taskpane/pane-operations";
import type { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";
import { workbookActions } from "../../src/app/workbook-actions";
import { gapActions, type GapActions } from "../../src/app/gap-actions";
import type { DefinitionActions } from "../../src/app/definition-actions";
import type { LiveActions } from "../../src/app/live-actions";
import { reportActions, type ReportActions } from "../../src/app/export-report";
import { compareActions, type CompareActions } from "../../src/app/compare-actions";
import { reviewActions, type ReviewActions } from "../../src/app/review-actions";
import type { SummaryActions } from "../../src/app/summary-actions";
import type { WorkbookTools } from "../../src/app/workbook-tools";

const unavailable = () => Promise.reject(new Error("Not available in this test."));

export const toolsUnavailable: WorkbookTools = {
  highlight: unavailable,
  clearHighlights: unavailable,
  installDropdowns: unavailable,
  removeDropdowns: unavailable,
  addMissingTabs: unavailable,
  mappingChoices: () => Promise.resolve([]),
  saveMapping: unavailable,
  keptSettings: () => Promise.resolve([]),
  forgetSetting: unavailable,
};

export const reviewUnavailable: ReviewActions = {
  review: unavailable,
  acceptFinding: unavailable,
  removeWaivers: unavailable,
};

export const gapsUnavailable: GapActions = { proposeGaps: unavailable, keyInitiatives: unavailable };
export const reportUnavailable: ReportActions = { exportReport: unavailable };

export const compareUnavailable: CompareActions = {
  compareWith: unavailable,
  exportComparison: unavailable,
  markReviewed: unavailable,
  sinceLastReview: () => Promise.resolve(undefined),
};

export const summaryUnavailable: SummaryActions = { summary: unavailable, writeSummary: unavailable };

export const definitionsUnavailable: DefinitionActions = {
  watchSelection: () => Promise.resolve(() => Promise.resolve()),
  definitionCard: () => Promise.resolve(undefined),
  searchDefinitions: unavailable,
  planDefinitionChoice: unavailable,
};

export const liveUnavailable: LiveActions = {
  liveRemembered: () => Promise.resolve(false),
  startLive: unavailable,
  stopLive: () => Promise.resolve(),
};

export function memoryPaneOperations(
  workbook: MemoryWorkbook,
  overrides: Partial<PaneOperations> = {},
): PaneOperations {
  const ports = { reader: workbook, writer: workbook, model: async () => defaultReference() };
  return {
    ...workbookActions(ports),
    ...reviewActions(ports),
    ...gapActions(ports),
    ...reportActions(ports),
    ...compareActions(ports),
    ...toolsUnavailable,
    ...liveUnavailable,
    ...summaryUnavailable,
    ...definitionsUnavailable,
    goTo: () => Promise.resolve(),
    ...overrides,
  };
}

/** Every operation of the pane, each failing unless `overrides` gives it: a view or the pane tried with only what a test names. */
export function unavailablePaneOperations(overrides: Partial<PaneOperations> = {}): PaneOperations {
  return {
    validate: unavailable,
    goTo: unavailable,
    planAutoFill: unavailable,
    apply: unavailable,
    history: () => Promise.resolve([]),
    revert: unavailable,
    ...toolsUnavailable,
    ...liveUnavailable,
    ...reviewUnavailable,
    ...reportUnavailable,
    ...gapsUnavailable,
    ...summaryUnavailable,
    ...compareUnavailable,
    ...definitionsUnavailable,
    ...overrides,
  };
}
