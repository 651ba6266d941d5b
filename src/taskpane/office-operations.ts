/**
 * The pane's operations over the open workbook: the only file of the pane that touches the Office
 * layer. Everything else receives these as props. `run` is Excel.run, or the fake in tests and the
 * demo. The adapters and the reference model are loaded on first use (see workbook-actions.ts).
 */
import { openDocumentName } from "../workbook/office/document-name";
import { globalExcelRun, type ExcelRun } from "../workbook/office/excel-run";
import { hostCapabilities, officeHost, type HostQuery } from "../workbook/office/host-capabilities";
import { selectCell } from "../workbook/office/select-cell";
import { compareActions } from "../app/compare-actions";
import { definitionActions } from "../app/definition-actions";
import { gapActions } from "../app/gap-actions";
import { reportActions } from "../app/export-report";
import { liveActions } from "../app/live-actions";
import { reviewActions } from "../app/review-actions";
import { summaryActions } from "../app/summary-actions";
import { workbookActions } from "../app/workbook-actions";
import { workbookTools } from "../app/workbook-tools";
import type { PaneOperations } from "./pane-operations";

/** The checking code: asked for as the pane opens, so it is there by the first click. */
export const loadModel = async () =>
  (await import(/* webpackPrefetch: true */ "../model/default-reference")).defaultReference();

export function officeOperations(
  run: ExcelRun = globalExcelRun,
  source: "pane" | "ribbon" = "pane",
  host: HostQuery = officeHost(),
): PaneOperations {
  const ports = {
    reader: async () =>
      new (await import(/* webpackPrefetch: true */ "../workbook/office/office-workbook")).OfficeWorkbookReader(run),
    writer: async () =>
      new (await import(/* webpackPrefetch: true */ "../workbook/office/office-writer")).OfficeWorkbookWriter(run),
    formatter: async () => new (await import("../workbook/office/office-formatter")).OfficeWorkbookFormatter(run),
    dropdowns: async () => new (await import("../workbook/office/office-dropdowns")).OfficeWorkbookDropdowns(run),
    tabs: async () => new (await import("../workbook/office/office-tabs")).OfficeWorkbookTabs(run),
    live: async () => new (await import("../workbook/office/office-live")).OfficeLiveWorkbook(run),
    reportSheets: async () => new (await import("../workbook/office/office-report-sheet")).OfficeReportSheets(run),
    model: loadModel,
  };
  return {
    ...workbookActions(ports, source),
    ...workbookTools(ports),
    ...liveActions(ports),
    ...reviewActions(ports),
    ...gapActions(ports),
    ...reportActions(ports, { workbook: openDocumentName }),
    ...summaryActions(ports),
    ...compareActions(ports, { workbook: openDocumentName }),
    ...definitionActions(ports),
    goTo: (sheet, cell) => selectCell(sheet, cell, run),
    capabilities: hostCapabilities(host),
  };
}
