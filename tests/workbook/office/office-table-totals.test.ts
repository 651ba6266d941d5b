/**
 * The Excel adapter reports its tables' totals rows (Table.showTotals, getTotalRowRange), and the
 * check leaves such a row out even when it holds what looks like data; a table without totals
 * costs no extra request. The fake refuses getTotalRowRange on a table showing no totals.
 */
import { defaultReference } from "../../../src/model/default-reference";
import { runRules } from "../../../src/check/run-rules";
import { readWorkbook } from "../../../src/sheets/parsed-workbook";
import { categorisationTab } from "../../../src/sheets/tab-definitions";
import { FakeExcel } from "../../../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookReader } from "../../../src/workbook/office/office-workbook";
import { validCategorisation } from "../../support/workbook-rows";

const DC = "Data Categorisation";
const header = categorisationTab.columns.map((c) => c.header);
const data = categorisationTab.columns.map((c) => validCategorisation[c.key]);
// A totals row as Excel fills it: a label and a count, under a text column.
const totals = categorisationTab.columns.map((c) =>
  c.key === "useCaseGroup" ? "Total" : c.key === "activity" ? "2" : c.key === "informationObject" ? "OTN" : "",
);

async function withTable(showTotals: boolean): Promise<FakeExcel> {
  const excel = new FakeExcel({
    [DC]: [header, data, data.map((v, i) => (i === 6 ? "Receive forecasts" : v)), totals],
  });
  await excel.run(async (context) => {
    const table = context.workbook.worksheets.getItem(DC).tables.add("A1:R4", true);
    table.name = "Categorisation";
    if (showTotals) table.showTotals = true;
    await context.sync();
  });
  return excel;
}

const reader = (excel: FakeExcel) => new OfficeWorkbookReader(excel.run, { hasMergedAreas: () => true });

describe("Excel tables' totals rows through the Excel adapter", () => {
  it("reads the totals row of a table that shows totals, and the check leaves it out", async () => {
    const excel = await withTable(true);
    expect((await reader(excel).readSheet(DC)).totalsRows).toEqual([{ row: 4, table: "Categorisation" }]);
    const findings = runRules(await readWorkbook(reader(excel)), defaultReference());
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(findings.filter((f) => f.rule === "row.not-data").map((f) => [f.cell, f.message])).toEqual([
      ["A4", expect.stringContaining("4 (the totals row of table Categorisation)")],
    ]);
  });

  it("without totals shown the row is judged by its content, and no extra request is made", async () => {
    const excel = await withTable(false);
    const before = excel.syncCount;
    const grid = await reader(excel).readSheet(DC);
    expect(grid.totalsRows).toBeUndefined();
    expect(excel.syncCount - before).toBe(1);
    // "Total", "2" and "OTN": not a plain totals row, so it is data, and wrong.
    const findings = runRules(await readWorkbook(reader(excel)), defaultReference());
    expect(findings.some((f) => f.row === 4 && f.severity === "error")).toBe(true);
  });

  it("the fake fails getTotalRowRange on a table that shows no totals", async () => {
    const excel = await withTable(false);
    await expect(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(DC).tables.getItemAt(0).getTotalRowRange();
        range.load("rowIndex");
        await context.sync();
      }),
    ).rejects.toThrow();
  });
});
