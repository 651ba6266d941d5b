/** Excel.Workbook of the fake: its worksheets and its add-in settings. */
import type { FakeRequestContext } from "./request";
import { FakeSettingCollection } from "./settings";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;

  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.settings = new FakeSettingCollection(context);
  }
}
