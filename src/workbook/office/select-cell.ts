/**
 * Takes the analyst to a finding: activates its sheet and selects its cell, in one request.
 */
import { nameMissingSheet } from "./excel-errors";
import { globalExcelRun, type ExcelRun } from "./excel-run";

export async function selectCell(sheet: string, cell: string, run: ExcelRun = globalExcelRun): Promise<void> {
  try {
    await run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  } catch (error) {
    throw nameMissingSheet(error, sheet);
  }
}
