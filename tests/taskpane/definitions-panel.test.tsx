/** @jest-environment jsdom */
/**
 * The Definitions view over the real office adapters and the fake Excel: selecting a cell of a Data
 * Categorisation row shows its capability and category with the framework's definitions and the
 * Interface and Sensitivity definitions; an empty or questioned value shows suggestions with the
 * words that matched; choosing one goes through the change preview (nothing written before Apply),
 * is applied with its lookups and can be reverted; the search ranks typed words. Checked with axe.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { noAxeViolations, renderOver } from "../support/office-pane";
import { validCategorisation, type CategorisationRow } from "../support/workbook-rows";

const DC = "Data Categorisation";
const slow = { timeout: 10_000 };

const rows: CategorisationRow[] = [
  {},
  // Row 3: the example, a settlement statement categorised as Commissioning.
  {
    useCase: "Market operations",
    activity: "Settle VPP energy payments",
    informationObject: "Settlement statement",
    informationCategory: "Commissioning",
    informationGroup: "Master Data",
    capabilityId: "4.4.6",
    capability: "Manage financial transactions",
    capabilityGroup: "Operate electricity markets",
    domain: "Operate",
  },
  // Row 4: no capability yet.
  {
    useCase: "Manage network limits",
    activity: "Calculate DOEs per NMI",
    informationObject: "Dynamic operating envelope",
    capabilityId: "",
    capability: "",
    capabilityGroup: "",
    domain: "",
    informationCategory: "DOE",
    informationGroup: "Forecasting",
  },
];

function fake(): FakeExcel {
  return new FakeExcel({
    [DC]: [
      categorisationTab.columns.map((c) => c.header),
      ...rows.map((row) => categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key])),
    ],
    Notes: [["free text"]],
  });
}

async function openDefinitions(excel: FakeExcel): Promise<HTMLElement> {
  const container = renderOver(excel);
  fireEvent.click(screen.getByRole("button", { name: "Definitions" }));
  await screen.findByText(/Select a cell of a Data Categorisation row/, {}, slow);
  return container;
}

async function select(excel: FakeExcel, address: string, sheet = DC): Promise<void> {
  // The view registers for the selection event as it opens; select once it has.
  await waitFor(() => expect(excel.requests.length).toBeGreaterThan(0));
  await new Promise((resolve) => setTimeout(resolve, 50));
  excel.userSelect(sheet, address);
}

describe("the Definitions view", () => {
  it("shows the selected row's capability and category with their definitions, and the interface and sensitivity definitions", async () => {
    const excel = fake();
    const container = await openDefinitions(excel);
    await select(excel, "G2");
    const card = await screen.findByRole("region", { name: "Definitions of Data Categorisation row 2" }, slow);
    const capability = within(card).getByRole("group", { name: "Capability" });
    expect(within(capability).getByText("4.1.2 Share near-term operational forecasts")).toBeTruthy();
    expect(within(capability).getByText(/^Distribute estimates, predictions, and forecasts/)).toBeTruthy();
    expect(
      within(capability).getByText("Level 2: 4.1 Conduct operational planning and forecasting · Domain: Operate"),
    ).toBeTruthy();
    const category = within(card).getByRole("group", { name: "Information category" });
    expect(
      within(category).getByText(/^Relates to generating and publishing demand, market, and operational forecasts/),
    ).toBeTruthy();
    expect(
      within(within(card).getByRole("group", { name: "Interface" })).getByText(
        "system-generated data and delivered to another system",
      ),
    ).toBeTruthy();
    expect(
      within(within(card).getByRole("group", { name: "Sensitivity" })).getByText(
        "publicly available data, not considered confidential",
      ),
    ).toBeTruthy();
    // A right row: no suggestions.
    expect(within(card).queryByRole("list", { name: "Suggested capabilities" })).toBeNull();
    expect(within(card).queryByRole("list", { name: "Suggested categories" })).toBeNull();
    await noAxeViolations(container);
  });

  it("questions the settlement statement's category, and the chosen suggestion goes through the preview, is applied with its group and reverted", async () => {
    const excel = fake();
    await openDefinitions(excel);
    await select(excel, "J3");
    const card = await screen.findByRole("region", { name: "Definitions of Data Categorisation row 3" }, slow);
    const category = within(card).getByRole("group", { name: "Information category" });
    expect(within(category).getByRole("note").textContent).toMatch(
      /"Settlement statement" is categorised as Commissioning .*; Financial .* fits its words better\./,
    );
    const suggested = within(category).getByRole("list", { name: "Suggested categories" });
    expect(within(suggested).getAllByRole("listitem")[0]?.textContent).toMatch(
      /^UseFinancial \(Transactions, \d+%\)matched: .*settlement/,
    );
    const writesBefore = excel.requests.filter((request) => request.wrote).length;
    fireEvent.click(within(suggested).getByRole("button", { name: "Use Financial" }));
    const dialog = await screen.findByRole("dialog", {}, slow);
    expect(within(dialog).getByText("“Financial”")).toBeTruthy();
    expect(within(dialog).getByText("“Transactions”")).toBeTruthy();
    expect(excel.requests.filter((request) => request.wrote).length).toBe(writesBefore);
    expect(excel.cell(DC, "J3").text).toBe("Commissioning");
    fireEvent.click(within(dialog).getByRole("button", { name: /^Apply/ }));
    await waitFor(() => expect(excel.cell(DC, "J3").text).toBe("Financial"), slow);
    expect(excel.cell(DC, "I3").text).toBe("Transactions");
    fireEvent.click(await screen.findByRole("button", { name: "Revert" }, slow));
    await waitFor(() => expect(excel.cell(DC, "J3").text).toBe("Commissioning"), slow);
    expect(excel.cell(DC, "I3").text).toBe("Master Data");
  });

  it("suggests a capability for a row without one, with the words that matched, filling its lookups", async () => {
    const excel = fake();
    await openDefinitions(excel);
    await select(excel, "G4");
    const card = await screen.findByRole("region", { name: "Definitions of Data Categorisation row 4" }, slow);
    const capability = within(card).getByRole("group", { name: "Capability" });
    expect(within(capability).getByText("None given.")).toBeTruthy();
    const suggested = within(capability).getByRole("list", { name: "Suggested capabilities" });
    expect(within(suggested).getAllByRole("listitem")).toHaveLength(5);
    expect(within(suggested).getAllByRole("listitem")[0]?.textContent).toMatch(
      /4\.3\.5 Calculate and publish physical limits .*matched: .*calculate/,
    );
    fireEvent.click(within(suggested).getByRole("button", { name: "Use 4.3.5 Calculate and publish physical limits" }));
    const dialog = await screen.findByRole("dialog", {}, slow);
    fireEvent.click(within(dialog).getByRole("button", { name: /^Apply/ }));
    await waitFor(() => expect(excel.cell(DC, "C4").text).toBe("4.3.5"), slow);
    expect([excel.cell(DC, "D4").text, excel.cell(DC, "E4").text, excel.cell(DC, "F4").text]).toEqual([
      "Calculate and publish physical limits",
      "Operate electricity networks",
      "Operate",
    ]);
  });

  it("searches typed words and puts the chosen category in the selected row through the preview", async () => {
    const excel = fake();
    const container = await openDefinitions(excel);
    await select(excel, "J2");
    await screen.findByRole("region", { name: "Definitions of Data Categorisation row 2" }, slow);
    fireEvent.change(screen.getByRole("textbox", { name: "Search capabilities and categories" }), {
      target: { value: "envelope" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Search" }));
    const categories = await screen.findByRole("list", { name: "Categories found" }, slow);
    expect(within(categories).getAllByRole("listitem")[0]?.textContent).toMatch(
      /^DOE \(Forecasting\)Focuses on managing and optimising CER operations/,
    );
    await noAxeViolations(container);
    fireEvent.click(within(categories).getByRole("button", { name: "Put DOE in row 2" }));
    const dialog = await screen.findByRole("dialog", {}, slow);
    expect(excel.cell(DC, "J2").text).toBe("Forecast");
    fireEvent.click(within(dialog).getByRole("button", { name: /^Apply/ }));
    await waitFor(() => expect(excel.cell(DC, "J2").text).toBe("DOE"), slow);
  });

  it("reads the card again when the selected row is typed over, and not for an edit of another row", async () => {
    const excel = fake();
    await openDefinitions(excel);
    await select(excel, "J3");
    const card = await screen.findByRole("region", { name: "Definitions of Data Categorisation row 3" }, slow);
    expect(within(within(card).getByRole("group", { name: "Information category" })).getByRole("note")).toBeTruthy();
    const reads = () => excel.requests.length;
    // Another row typed over: the card on screen is not read again.
    const before = reads();
    excel.userEdit(DC, "J2", "DOE");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(reads()).toBe(before);
    // The selected row typed over, the selection still on it: its question goes, the new category shows.
    excel.userEdit(DC, "J3", "Financial");
    await waitFor(() => {
      const category = within(
        screen.getByRole("region", { name: "Definitions of Data Categorisation row 3" }),
      ).getByRole("group", { name: "Information category" });
      expect(within(category).queryByRole("note")).toBeNull();
      expect(within(category).getByText(/^Financial/)).toBeTruthy();
    }, slow);
  });

  it("says when the selected cell is not on a Data Categorisation row", async () => {
    const excel = fake();
    await openDefinitions(excel);
    await select(excel, "A1", "Notes");
    expect(await screen.findByText("Row 1 of Notes is not a Data Categorisation row.", {}, slow)).toBeTruthy();
  });
});
