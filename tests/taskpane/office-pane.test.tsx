/** @jest-environment jsdom */
/**
 * The real pane over the real office adapter, with the strict fake in Excel's place: a check reads
 * the workbook through the Excel API, a click selects the cell in the fake, and a workbook with
 * none of the tabs gets a message, not a crash.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { App } from "../../src/taskpane/App";
import { officeOperations } from "../../src/taskpane/office-operations";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { validCategorisation } from "../support/workbook-rows";

function categorisationRows(overrides: Array<Partial<typeof validCategorisation>>): string[][] {
  const headers = categorisationTab.columns.map((column) => column.header);
  const rows = overrides.map((row) =>
    categorisationTab.columns.map((column) => row[column.key] ?? validCategorisation[column.key]),
  );
  return [headers, ...rows];
}

function renderOver(excel: FakeExcel): void {
  const operations = officeOperations(excel.run);
  render(
    <FluentProvider theme={webLightTheme}>
      <App {...operations} />
    </FluentProvider>,
  );
}

describe("the task pane over the Excel adapter", () => {
  it("reports a bad category read through the Excel API and selects its cell on click", async () => {
    const excel = new FakeExcel({
      Cover: [["CER data categorisation"]],
      "Data Categorisation": categorisationRows([{}, { informationCategory: "Telemetry (Devices)" }]),
    });
    renderOver(excel);
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    fireEvent.click(await screen.findByRole("button", { name: /J3 · category\.unknown/ }));
    await waitFor(() => expect(excel.selection).toBe("'Data Categorisation'!J3"));
    expect(excel.activeSheet).toBe("Data Categorisation");
  });

  it("says which tabs it looked for when the workbook has none of them", async () => {
    renderOver(new FakeExcel({ Sheet1: [["hello"]] }));
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    expect(await screen.findByText(/none of the tabs/)).toBeTruthy();
  });
});

describe("the task pane writing through the Excel adapter", () => {
  async function proposeFix(excel: FakeExcel): Promise<void> {
    renderOver(excel);
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    fireEvent.click(await screen.findByRole("button", { name: /^Fix J3/ }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Apply 1 change" }));
  }

  it("applies a fix and reverts it in Excel", async () => {
    const excel = new FakeExcel({
      "Data Categorisation": categorisationRows([{}, { informationCategory: "Telemetry (Devices)" }]),
    });
    await proposeFix(excel);
    await waitFor(() => expect(excel.cell("Data Categorisation", "J3").text).toBe("Telemetry (Device)"));
    fireEvent.click(await screen.findByRole("button", { name: "Revert" }));
    await waitFor(() => expect(excel.cell("Data Categorisation", "J3").text).toBe("Telemetry (Devices)"));
  });

  it("names a protected sheet and writes nothing", async () => {
    const excel = new FakeExcel({
      "Data Categorisation": {
        rows: categorisationRows([{}, { informationCategory: "Telemetry (Devices)" }]),
        protected: true,
      },
    });
    await proposeFix(excel);
    expect(await screen.findByText(/"Data Categorisation" is protected, so nothing was changed/)).toBeTruthy();
    expect(excel.cell("Data Categorisation", "J3").text).toBe("Telemetry (Devices)");
  });

  it("after a request that fails half-way, says so and offers Revert, which undoes what was written", async () => {
    const excel = new FakeExcel({
      "Data Categorisation": categorisationRows([{}, { informationCategory: "Telemetry (Devices)" }]),
    });
    renderOver(excel);
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    fireEvent.click(await screen.findByRole("button", { name: /^Fix J3/ }));
    // Requests of the apply: read the cell, read the history, then write record, history entry and
    // the cell; the answer to the write is lost after all three ran.
    excel.failRequest({ request: 3, afterActions: 3, code: "NetworkError" });
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Apply 1 change" }));
    expect(await screen.findByText(/Revert it from the history/)).toBeTruthy();
    expect(excel.cell("Data Categorisation", "J3").text).toBe("Telemetry (Device)");
    fireEvent.click(screen.getByRole("button", { name: "Revert" }));
    await waitFor(() => expect(excel.cell("Data Categorisation", "J3").text).toBe("Telemetry (Devices)"));
  });
});
