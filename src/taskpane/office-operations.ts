/**
 * The pane's operations over the open workbook: the only file of the pane that touches the Office
 * layer. Everything else receives these as props. `run` is Excel.run, or the fake in tests and the demo.
 */
import { defaultReference } from "../model/default-reference";
import { globalExcelRun, type ExcelRun } from "../workbook/office/excel-run";
import { OfficeWorkbookReader } from "../workbook/office/office-workbook";
import { OfficeWorkbookWriter } from "../workbook/office/office-writer";
import { selectCell } from "../workbook/office/select-cell";
import { workbookActions } from "../workflows/workbook-actions";
import type { PaneOperations } from "./pane-operations";

export function officeOperations(run: ExcelRun = globalExcelRun, source: "pane" | "ribbon" = "pane"): PaneOperations {
  const actions = workbookActions(new OfficeWorkbookReader(run), new OfficeWorkbookWriter(run), defaultReference, source);
  return { ...actions, goTo: (sheet, cell) => selectCell(sheet, cell, run) };
}
