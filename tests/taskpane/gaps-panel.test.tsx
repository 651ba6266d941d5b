/** @jest-environment jsdom */
/**
 * The Gaps view over the real office adapters and the fake Excel: proposing gaps shows the new rows
 * in the change preview with nothing written, Apply adds them as one batch and Revert takes them
 * away; the Key Initiatives list the options by initiative with the gaps they close, a missing gap
 * marked, and the gaps no option closes. Every state is checked with axe.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { categorisationTab, gapsTab, optionsTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { noAxeViolations, renderOver } from "../support/office-pane";
import {
  validCategorisation,
  validGap,
  validOption,
  type CategorisationRow,
  type GapRow,
  type OptionRow,
} from "../support/workbook-rows";

const DC = "Data Categorisation";
const DGA = "Distinct Gap Analysis";
const slow = { timeout: 10_000 };

const categorisation: CategorisationRow[] = [
  {},
  { quality: "Issues", qualityRationale: "Forecasts are published late" },
  { quality: "issues", qualityRationale: "Meter data incomplete", informationObject: "Meter reads" },
];
const gaps: GapRow[] = [
  { gapId: "G01", gapDescription: "No forecast feed for aggregators", informationObject: "Price signal" },
  { gapId: "G02", gapDescription: "Nobody closes this", informationObject: "Price signal" },
];
const options: OptionRow[] = [
  {
    optionId: "O01",
    gapIds: "G01; G09",
    keyInitiative: "Data sharing MVP",
    priorityUseCase: "Yes",
    useCase: "Forecast and Planning Operations",
  },
  { optionId: "O02", gapIds: "G01", keyInitiative: "", optionDescription: "Do it by hand" },
];

function table<K extends string>(
  columns: readonly { key: K; header: string }[],
  base: Record<K, string>,
  rows: Partial<Record<K, string>>[],
): string[][] {
  return [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => row[c.key] ?? base[c.key]))];
}

function fake(): FakeExcel {
  return new FakeExcel({
    [DC]: table(categorisationTab.columns, validCategorisation, categorisation),
    [DGA]: table(gapsTab.columns, validGap, gaps),
    Options: table(optionsTab.columns, validOption, options),
  });
}

async function openGaps(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole("button", { name: "Gaps" }));
  return screen.findByRole("region", { name: "Propose gaps" }, slow);
}

describe("the Gaps view", () => {
  it("previews the proposed gaps with nothing written, applies them as one batch, and Revert takes them away", async () => {
    const excel = fake();
    const container = renderOver(excel);
    const section = await openGaps();
    const writesBefore = excel.requests.filter((request) => request.wrote).length;
    fireEvent.click(within(section).getByRole("button", { name: "Propose gaps…" }));
    const dialog = await screen.findByRole("dialog", {}, slow);
    expect(within(dialog).getByText(/Add 2 gaps to Distinct Gap Analysis: 2 new rows \(\d+ cells\)/)).toBeTruthy();
    // One line per new row, with its cells: not one line per cell.
    expect(
      within(dialog)
        .getAllByRole("rowheader")
        .map((header) => header.textContent),
    ).toEqual(["Row 4", "Row 5"]);
    const firstRow = within(dialog).getByRole("rowheader", { name: "Row 4" }).closest("tr") as HTMLElement;
    expect(within(firstRow).getByText("“G03”")).toBeTruthy();
    expect(within(firstRow).getByText("“Forecasts are published late”")).toBeTruthy();
    expect(within(dialog).getByText("“G04”")).toBeTruthy();
    // The preview is open: nothing has been written yet.
    expect(excel.requests.filter((request) => request.wrote).length).toBe(writesBefore);
    expect(excel.cell(DGA, "A4").text).toBe("");
    await noAxeViolations(container);

    fireEvent.click(within(dialog).getByRole("button", { name: /^Apply \d+ changes$/ }));
    await waitFor(() => expect(excel.cell(DGA, "A4").text).toBe("G03"), slow);
    expect(excel.cell(DGA, "A5").text).toBe("G04");
    expect(excel.cell(DGA, "C5").text).toBe("Meter data incomplete");
    expect(excel.cell(DGA, "B4").text).toBe(""); // Gap Type is the consultant's
    // The new gaps show up under the gaps no option closes.
    const initiatives = await screen.findByRole("region", { name: "Key initiatives" }, slow);
    await within(initiatives).findByText("G03: Forecasts are published late", {}, slow);

    fireEvent.click(await screen.findByRole("button", { name: "Revert" }, slow));
    await waitFor(() => expect(excel.cell(DGA, "A4").text).toBe(""), slow);
    expect(
      excel
        .texts(DGA)
        .slice(3)
        .flat()
        .every((text) => text === ""),
    ).toBe(true);
  });

  it("says so when every quality issue already has a gap", async () => {
    const excel = new FakeExcel({
      [DC]: table(categorisationTab.columns, validCategorisation, [
        { quality: "Issues", qualityRationale: "Forecasts are published late" },
      ]),
      [DGA]: table(gapsTab.columns, validGap, [{ gapId: "G01", gapDescription: "Forecasts are published late" }]),
    });
    const container = renderOver(excel);
    const section = await openGaps();
    fireEvent.click(within(section).getByRole("button", { name: "Propose gaps…" }));
    expect(
      await within(section).findByText("No new gaps to propose: every quality issue already has a gap.", {}, slow),
    ).toBeTruthy();
    expect(within(section).getByText(/1 issue already recorded: Market forecast \(G01\)/)).toBeTruthy();
    expect(screen.queryByRole("dialog")).toBeNull();
    await noAxeViolations(container);
  });

  it("groups the options by key initiative with the gaps they close and the gaps no option closes", async () => {
    const excel = fake();
    const container = renderOver(excel);
    await openGaps();
    const initiatives = await screen.findByRole("region", { name: "Key initiatives" }, slow);
    const mvp = await within(initiatives).findByRole("article", { name: "Data sharing MVP" }, slow);
    expect(within(mvp).getByText("O01")).toBeTruthy();
    const closed = within(mvp).getByRole("list", { name: "Gaps closed by Data sharing MVP" });
    expect(within(closed).getByText("G01: No forecast feed for aggregators")).toBeTruthy();
    expect(within(closed).getByText("G09").parentElement?.textContent).toMatch(/no such gap/);
    expect(within(mvp).getByText("Priority use cases: Forecast and Planning Operations")).toBeTruthy();
    const none = within(initiatives).getByRole("article", { name: "No initiative" });
    expect(within(none).getByText("Do it by hand")).toBeTruthy();
    expect(within(initiatives).getByText("Gaps no option closes (1)")).toBeTruthy();
    expect(within(initiatives).getByText("G02: Nobody closes this")).toBeTruthy();
    await noAxeViolations(container);
  });
});
