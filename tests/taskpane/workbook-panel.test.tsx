/** @jest-environment jsdom */
/**
 * The Workbook view over the real office adapters and the fake Excel: highlight then clear leaves
 * the analyst's formatting as it was; dropdowns leave a column with the analyst's own rule alone
 * until Replace; the column mapping view maps a renamed header and the check then finds it; the
 * settings view lists what is kept and forgets it. Every state is checked with axe.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { FakeExcel, type FakeSheetSpec } from "../../src/workbook/fake-excel/fake-excel";
import { highlightFormula } from "../../src/workbook/office/office-formatter";
import { validCategorisation, type CategorisationRow } from "../support/workbook-rows";
import { noAxeViolations, renderOver } from "../support/office-pane";

const sheet = "Data Categorisation";

function tab(rows: CategorisationRow[], headers: Partial<Record<string, string>> = {}): FakeSheetSpec {
  return {
    rows: [
      categorisationTab.columns.map((c) => headers[c.key] ?? c.header),
      ...rows.map((row) => categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key])),
    ],
  };
}

async function openWorkbookView(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: "Workbook" }));
  await screen.findByRole("region", { name: "Highlight" });
}

describe("the Workbook view", () => {
  it("highlights the findings and clears them, leaving the analyst's own formatting exactly as it was", async () => {
    const spec = tab([{ informationCategory: "Telemetry (Devices)" }, { sensitivity: "public" }]);
    const excel = new FakeExcel({
      [sheet]: {
        ...spec,
        rows: spec.rows.map((row, r) =>
          row.map((value, c) => (r === 1 && c === 0 ? { value: String(value), fill: "#00FF00" } : value)),
        ),
      },
    });
    const before = excel.formatting(sheet);
    const container = renderOver(excel);
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    await screen.findByRole("status", { name: "Summary" });
    await openWorkbookView();
    await noAxeViolations(container);
    fireEvent.click(screen.getByRole("button", { name: /^Highlight \d+ findings?$/ }));
    expect(await screen.findByText(/^Marked 1 error, 0 warnings and 1 info\./)).toBeTruthy();
    expect(excel.conditionalFormats(sheet).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    await screen.findByText(/^Cleared \d+ highlights?\./);
    expect(excel.formatting(sheet)).toBe(before);
  });

  it("after Highlight and Clear, names the sheet whose conditional formats Excel could not read, and what that means", async () => {
    const staleMark = { ranges: "B2", type: "Custom", formula: highlightFormula("error"), fill: "#FFC7CE" };
    const unloadable = { ranges: "A1", type: "IconSet", loadFails: true };
    const excel = new FakeExcel({
      [sheet]: tab([{ informationCategory: "Telemetry (Devices)" }]),
      Pivots: { rows: [["a"]], conditionalFormats: [unloadable, staleMark] },
    });
    const container = renderOver(excel);
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    await screen.findByRole("status", { name: "Summary" });
    await openWorkbookView();
    fireEvent.click(screen.getByRole("button", { name: /^Highlight \d+ findings?$/ }));
    const marked = await screen.findByText(/^Marked 1 error/);
    expect(marked.textContent).toMatch(/could not read the conditional formats on "Pivots"/);
    expect(marked.textContent).toMatch(/your own conditional formats there were left alone/);
    expect(marked.textContent).toMatch(/earlier highlights there may remain/);
    await noAxeViolations(container);
    fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    const cleared = await screen.findByText(/^Cleared 1 highlight\./);
    expect(cleared.textContent).toMatch(/on "Pivots" .*nothing there was cleared/);
    expect(cleared.textContent).toMatch(/highlights there may remain/);
    // What the message says is what happened: the unread sheet's formats, the analyst's and the stale mark, stay.
    expect(excel.conditionalFormats(sheet)).toEqual([]);
    expect(excel.conditionalFormats("Pivots").map((cf) => cf.type)).toEqual(["IconSet", "Custom"]);
  });

  it("names a protected sheet it could neither mark nor clear", async () => {
    const staleMark = { ranges: "B2", type: "Custom", formula: highlightFormula("error"), fill: "#FFC7CE" };
    const excel = new FakeExcel({
      [sheet]: {
        ...tab([{ informationCategory: "Telemetry (Devices)" }]),
        protected: true,
        conditionalFormats: [staleMark],
      },
    });
    renderOver(excel);
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    await screen.findByRole("status", { name: "Summary" });
    await openWorkbookView();
    fireEvent.click(screen.getByRole("button", { name: /^Highlight \d+ findings?$/ }));
    await screen.findByText(`Marked 0 errors, 0 warnings and 0 info. Not marked on protected "${sheet}".`);
    fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    await screen.findByText(
      `Cleared 0 highlights. Highlights on protected "${sheet}" stay until the sheet is unprotected.`,
    );
    expect(excel.conditionalFormats(sheet)).toHaveLength(1);
  });

  it("installs dropdowns, leaves a column with the analyst's rule until Replace, and removes only its own", async () => {
    const spec = tab([{}]);
    const userRule = { ranges: "P2:P50", rule: { wholeNumber: { formula1: "1", operator: "GreaterThan" } } };
    const excel = new FakeExcel({ [sheet]: { ...spec, validations: [userRule] } });
    const container = renderOver(excel);
    await openWorkbookView();
    fireEvent.click(screen.getByRole("button", { name: "Install or refresh dropdowns" }));
    const conflicts = await screen.findByRole("list", { name: "Columns with your own rules" });
    expect(excel.sheetNames).toContain("CER Lists");
    expect(excel.visibility("CER Lists")).toBe("Hidden");
    expect(
      excel.validations(sheet).some((v) => v.ranges.startsWith("P2") && JSON.stringify(v.rule).includes("wholeNumber")),
    ).toBe(true);
    await noAxeViolations(container);
    fireEvent.click(within(conflicts).getByRole("button", { name: /^Replace the rule on/ }));
    await waitFor(() =>
      expect(excel.validations(sheet).some((v) => JSON.stringify(v.rule).includes("wholeNumber"))).toBe(false),
    );
    fireEvent.click(screen.getByRole("button", { name: "Remove dropdowns" }));
    await screen.findByText(/^Removed the dropdowns from/);
    expect(excel.validations(sheet)).toEqual([]);
  });

  it("maps a renamed required column, saves it in the workbook, and checks again", async () => {
    const excel = new FakeExcel({ [sheet]: tab([{}], { sensitivity: "Classification" }) });
    const container = renderOver(excel);
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    fireEvent.click(await screen.findByRole("button", { name: "Map columns" }));
    const form = await screen.findByRole("form", { name: `Map the columns of ${sheet}` });
    await noAxeViolations(container);
    fireEvent.change(within(form).getByRole("combobox", { name: "Sensitivity is in column" }), {
      target: { value: "Classification" },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Save mapping and check again" }));
    await screen.findByText("Mapping saved in the workbook; checked again.");
    expect(excel.settings["cer.columnMapping"]).toEqual({ categorisation: { sensitivity: "Classification" } });
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    expect(screen.queryByRole("button", { name: "Map columns" })).toBeNull();
  });

  it("lists what the add-in keeps in the workbook and forgets it", async () => {
    const excel = new FakeExcel({ [sheet]: tab([{}]) });
    await excel.run(async (context) => {
      context.workbook.settings.add("cer.columnMapping", { categorisation: { sensitivity: "Sensitivity" } });
      await context.sync();
    });
    const container = renderOver(excel);
    await openWorkbookView();
    const kept = await screen.findByRole("region", { name: "Kept in this workbook" });
    await within(kept).findByText(/1 column\(s\) mapped/);
    await noAxeViolations(container);
    fireEvent.click(within(kept).getByRole("button", { name: "Forget Column mapping" }));
    await screen.findByText("Column mapping: forgotten.");
    expect(excel.settings["cer.columnMapping"]).toBeUndefined();
  });
});
