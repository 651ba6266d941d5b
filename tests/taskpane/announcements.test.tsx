/** @jest-environment jsdom */
/**
 * What a screen reader hears: the pane's root (PaneRoot) holds Fluent's AriaLiveAnnouncer, whose live
 * region (an aria-live element on the page) says each of the pane's messages once. Read here from the
 * region itself: a failed Apply, then a successful Revert.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { App } from "../../src/taskpane/App";
import { officeOperations } from "../../src/taskpane/office-operations";
import { PaneRoot } from "../../src/taskpane/PaneRoot";
import { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { validCategorisation } from "../support/workbook-rows";

const slow = { timeout: 10_000 };

// jsdom has no innerText, which Fluent's live region writes its message through: text it is.
if (!("innerText" in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, "innerText", {
    configurable: true,
    get(this: HTMLElement) {
      return this.textContent ?? "";
    },
    set(this: HTMLElement, text: string) {
      this.textContent = text;
    },
  });
}

/** Every text the page's live regions said, in order, each once however long it stays. */
function listenToLiveRegions(): string[] {
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    for (const region of document.querySelectorAll("[aria-live]:not([aria-live='off'])")) {
      const text = region.textContent?.trim() ?? "";
      if (text !== "" && said.at(-1) !== text) said.push(text);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return said;
}

/** How many times `phrase` was said, across every message (several said at once share one text). */
const times = (said: readonly string[], phrase: string) => said.join("\n").split(phrase).length - 1;

function categorisation(protectedSheet: boolean): FakeExcel {
  const headers = categorisationTab.columns.map((column) => column.header);
  const rows = [validCategorisation, { ...validCategorisation, informationCategory: "Telemetry (Devices)" }].map(
    (row) => categorisationTab.columns.map((column) => row[column.key]),
  );
  return new FakeExcel({ "Data Categorisation": { rows: [headers, ...rows], protected: protectedSheet } });
}

async function applyFixOfJ3(): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: /check workbook/i }));
  fireEvent.click(await screen.findByRole("button", { name: /^Fix J3/ }, slow));
  fireEvent.click(within(await screen.findByRole("dialog", {}, slow)).getByRole("button", { name: "Apply 1 change" }));
}

describe("the pane's live region", () => {
  it("announces a failed Apply once, with its reason", async () => {
    const said = listenToLiveRegions();
    const excel = categorisation(true);
    render(
      <PaneRoot>
        <App {...officeOperations(excel.run)} />
      </PaneRoot>,
    );
    await applyFixOfJ3();
    await waitFor(() => expect(times(said, "Fix J3 did not complete")).toBe(1), slow);
    expect(said.find((text) => text.includes("Fix J3 did not complete"))).toMatch(/"Data Categorisation" is protected/);
    // The check that came before was announced too, once.
    expect(times(said, "Checked: 1 error")).toBe(1);
  });

  it("announces a successful Revert once", async () => {
    const said = listenToLiveRegions();
    const excel = categorisation(false);
    render(
      <PaneRoot>
        <App {...officeOperations(excel.run)} />
      </PaneRoot>,
    );
    await applyFixOfJ3();
    await waitFor(() => expect(said.some((text) => text.includes("Fix J3: Changed 1 cell."))).toBe(true), slow);
    fireEvent.click(await screen.findByRole("button", { name: "Revert" }, slow));
    await waitFor(() => expect(times(said, "Reverted “Fix J3”: 1 cell put back.")).toBe(1), slow);
    expect(excel.cell("Data Categorisation", "J3").text).toBe("Telemetry (Devices)");
  });
});
