/** @jest-environment jsdom */
/**
 * The pane on the Excel versions it meets (issue 19, item 6 and 9): at ExcelApi 1.7 (Office 2019
 * LTSC, what the manifest asks for) Check works, and live mode and dropdowns are not offered, each
 * with a sentence saying it needs a newer Excel; at the newest set nothing is held back; on Mac the
 * report is offered as a copy, never as a download Excel would drop.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { App } from "../../src/taskpane/App";
import { officeOperations } from "../../src/taskpane/office-operations";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { validCategorisation } from "../support/workbook-rows";

const NEWEST = 21;

function renderAt(apiVersion: number, platform = "PC"): FakeExcel {
  const headers = categorisationTab.columns.map((column) => column.header);
  const row = categorisationTab.columns.map((column) =>
    column.key === "informationCategory" ? "Telemetry (Devices)" : validCategorisation[column.key],
  );
  const excel = new FakeExcel({ "Data Categorisation": [headers, row] }, { apiVersion });
  const operations = officeOperations(excel.run, "pane", {
    isSetSupported: (name, version) => excel.isSetSupported(name, version),
    platform,
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <App {...operations} />
    </FluentProvider>,
  );
  return excel;
}

describe.each([7, NEWEST])("the pane at ExcelApi 1.%i", (apiVersion) => {
  const old = apiVersion < 9;

  it(old ? "checks, and says live mode needs a newer Excel" : "checks, and offers live mode", async () => {
    renderAt(apiVersion);
    fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
    expect(await screen.findByRole("button", { name: /J2 · category\.unknown/ })).toBeTruthy();
    const live = screen.getByRole("switch", { name: /live mode/i });
    expect((live as HTMLInputElement).disabled).toBe(old);
    expect(screen.queryByText(/Live mode needs a newer Excel: ExcelApi 1\.9/) !== null).toBe(old);
  });

  it(old ? "says dropdowns need a newer Excel" : "offers dropdowns", async () => {
    renderAt(apiVersion);
    fireEvent.click(screen.getByRole("button", { name: "Workbook" }));
    const install = await screen.findByRole("button", { name: /install or refresh dropdowns/i });
    expect((install as HTMLButtonElement).disabled).toBe(old);
    expect(screen.queryByText(/Adding dropdowns needs a newer Excel: ExcelApi 1\.8/) !== null).toBe(old);
  });
});

describe("the pane on Excel for Mac", () => {
  it("offers the report as a copy, not a download that Excel would drop", async () => {
    renderAt(NEWEST, "Mac");
    fireEvent.click(screen.getByRole("button", { name: "Review" }));
    expect(await screen.findByRole("button", { name: /copy report/i })).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^export report$/i })).toBeNull();
  });

  it("offers both elsewhere", async () => {
    renderAt(NEWEST, "OfficeOnline");
    fireEvent.click(screen.getByRole("button", { name: "Review" }));
    expect(await screen.findByRole("button", { name: /^export report$/i })).toBeTruthy();
  });
});
