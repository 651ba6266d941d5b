/** @jest-environment jsdom */
/**
 * The pane's write side rendered in jsdom over the real workflows and the memory adapter: a fix is
 * shown before it is applied and can be reverted; "Fix all" offers only safe fixes; auto-fill shows
 * its plan by tab and column, applies what is ticked and never an unticked conflict; the history
 * reverts. Each state is checked with axe for accessibility violations.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import { App } from "../../src/taskpane/App";
import type { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";
import { memoryPaneOperations } from "../support/pane-operations";
import { writableBook } from "../support/workbook-rows";

const sheet = "Data Categorisation";

function renderPane(workbook: MemoryWorkbook) {
  const operations = memoryPaneOperations(workbook);
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App {...operations} />
    </FluentProvider>,
  );
  return view.container;
}

async function noAxeViolations(container: Element): Promise<void> {
  const results = await axe(container, { rules: { region: { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
}

const book = (): MemoryWorkbook => writableBook(true);

async function check(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
  await screen.findByRole("status", { name: "Summary" });
}

describe("fixes in the pane", () => {
  it("shows a review fix before applying it, applies it, and reverts it", async () => {
    const workbook = book();
    const container = renderPane(workbook);
    await check();
    fireEvent.click(screen.getByRole("button", { name: /^Fix J3 to “Forecast” \(check it first\)$/ }));
    const dialog = await screen.findByRole("dialog");
    expect(within(dialog).getByRole("rowheader", { name: "J3" })).toBeTruthy();
    expect(within(dialog).getByText("“Forecasts”")).toBeTruthy();
    expect(workbook.cell(sheet, "J3").text).toBe("Forecasts");
    fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Apply 1 change" }));
    await waitFor(() => expect(workbook.cell(sheet, "J3").text).toBe("Forecast"));
    expect(await screen.findByText(/Fix J3: Changed 1 cell\./)).toBeTruthy();
    await noAxeViolations(container);
    fireEvent.click(screen.getByRole("button", { name: "Revert" }));
    await waitFor(() => expect(workbook.cell(sheet, "J3").text).toBe("Forecasts"));
    expect(await screen.findByText(/Reverted “Fix J3”: 1 cell put back\./)).toBeTruthy();
  });

  it("shows the preview without accessibility violations", async () => {
    renderPane(book());
    await check();
    fireEvent.click(screen.getByRole("button", { name: /^Fix J3/ }));
    await screen.findByRole("dialog");
    // Run last: axe's checks in jsdom move focus, which closes Fluent's modal dialog.
    await noAxeViolations(document.body);
  });

  it("cancelling the preview writes nothing", async () => {
    const workbook = book();
    renderPane(workbook);
    await check();
    fireEvent.click(screen.getByRole("button", { name: /^Fix J3/ }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(workbook.cell(sheet, "J3").text).toBe("Forecasts");
  });

  it("offers Fix all for safe fixes only", async () => {
    const workbook = book();
    renderPane(workbook);
    await check();
    const offers = within(screen.getByRole("group", { name: "Safe fixes" })).getAllByRole("button");
    // Said in the rule's words, not by its id.
    expect(offers.map((button) => button.textContent)).toEqual(["Fix all 1"]);
    await waitFor(() => expect(offers[0]?.getAttribute("aria-describedby")).toBeTruthy());
    const about = document.getElementById(offers[0]?.getAttribute("aria-describedby") ?? "")?.textContent ?? "";
    expect(about).toMatch(/^Value not written the canonical way Values that match a vocabulary only by ignoring case/);
    expect(within(screen.getByRole("group", { name: "Safe fixes" })).queryByText(/spelling\.non-canonical/)).toBeNull();
    fireEvent.click(offers[0] as HTMLElement);
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Apply 1 change" }));
    await waitFor(() => expect(workbook.cell(sheet, "P4").text).toBe("Public"));
    expect(workbook.cell(sheet, "J3").text).toBe("Forecasts");
    // The batch is named by the rule's title, in the notice and in History.
    await screen.findByText(/^Fix all 1: Value not written the canonical way/);
    fireEvent.click(screen.getByRole("button", { name: "History" }));
    const history = await screen.findByRole("list", { name: "Changes made by the add-in" });
    expect(within(history).getByText("Fix all 1: Value not written the canonical way")).toBeTruthy();
  });
});

describe("auto-fill in the pane", () => {
  it("shows the plan by tab and column, applies the ticked fills and leaves the unticked conflict", async () => {
    const workbook = book();
    const container = renderPane(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Auto-fill" }));
    fireEvent.click(await screen.findByRole("button", { name: "Plan auto-fill" }));
    const fills = await screen.findByRole("region", { name: `Fills on ${sheet}` });
    expect(within(fills).getByRole("checkbox", { name: "Capability (1)" })).toBeTruthy();
    const conflicts = screen.getByRole("region", { name: "Conflicts" });
    const conflict = within(conflicts).getByRole("checkbox", {
      name: /D5: “Typed by the analyst” →/,
    }) as HTMLInputElement;
    expect(conflict.checked).toBe(false);
    await noAxeViolations(container);
    // Untick the Domain column: two of the three fills stay chosen.
    fireEvent.click(within(fills).getByRole("checkbox", { name: "Domain (1)" }));
    fireEvent.click(within(fills).getByRole("button", { name: `Cells of Capability on ${sheet}` }));
    expect(within(fills).getByRole("checkbox", { name: "D2: “Share near-term operational forecasts”" })).toBeTruthy();
    await noAxeViolations(container);
    fireEvent.click(screen.getByRole("button", { name: /^Apply \d+ changes?$/ }));
    // The count said once: "Auto-fill: Changed 3 cells.", not "Auto-fill: 3 cells: Changed 3 cells.".
    await screen.findByText("Auto-fill: Changed 3 cells.");
    expect(workbook.cell(sheet, "D2").text).toBe("Share near-term operational forecasts");
    expect(workbook.cell(sheet, "F2").text).toBe("");
    expect(workbook.cell(sheet, "D5").text).toBe("Typed by the analyst");
  });

  it("applies a conflict only when it is ticked", async () => {
    const workbook = book();
    renderPane(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Auto-fill" }));
    fireEvent.click(await screen.findByRole("button", { name: "Plan auto-fill" }));
    fireEvent.click(within(await screen.findByRole("region", { name: "Conflicts" })).getByRole("checkbox"));
    fireEvent.click(screen.getByRole("button", { name: /^Apply \d+ changes$/ }));
    await screen.findByText(/Auto-fill: .*Changed/);
    expect(workbook.cell(sheet, "D5").text).toBe("Share near-term operational forecasts");
  });
});

describe("history in the pane", () => {
  it("lists applied batches and reverts one, keeping a cell edited since", async () => {
    const workbook = book();
    const container = renderPane(workbook);
    fireEvent.click(screen.getByRole("button", { name: "Auto-fill" }));
    fireEvent.click(await screen.findByRole("button", { name: "Plan auto-fill" }));
    await screen.findByRole("region", { name: `Fills on ${sheet}` });
    fireEvent.click(screen.getByRole("button", { name: /^Apply \d+ changes$/ }));
    await screen.findByText(/Auto-fill: .*Changed/);
    workbook.setCell(sheet, "F2", "Edited afterwards");
    fireEvent.click(screen.getByRole("button", { name: "History" }));
    const list = await screen.findByRole("list", { name: "Changes made by the add-in" });
    await noAxeViolations(container);
    fireEvent.click(within(list).getByRole("button", { name: /^Revert Auto-fill/ }));
    expect(await screen.findByText(/Kept 1 cell edited since: F2 \(now “Edited afterwards”\)/)).toBeTruthy();
    expect(workbook.cell(sheet, "D2").text).toBe("");
    expect(await screen.findByText("No changes by this add-in to revert in this workbook.")).toBeTruthy();
  });

  it("shows a failure to apply as a message naming the tab, and offers Revert for what was written", async () => {
    const workbook = book();
    const operations = memoryPaneOperations(workbook, {
      apply: () =>
        Promise.reject(
          Object.assign(new Error(`"${sheet}" is protected, so nothing was changed.`), { batchId: undefined }),
        ),
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <App {...operations} />
      </FluentProvider>,
    );
    await check();
    fireEvent.click(screen.getByRole("button", { name: /^Fix J3/ }));
    fireEvent.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Apply 1 change" }));
    expect(await screen.findByText(/"Data Categorisation" is protected, so nothing was changed\./)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Revert" })).toBeNull();
  });
});
