/** @jest-environment jsdom */
/**
 * The Summary view: on its own with a summary of generated rows (the totals, the bars and all 122
 * heat map squares with their accessible text, checked against counts made from the rows' intents),
 * and in the whole pane over the office adapters and the fake Excel, where "Write Summary tab" puts
 * the tab with its tables and charts in the workbook and a second press refreshes it. Every state is
 * checked with axe.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import capabilitySeed from "../../seeds/capability-model.json";
import { defaultReference } from "../../src/model/default-reference";
import { summariseWorkbook } from "../../src/summary/workbook-summary";
import { SummaryPanel } from "../../src/taskpane/SummaryPanel";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { expectedHeatMap, generatedCategorisation, generatedGaps } from "../support/generated-summary-book";
import { noAxeViolations, renderOver } from "../support/office-pane";
import { renderView } from "../support/render-view";
import { parsedBook, validCategorisation } from "../support/workbook-rows";

const slow = { timeout: 10_000 };
const categorisation = generatedCategorisation(120, 41);
const gaps = generatedGaps(20, 42);

describe("the Summary panel", () => {
  it("shows the totals, the blocks as bars and all 122 capabilities in the heat map, each named with its counts", async () => {
    const summary = summariseWorkbook(
      await parsedBook({ categorisation: categorisation.rows, gaps: gaps.rows }),
      defaultReference(),
    );
    const actions = {
      summary: jest.fn(() => Promise.resolve(summary)),
      writeSummary: jest.fn(() => Promise.reject(new Error("unused"))),
    };
    const container = renderView(<SummaryPanel />, actions);
    const totals = await screen.findByRole("region", { name: "Totals" }, slow);
    expect(within(totals).getByText("Data Categorisation rows").closest("div")?.textContent).toBe(
      "Data Categorisation rows120",
    );
    const uncovered = [...expectedHeatMap(categorisation.intents, gaps.intents).values()].filter(
      (e) => e.objects === 0,
    ).length;
    expect(within(totals).getByText(`${uncovered} of 122`)).toBeTruthy();
    const sensitivity = screen.getByRole("region", { name: "Sensitivity mix" });
    expect(
      within(sensitivity)
        .getAllByRole("listitem")
        .map((li) => li.getAttribute("title")),
    ).toEqual(
      ["Public", "Restricted", "Critical", "Unrecognised", "(blank)"].map(
        (label) => `${label}: ${categorisation.intents.filter((i) => i.sensitivity === label).length} rows`,
      ),
    );
    const map = screen.getByRole("region", { name: "Capability heat map" });
    const squares = within(map).getAllByRole("img");
    expect(squares).toHaveLength(122);
    const expected = expectedHeatMap(categorisation.intents, gaps.intents);
    const names = new Map(capabilitySeed.level3.map((c) => [c.id, c.name]));
    for (const square of squares) {
      const label = square.getAttribute("aria-label") ?? "";
      const id = label.split(" ")[0] ?? "";
      const e = expected.get(id);
      expect(label).toBe(
        `${id} ${names.get(id) ?? ""}: ${e?.objects} object${e?.objects === 1 ? "" : "s"}, ${e?.issues} issue${e?.issues === 1 ? "" : "s"}, ${e?.gaps} gap${e?.gaps === 1 ? "" : "s"}`,
      );
      expect(square.getAttribute("title")).toBe(label);
    }
    expect(
      within(map)
        .getAllByRole("group")
        .map((g) => g.getAttribute("aria-label")),
    ).toEqual(capabilitySeed.domains.map((d) => d.name));
    await noAxeViolations(container);
    fireEvent.click(screen.getByRole("button", { name: "Recount" }));
    await waitFor(() => expect(actions.summary).toHaveBeenCalledTimes(2), slow);
  });

  it("says why when the workbook cannot be summarised", async () => {
    const actions = {
      summary: () => Promise.reject(new Error('This workbook has none of the tabs "Data Categorisation"…')),
      writeSummary: () => Promise.reject(new Error("unused")),
    };
    renderView(<SummaryPanel />, actions);
    expect(await screen.findByText(/none of the tabs/, {}, slow)).toBeTruthy();
  });
});

describe("the Summary view in the pane over the fake Excel", () => {
  it("writes the Summary tab with its tables and charts, then refreshes it in place", async () => {
    const headers = categorisationTab.columns.map((c) => c.header);
    const excel = new FakeExcel({
      Cover: [["CER workbook"]],
      "Data Categorisation": [
        headers,
        ...categorisation.rows
          .slice(0, 30)
          .map((row) => categorisationTab.columns.map((c) => row[c.key] ?? validCategorisation[c.key])),
      ],
    });
    const container = renderOver(excel);
    fireEvent.click(screen.getByRole("button", { name: "Summary" }));
    expect(await screen.findByRole("region", { name: "Capability heat map" }, slow)).toBeTruthy();
    await noAxeViolations(container);
    fireEvent.click(screen.getByRole("button", { name: "Write Summary tab" }));
    expect(await screen.findByText(/Wrote the "Summary" tab/, {}, slow)).toBeTruthy();
    expect(excel.sheetNames).toEqual(["Cover", "Data Categorisation", "Summary"]);
    expect(excel.tables).toHaveLength(7);
    expect(excel.charts).toHaveLength(5);
    fireEvent.click(await screen.findByRole("button", { name: "Refresh Summary tab" }, slow));
    expect(await screen.findByText(/Refreshed the "Summary" tab/, {}, slow)).toBeTruthy();
    await waitFor(() => expect(excel.chartCalls).toHaveLength(10), slow);
    expect(excel.tables).toHaveLength(7);
    expect(excel.charts).toHaveLength(5);
    await noAxeViolations(container);
  });
});
