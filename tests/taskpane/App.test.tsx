/** @jest-environment jsdom */
/**
 * The task pane rendered in jsdom with stand-in operations: checking shows the summary and the
 * findings by sheet, the filter hides a severity, a click goes to the cell, and failures show as
 * messages instead of crashing the pane.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Finding } from "../../src/check/finding";
import type { ValidationReport } from "../../src/check/validation-report";
import { NoKnownTabsError } from "../../src/sheets/parsed-workbook";
import { App } from "../../src/taskpane/App";
import type { PaneOperations } from "../../src/taskpane/pane-operations";
import { unavailablePaneOperations } from "../support/pane-operations";

function finding(overrides: Partial<Finding>): Finding {
  return {
    sheet: "Data Categorisation",
    cell: "J7",
    row: 7,
    column: "Information Category",
    rule: "category.unknown",
    severity: "error",
    message: '"Telemetry (Devices)" is not a known information category.',
    value: "Telemetry (Devices)",
    ...overrides,
  };
}

const report: ValidationReport = {
  valid: false,
  summary: { errors: 1, warnings: 1, info: 1 },
  sheets: [],
  findings: [
    finding({ suggestion: "Telemetry (Device)" }),
    finding({
      sheet: "Distinct Gap Analysis",
      cell: "L3",
      row: 3,
      rule: "gap.evidence-missing",
      severity: "warning",
      message: "Gap G1 has no evidence.",
    }),
    finding({
      cell: "M2",
      row: 2,
      rule: "spelling.non-canonical",
      severity: "info",
      message: '"public" is spelt "Public" in the framework.',
    }),
  ],
};

function renderPane(operations: Partial<PaneOperations> = {}) {
  const validate = jest.fn<Promise<ValidationReport>, []>(() => Promise.resolve(report));
  const goTo = jest.fn<Promise<void>, [string, string]>(() => Promise.resolve());
  const props = unavailablePaneOperations({ validate, goTo, ...operations });
  render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} />
    </FluentProvider>,
  );
  return { validate, goTo };
}

const checkButton = () => screen.getByRole("button", { name: /check workbook/i });

describe("the task pane", () => {
  it("checks the workbook and shows the summary and the findings grouped by sheet", async () => {
    const { validate } = renderPane();
    fireEvent.click(checkButton());
    expect((await screen.findByRole("status", { name: "Summary" })).textContent).toMatch(/1 error.*1 warning.*1 info/);
    expect(validate).toHaveBeenCalledTimes(1);

    const categorisation = screen.getByRole("region", { name: "Data Categorisation" });
    const items = within(categorisation).getAllByRole("listitem");
    // Errors first within a sheet: J7's error (row 7) before M2's info (row 2).
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining("J7 · category.unknown"),
      expect.stringContaining("M2 · spelling.non-canonical"),
    ]);
    expect(items[0]?.textContent).toContain("Suggestion: Telemetry (Device)");
    expect(
      within(screen.getByRole("region", { name: "Distinct Gap Analysis" })).getByText("Gap G1 has no evidence."),
    ).toBeTruthy();
  });

  it("goes to a finding's sheet and cell when it is clicked", async () => {
    const { goTo } = renderPane();
    fireEvent.click(checkButton());
    fireEvent.click(await screen.findByRole("button", { name: /Telemetry \(Devices\)/ }));
    await waitFor(() => expect(goTo).toHaveBeenCalledWith("Data Categorisation", "J7"));
  });

  it("hides a severity when its filter is switched off", async () => {
    renderPane();
    fireEvent.click(checkButton());
    const info = await screen.findByRole("button", { name: /Info \(1\)/ });
    expect(info.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(info);
    expect(info.getAttribute("aria-pressed")).toBe("false");
    expect(screen.queryByText(/spelt "Public"/)).toBeNull();
    expect(screen.getByText(/not a known information category/)).toBeTruthy();
  });

  it("shows a failed check as a message bar, and the pane keeps working", async () => {
    const validate = jest
      .fn<Promise<ValidationReport>, []>()
      .mockRejectedValueOnce(
        new NoKnownTabsError(
          'This workbook has none of the tabs "Data Categorisation", "Distinct Gap Analysis" or "Options" (its sheets: "Sheet1").',
        ),
      )
      .mockResolvedValueOnce(report);
    renderPane({ validate });
    fireEvent.click(checkButton());
    expect(await screen.findByText(/has none of the tabs/)).toBeTruthy();
    expect(screen.getByText("The workbook could not be checked")).toBeTruthy();

    fireEvent.click(checkButton());
    expect(await screen.findByRole("status", { name: "Summary" })).toBeTruthy();
    expect(screen.queryByText(/has none of the tabs/)).toBeNull();
  });

  it("shows a failed go-to as a message bar naming the cell", async () => {
    renderPane({ goTo: () => Promise.reject(new Error('The workbook has no sheet named "Data Categorisation".')) });
    fireEvent.click(checkButton());
    fireEvent.click(await screen.findByRole("button", { name: /Telemetry \(Devices\)/ }));
    expect(await screen.findByText("Could not go to J7 on Data Categorisation")).toBeTruthy();
  });

  it("shows a go-to that throws at once as a message too", async () => {
    renderPane({
      goTo: () => {
        throw new Error("Excel is in cell-edit mode.");
      },
    });
    fireEvent.click(checkButton());
    fireEvent.click(await screen.findByRole("button", { name: /Telemetry \(Devices\)/ }));
    expect(await screen.findByText("Excel is in cell-edit mode.")).toBeTruthy();
  });

  it("shows anything thrown, even a non-Error, as a message", async () => {
    renderPane({ validate: () => Promise.reject("Excel is busy") });
    fireEvent.click(checkButton());
    expect(await screen.findByText("Excel is busy")).toBeTruthy();
  });

  it("leaves a view's message behind when another view is shown", async () => {
    renderPane({ goTo: () => Promise.reject(new Error("Excel is in cell-edit mode.")) });
    fireEvent.click(checkButton());
    fireEvent.click(await screen.findByRole("button", { name: /Telemetry \(Devices\)/ }));
    expect(await screen.findByText("Excel is in cell-edit mode.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "History" }));
    expect(screen.queryByText("Excel is in cell-edit mode.")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Check" }));
    expect(screen.queryByText("Excel is in cell-edit mode.")).toBeNull();
  });

  it("brings a new message into view, as after Apply at the foot of a long list", async () => {
    const scrolled: Element[] = [];
    const scrollIntoView = jest.fn(function (this: Element) {
      scrolled.push(this);
    });
    Object.assign(Element.prototype, { scrollIntoView });
    try {
      renderPane({ goTo: () => Promise.reject(new Error("Excel is in cell-edit mode.")) });
      fireEvent.click(checkButton());
      fireEvent.click(await screen.findByRole("button", { name: /Telemetry \(Devices\)/ }));
      await screen.findByText("Excel is in cell-edit mode.");
      expect(scrolled.some((element) => element.textContent?.includes("Excel is in cell-edit mode."))).toBe(true);
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });
});
