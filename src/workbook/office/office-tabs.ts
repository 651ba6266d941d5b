/**
 * New tabs over the Excel JavaScript API: each added at the end of the workbook with its headers in
 * row 1, made an Excel table (headers and one empty row, as the template has) and named; one request
 * for all of them. Existing sheets are never touched.
 */
import { columnLetter } from "../cell-address";
import type { NewTab, WorkbookTabs } from "../port";
import { globalExcelRun, type ExcelRun } from "./excel-run";
import { describeExcelError } from "./write-errors";

export class OfficeWorkbookTabs implements WorkbookTabs {
  constructor(private readonly run: ExcelRun = globalExcelRun) {}

  async addTabs(tabs: readonly NewTab[]): Promise<void> {
    if (tabs.length === 0) return;
    try {
      await this.run(async (context) => {
        for (const tab of tabs) {
          const sheet = context.workbook.worksheets.add(tab.name);
          const last = columnLetter(tab.headers.length - 1);
          sheet.getRange(`A1:${last}1`).values = [[...tab.headers]];
          sheet.tables.add(`A1:${last}2`, true).name = tab.tableName;
        }
        await context.sync();
      });
    } catch (error) {
      throw describeExcelError(
        error,
        tabs.map((tab) => tab.name),
        "change",
      );
    }
  }
}
