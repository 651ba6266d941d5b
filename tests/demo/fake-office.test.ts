/** @jest-environment jsdom */
/**
 * The demo's stand-in office.js names the open file as Office does (Office.context.document.url), so
 * the review the demo exports is titled by the file, not "This workbook", and follows a file opened later.
 */
import { installFakeOffice } from "../../src/demo/fake-office";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { openDocumentName } from "../../src/workbook/office/document-name";
import { officeOperations } from "../../src/taskpane/office-operations";

describe("the demo's fake office.js", () => {
  it("gives the open file's name as the document's URL, and the exported report is titled by it", async () => {
    const excel = new FakeExcel({ "Data Categorisation": [["Use Case"], ["Forecasting"]] });
    let fileName = "sample-workbook.xlsx";
    installFakeOffice(() => excel, { run: excel.run, fileName: () => fileName });
    expect(openDocumentName()).toBe("sample-workbook.xlsx");
    const report = await officeOperations(excel.run).exportReport("markdown");
    expect(report.text).toContain("sample-workbook.xlsx");
    expect(report.text).not.toContain("This workbook");
    fileName = "planted.xlsx";
    expect(openDocumentName()).toBe("planted.xlsx");
  });
});
