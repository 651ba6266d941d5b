import { indexOfTab, suggestionsForRow, suggestRows } from "../../src/definitions/row-suggestions";
import { defaultReference } from "../../src/model/default-reference";
import { parsedBook } from "../support/workbook-rows";

const model = defaultReference();
const gizmo = {
  activity: "Check gizmo file",
  informationObject: "Gizmo file",
  capabilityId: "5.2.1",
  capability: "Engage with trading partners",
  capabilityGroup: "Transact off-market services",
  domain: "Trade",
  informationCategory: "Flex (Retail)",
  informationGroup: "Contracts",
};

describe("suggestions for a workbook's rows", () => {
  it("learn from the other rows but never from the row itself", async () => {
    const book = await parsedBook({ categorisation: [{}, gizmo, { ...gizmo, activity: "Receive gizmo file" }] });
    const tab = book.categorisation;
    if (tab === undefined) throw new Error("no tab");
    const index = indexOfTab(model, tab);
    const [, first, second] = tab.rows;
    if (first === undefined || second === undefined) throw new Error("rows missing");
    // Row 3 learns from row 4 (and the other way round)...
    expect(suggestionsForRow(index, tab, first).category[0]?.name).toBe("Flex (Retail)");
    // ...but a row alone with its own values does not vote for them.
    const alone = await parsedBook({ categorisation: [{}, gizmo] });
    const aloneTab = alone.categorisation;
    const row = aloneTab?.rows[1];
    if (aloneTab === undefined || row === undefined) throw new Error("rows missing");
    expect(suggestionsForRow(indexOfTab(model, aloneTab), aloneTab, row).category[0]?.name).not.toBe("Flex (Retail)");
  });

  it("are made for rows missing a known capability or category, or every row with `all`", async () => {
    const book = await parsedBook({
      categorisation: [
        {},
        { capabilityId: "", capability: "" },
        { informationCategory: "Forecasts" },
        { capabilityId: "4.1", capability: "" },
      ],
    });
    expect(suggestRows(model, book.categorisation).map((r) => r.row)).toEqual([3, 4, 5]);
    expect(suggestRows(model, book.categorisation, { all: true }).map((r) => r.row)).toEqual([2, 3, 4, 5]);
    expect(suggestRows(model, undefined)).toEqual([]);
  });
});
