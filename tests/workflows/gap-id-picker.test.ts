/**
 * The Options tab's Gap ID picker, through the office adapter on the fake Excel: a list of the
 * current Gap IDs on the add-in's reference sheet, a rule that only warns (an option may close
 * several gaps, "G01; G02"), refreshed with the dropdowns; and the two link checks both ways.
 */
import { defaultReference } from "../../src/model/default-reference";
import { gapsTab, optionsTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookDropdowns } from "../../src/workbook/office/office-dropdowns";
import { OfficeWorkbookReader } from "../../src/workbook/office/office-workbook";
import { OfficeWorkbookWriter } from "../../src/workbook/office/office-writer";
import { checkWorkbook } from "../../src/workflows/check/check";
import { LISTS_SHEET } from "../../src/workflows/tools/dropdown-lists";
import { installDropdowns, invalidCellsByExcel } from "../../src/workflows/tools/install-dropdowns";

const model = defaultReference();
const DGA = "Distinct Gap Analysis";
const gapRow = (id: string) =>
  gapsTab.columns.map((c) => (c.key === "gapId" ? id : c.key === "gapDescription" ? `Gap ${id}` : ""));
const optionRow = (id: string, gaps: string) =>
  optionsTab.columns.map((c) =>
    c.key === "optionId" ? id : c.key === "gapIds" ? gaps : c.key === "optionDescription" ? "An option" : "",
  );

function book(): FakeExcel {
  return new FakeExcel({
    [DGA]: [gapsTab.columns.map((c) => c.header), gapRow("G01"), gapRow("G02"), gapRow(" g02 ")],
    Options: [optionsTab.columns.map((c) => c.header), optionRow("O1", "G01; G02"), optionRow("O2", "G07")],
  });
}

function ports(excel: FakeExcel) {
  return {
    reader: new OfficeWorkbookReader(excel.run),
    writer: new OfficeWorkbookWriter(excel.run, { undoGroups: () => false }),
    dropdowns: new OfficeWorkbookDropdowns(excel.run, { invalidCellsApi: () => true }),
  };
}

describe("Options' Gap ID picker", () => {
  it("lists the current Gap IDs, each once, under a rule that warns instead of refusing", async () => {
    const excel = book();
    const outcome = await installDropdowns(ports(excel), model);
    const picker = outcome.installed.find((rule) => rule.sheet === "Options");
    expect(picker).toMatchObject({ address: "B2:B1048576", errorStyle: "Warning", title: "Gap ID" });
    const lists = excel.texts(LISTS_SHEET);
    const column = lists[0]?.indexOf("Gap ID") ?? -1;
    expect(column).toBeGreaterThanOrEqual(0);
    expect(
      lists
        .slice(1)
        .map((row) => row[column] ?? "")
        .filter((id) => id !== ""),
    ).toEqual(["G01", "G02"]);
    expect(excel.validations("Options")).toEqual([
      expect.objectContaining({
        ranges: "B2:B1048576",
        errorAlert: expect.objectContaining({ style: "Warning", showAlert: true }),
      }),
    ]);
  });

  it("brings in a gap added since when the dropdowns are refreshed", async () => {
    const excel = book();
    await installDropdowns(ports(excel), model);
    excel.setCell(DGA, "A5", "G03");
    excel.setCell(DGA, "C5", "A new gap");
    const again = await installDropdowns(ports(excel), model);
    expect(again.conflicts).toEqual([]);
    const lists = excel.texts(LISTS_SHEET);
    const column = lists[0]?.indexOf("Gap ID") ?? -1;
    expect(
      lists
        .slice(1)
        .map((row) => row[column] ?? "")
        .filter((id) => id !== ""),
    ).toEqual(["G01", "G02", "G03"]);
    expect(excel.validations("Options")).toHaveLength(1);
  });

  it("leaves the link checks to the rules: an option naming a missing gap, a gap without an option", async () => {
    const excel = book();
    const p = ports(excel);
    await installDropdowns(p, model);
    // Excel marks multi-id cells as outside the list, which is why the rule only warns.
    const byExcel = ((await invalidCellsByExcel(p)) ?? [])
      .filter((ref) => ref.sheet === "Options")
      .map((ref) => ref.cell);
    expect(byExcel).toEqual(["B2", "B3"]);
    const { report } = await checkWorkbook({ reader: p.reader, settings: p.writer }, model);
    const links = report.findings
      .filter((f) => f.rule === "option.unknown-gap" || f.rule === "coverage.gap-without-option")
      .map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
    expect(links).toEqual(["option.unknown-gap Options!B3"]);
  });
});
