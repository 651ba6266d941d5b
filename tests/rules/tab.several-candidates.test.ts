import rule from "../../src/rules/tab.several-candidates";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { nameRank } from "../../src/sheets/tab-candidates";
import { readWorkbook } from "../../src/sheets/parsed-workbook";
import { testRule } from "../support/rule-tester";
import { memoryBook, validCategorisation } from "../support/workbook-rows";

const header = categorisationTab.columns.map((c) => c.header);
const data = categorisationTab.columns.map((c) => validCategorisation[c.key]);
const good = { rows: [header, data] };
const noHeader = { rows: [["Some notes"], ["More notes"]] };

testRule(rule, {
  valid: [
    { name: "one sheet per tab", categorisation: [{}], gaps: [{}] },
    {
      name: "a sheet that only resembles the name is no candidate",
      sheets: { "Data Categorisation": good, "Data Categorisation Notes": noHeader },
    },
  ],
  invalid: [
    {
      name: "a copy: the original is checked",
      sheets: { "Data Categorisation (2)": good, "Data Categorisation": good },
      findings: [
        {
          sheet: "Data Categorisation",
          cell: "A1",
          message:
            /"Data Categorisation" was checked as the Data Categorisation tab .*"Data Categorisation \(2\)" was left unchecked/,
        },
      ],
    },
    {
      name: "the best-named sheet has no header: the old one with a header is checked",
      sheets: { "Data Categorisation": noHeader, "Data Categorisation OLD": good, "Copy of DC": good },
      findings: [
        {
          sheet: "Copy of DC",
          cell: "A1",
          message: /"Copy of DC" was checked .*"Data Categorisation", "Data Categorisation OLD" were left/,
        },
      ],
    },
    {
      name: "two sheets whose names differ in spacing: the one whose header matches more",
      sheets: { "Data  Categorisation": { rows: [header.slice(0, 4), data.slice(0, 4)] }, "data categorisation": good },
      findings: [{ sheet: "data categorisation", cell: "A1" }],
    },
  ],
});

describe("candidate tabs", () => {
  it("ranks names: the tab's own, an accepted other name, a copy, an old one", () => {
    expect(
      [
        "Data Categorisation",
        "Categorisation",
        "Data Categorisation (2)",
        "Copy of Data Categorisation",
        "Data Categorisation - Copy",
        "Data Categorisation OLD",
        "DC backup 2023",
        "old DC",
        "Data Categorisation v2",
        "Notes",
      ].map((n) => nameRank(categorisationTab, n)),
    ).toEqual([0, 1, 2, 2, 2, 3, 3, 3, 3, undefined]);
  });

  it("checks the chosen sheet's rows, not the copy's", async () => {
    const book = await readWorkbook(
      memoryBook({ sheets: { "DC (old)": { rows: [header, data, data] }, "Data Categorisation": good } }),
    );
    expect(book.categorisation?.sheet).toBe("Data Categorisation");
    expect(book.categorisation?.rows).toHaveLength(1);
    expect(book.tabChoices).toEqual([{ tab: "categorisation", checked: "Data Categorisation", left: ["DC (old)"] }]);
  });
});
