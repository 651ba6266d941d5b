/**
 * The ribbon's Auto-fill over the real workflows on the fake Excel: it fills only empty cells, never
 * a conflict, as one batch the pane's History can revert, and says so in a sentence.
 */
import { autoFillSafe } from "../../src/commands/auto-fill";
import { officeOperations } from "../../src/taskpane/office-operations";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { validCategorisation, type CategorisationRow } from "../support/workbook-rows";

const sheet = "Data Categorisation";

function excelWith(rows: CategorisationRow[]): FakeExcel {
  const headers = categorisationTab.columns.map((c) => c.header);
  return new FakeExcel({
    [sheet]: [
      headers,
      ...rows.map((row) => categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key])),
    ],
  });
}

describe("the ribbon's Auto-fill", () => {
  it("fills the empty lookups, leaves a conflict for review, and can be reverted from the history", async () => {
    const excel = excelWith([
      { capability: "", capabilityGroup: "", domain: "" },
      { capability: "Something else", capabilityGroup: "" },
    ]);
    const operations = officeOperations(excel.run, "ribbon");
    const message = await autoFillSafe(operations);
    expect(message).toBe(
      "Filled 4 empty cells. To undo, open the pane's History and choose Revert. 1 filled cell disagrees with its lookup: open the pane's Auto-fill view to review it.",
    );
    expect(excel.cell(sheet, "D2").text).toBe("Share near-term operational forecasts");
    expect(excel.cell(sheet, "D3").text).toBe("Something else");
    const [batch] = await operations.history();
    expect(batch).toMatchObject({ source: "ribbon", cells: 4 });
    await operations.revert(batch?.id ?? "");
    expect(excel.cell(sheet, "D2").text).toBe("");
  });

  it("says when there is nothing to fill, and writes nothing", async () => {
    const excel = excelWith([{}]);
    expect(await autoFillSafe(officeOperations(excel.run, "ribbon"))).toBe(
      "Nothing to fill: every lookup is already filled in.",
    );
    expect(excel.requests.some((request) => request.wrote)).toBe(false);
  });
});
