/** Clicking a finding takes the analyst to its cell: the sheet activated and the cell selected. */
import { selectCell } from "../../../src/workbook/office/select-cell";
import { FakeExcel } from "../../../src/workbook/fake-excel/fake-excel";

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one request", async () => {
    const excel = new FakeExcel({ Cover: [["CER"]], "Data Categorisation": [["Use Case"]] });
    await selectCell("Data Categorisation", "J7", excel.run);
    expect(excel.activeSheet).toBe("Data Categorisation");
    expect(excel.selection).toBe("'Data Categorisation'!J7");
    expect(excel.syncCount).toBe(1);
  });

  it("names a sheet that was renamed or deleted since the check", async () => {
    const excel = new FakeExcel({ Cover: [["CER"]] });
    await expect(selectCell("Options", "A2", excel.run)).rejects.toThrow('no sheet named "Options"');
    expect(excel.selection).toBeUndefined();
  });
});
