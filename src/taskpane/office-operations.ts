/**
 * The pane's operations over the open workbook: the only file of the pane that touches the Office
 * layer. Everything else receives these as props. `run` is Excel.run, or the fake in tests.
 */
import { defaultReference } from "../model/default-reference";
import { validateWorkbook } from "../rules/validation-report";
import { globalExcelRun, type ExcelRun } from "../workbook/office/excel-run";
import { OfficeWorkbookReader } from "../workbook/office/office-workbook";
import { selectCell } from "../workbook/office/select-cell";
import type { PaneOperations } from "./pane-operations";

export function officeOperations(run: ExcelRun = globalExcelRun): PaneOperations {
  const reader = new OfficeWorkbookReader(run);
  return {
    // async, so a bad seed file (thrown by defaultReference) reaches the pane as a rejection.
    validate: async () => validateWorkbook(reader, defaultReference()),
    goTo: (sheet, cell) => selectCell(sheet, cell, run),
  };
}
