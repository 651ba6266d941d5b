/** Excel.Workbook of the fake: its worksheets, every table in it (ExcelApi 1.1) and its add-in settings. */
import type { FakeRequestContext } from "./request";
import { FakeSettingCollection } from "./settings";
import { FakeTableCollection } from "./tables";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;
  /** Every table of every sheet: table names are unique in the workbook. */
  readonly tables: FakeTableCollection;

  constructor(context: FakeRequestContext) {
    this.tables = new FakeTableCollection(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
  }
}
