/**
 * The harness page's stand-in for office.js (src/demo/fake-office.ts, shared with the demo) over the
 * strict fake Excel holding the workbook named by the page's `?book=` query, and `window.harness`
 * for the test to read. Imported before the pane's entry, which calls `Office.onReady` as it loads.
 */
import { installFakeOffice } from "../../../src/demo/fake-office";
import { FakeExcel } from "../../../src/workbook/fake-excel/fake-excel";
import { books, isBookName } from "./books";
import type { HarnessWindow } from "./harness-window";

const bookName = new URLSearchParams(window.location.search).get("book");
// A wrong or missing name fails the page loudly (a pageerror the test reports), not with a blank pane.
if (!isBookName(bookName))
  throw new Error(`harness: unknown ?book=${String(bookName)}; expected one of ${Object.keys(books).join(", ")}`);

const excel = new FakeExcel(books[bookName]);
installFakeOffice(() => excel, { run: excel.run });

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

Object.assign(window, { harness: state });
