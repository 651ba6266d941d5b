/**
 * The Key Initiatives view read from real workbooks: an .xlsx file through the file adapter and the
 * office adapter on the fake Excel give the same grouping, with the column mapping honoured.
 */
import { defaultReference } from "../../src/model/default-reference";
import { gapsTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookReader } from "../../src/workbook/office/office-workbook";
import { OfficeWorkbookWriter } from "../../src/workbook/office/office-writer";
import { XlsxWorkbookEditor } from "../../src/workbook/xlsx/xlsx-workbook-editor";
import { saveColumnMapping } from "../../src/workflows/settings/column-mapping";
import { gapActions } from "../../src/app/gap-actions";
import { excelJsXlsx } from "../support/xlsx-exceljs";

const model = async () => defaultReference();
const gapRows = [
  gapsTab.columns.map((c) => c.header),
  ...["G01", "G02", "G03"].map((id) =>
    gapsTab.columns.map((c) => (c.key === "gapId" ? id : c.key === "gapDescription" ? `Gap ${id}` : "")),
  ),
];
// Options with its columns in another order and the initiative under a header of the analyst's own.
const optionRows = [
  ["Programme", "Option ID", "Option Description", "Gap ID", "Priority Use Case", "Use Case"],
  ["Data sharing MVP", "O1", "Portal feed", "G01; G02", "Yes", "Forecasting"],
  ["data sharing mvp", "O2", "Hand-off", "G09", "", ""],
  ["", "O3", "Later", "G01", "", ""],
];

const expected = {
  initiatives: [
    {
      name: "Data sharing MVP",
      options: ["O1", "O2"],
      gaps: ["G01 yes", "G02 yes", "G09 no"],
      priority: ["Forecasting"],
    },
    { name: "No initiative", options: ["O3"], gaps: ["G01 yes"], priority: [] },
  ],
  unclosed: ["G03"],
};

function summary(view: Awaited<ReturnType<ReturnType<typeof gapActions>["keyInitiatives"]>>) {
  return {
    initiatives: view.initiatives.map((i) => ({
      name: i.name,
      options: i.options.map((o) => o.optionId),
      gaps: i.gaps.map((g) => `${g.gapId} ${g.exists ? "yes" : "no"}`),
      priority: i.priorityUseCases,
    })),
    unclosed: view.gapsWithoutOption.map((g) => g.gapId),
  };
}

describe("Key Initiatives from workbooks", () => {
  it("reads an .xlsx file through the file adapter", async () => {
    const editor = new XlsxWorkbookEditor(
      await excelJsXlsx((workbook) => {
        const gaps = workbook.addWorksheet("Distinct Gap Analysis");
        for (const row of gapRows) gaps.addRow(row);
        const options = workbook.addWorksheet("Options and Priority Use Cases");
        for (const row of optionRows)
          options.addRow(row.map((cell) => (cell === "Programme" ? "Key Initiative" : cell)));
      }),
    );
    expect(summary(await gapActions({ reader: editor, writer: editor, model }).keyInitiatives())).toEqual(expected);
  });

  it("reads the open workbook through the office adapter, with the column mapping saved in it", async () => {
    const excel = new FakeExcel({ "Distinct Gap Analysis": gapRows, Options: optionRows });
    const ports = {
      reader: new OfficeWorkbookReader(excel.run),
      writer: new OfficeWorkbookWriter(excel.run, { undoGroups: () => false }),
      model,
    };
    await saveColumnMapping(ports.writer, "options", { keyInitiative: "Programme" });
    expect(summary(await gapActions(ports).keyInitiatives())).toEqual(expected);
  });
});
