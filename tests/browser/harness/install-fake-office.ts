/**
 * Stands in for office.js on the harness page, with only what the pane uses: `Office.onReady`
 * (resolving at once), `Office.context.requirements.isSetSupported` (the reader asks it whether
 * merged areas can be read), and `Excel.run`, the strict fake Excel holding the workbook named by
 * the page's `?book=` query. Imported before the pane's entry, which calls `Office.onReady` as it loads.
 */
import type { ExcelRun } from "../../../src/workbook/office/excel-run";
import { FakeExcel } from "../../../src/workbook/fake-excel/fake-excel";
import { books, isBookName } from "./books";
import type { HarnessWindow } from "./harness-window";

type OnReady = typeof Office.onReady;

const bookName = new URLSearchParams(window.location.search).get("book");
// A wrong or missing name fails the page loudly (a pageerror the test reports), not with a blank pane.
if (!isBookName(bookName)) throw new Error(`harness: unknown ?book=${String(bookName)}; expected one of ${Object.keys(books).join(", ")}`);

const excel = new FakeExcel(books[bookName]);

// What office.js passes at run time (its enums are strings there, though @types/office-js declares
// them numeric); the pane ignores it, but the fake should not invent other values.
const readyInfo = { host: "Excel" as unknown as Office.HostType, platform: "OfficeOnline" as unknown as Office.PlatformType };
const onReady: OnReady = (callback) =>
  Promise.resolve(readyInfo).then((info) => {
    callback?.(info);
    return info;
  });

/** The fake answers for the ExcelApi versions it models (1.20 by default: undo groups included). */
const requirements: Pick<Office.RequirementSetSupport, "isSetSupported"> = {
  isSetSupported: (name: string, minVersion?: string | number) => excel.isSetSupported(name, minVersion),
};

const run: ExcelRun = excel.run;

const state: HarnessWindow = {
  book: bookName,
  get activeSheet() {
    return excel.activeSheet;
  },
  get selection() {
    return excel.selection;
  },
  get syncCount() {
    return excel.syncCount;
  },
  get undoRecords() {
    return excel.undoRecords;
  },
  text: (sheet, cell) => excel.cell(sheet, cell).text,
  formatting: (sheet) => excel.formatting(sheet),
  settings: () => excel.settings,
  userEdit: (sheet, cell, value) => excel.userEdit(sheet, cell, value),
};

// The pane reads `Office` and `Excel` as globals (office.js's script tag defines them in Office).
Object.assign(window, { Office: { onReady, context: { requirements } }, Excel: { run }, harness: state });
