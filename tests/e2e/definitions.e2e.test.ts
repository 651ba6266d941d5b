/**
 * End to end, the Definitions view of the built demo in Debian's Chromium: selecting a cell of a Data
 * Categorisation row in the grid shows its definitions card; a category typed over with a value its
 * information object does not fit is questioned, the suggestion goes through the preview and is
 * applied with its group, shown in the grid; the search ranks typed words. axe-core checks each
 * state; the screenshots join the README's (docs/screenshots).
 */
import fs from "node:fs";
import type { Locator, Page } from "playwright-core";
import { type ServedDemo, serveDemo, accessibilityViolations, chromiumPath, openDemo, Screenshots } from "./demo-page";

const haveChromium = fs.existsSync(chromiumPath);
if (!haveChromium) console.warn("skipped: Debian's chromium not installed; .ci/run installs it");
const describeInChromium = haveChromium ? describe : describe.skip;

function gridCell(page: Page, address: string) {
  return page.getByRole("grid").locator(`[role="gridcell"][data-cell="${address}"]`);
}

/** Waits until `locator` shows text matching `pattern`; failing, says what it showed instead. */
async function textMatching(locator: Locator, pattern: RegExp, timeout = 15_000): Promise<void> {
  const until = Date.now() + timeout;
  let shown = "(nothing)";
  while (Date.now() < until) {
    shown = (await locator.allInnerTexts()).join(" | ") || "(nothing)";
    if (pattern.test(shown)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`waited ${timeout} ms for ${String(pattern)}; it showed: ${shown}`);
}

/** What the selected cell holds, as the demo's formula bar shows it. */
function cellContent(page: Page): Promise<string> {
  // Located by its label: a modal preview hides the rest of the page from role queries.
  return page.locator('output[aria-label="Cell content"]').innerText();
}

describeInChromium("the Definitions view of the demo in Chromium", () => {
  let demo: ServedDemo;
  const screenshots = new Screenshots();

  beforeAll(async () => {
    demo = await serveDemo("definitions-e2e");
  }, 180_000);

  afterAll(async () => {
    await demo?.close();
  });

  it("shows the selected row's definitions, questions a category that does not fit, applies the suggestion after its preview, and searches", async () => {
    const { page, problems, close } = await openDemo(demo.browser, demo.origin);
    try {
      await page.getByRole("button", { name: "Definitions", exact: true }).click();
      await page.getByText(/^Select a cell of a Data Categorisation row/).waitFor();
      await page.getByRole("tab", { name: "Data Categorisation" }).click();
      // Row 8's information object is a network tariff schedule: type Commissioning over its
      // category (J8, reached with the arrow keys: the grid renders the columns in view).
      await gridCell(page, "C8").click();
      for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowRight");
      await page.waitForFunction(`document.querySelector('output[aria-label="Selected cell"]')?.textContent === "J8"`);
      await page.keyboard.type("Commissioning");
      await page.keyboard.press("Enter");
      await page.keyboard.press("ArrowUp");
      expect(await cellContent(page)).toBe("Commissioning");
      const card = page.getByRole("region", { name: "Definitions of Data Categorisation row 8" });
      await card.waitFor();
      const capability = card.getByRole("group", { name: "Capability" });
      await capability.getByText("1.4.3 Update tariffs, prices, incentives").waitFor();
      await capability.getByText(/^Level 2: 1\.4 Update policy and regulations · Domain: Oversee$/).waitFor();
      const category = card.getByRole("group", { name: "Information category" });
      // The card is read again when its row is typed over (no need to select the row anew); on a
      // miss, the note as it stands is in the failure.
      await textMatching(
        category.getByRole("note"),
        /^"Network tariff schedule" is categorised as Commissioning \(installing, testing, and activating CER devices\); Regulatory Instrument \(.*\) fits its words better\.$/,
      );
      const suggested = category.getByRole("list", { name: "Suggested categories" });
      // Each suggestion says its group, its score and the words that matched; the value the note
      // names as fitting better is among them.
      expect(await suggested.getByRole("listitem").first().innerText()).toMatch(
        /^Use\s+.+ \(.+, \d+%\)\s*matched: \S+/,
      );
      expect(await suggested.getByRole("listitem").allInnerTexts()).toContainEqual(
        expect.stringMatching(/Regulatory Instrument \(Reports, \d+%\)\s*matched: .*tariff/),
      );
      await card
        .getByRole("group", { name: "Sensitivity" })
        .getByText("publicly available data, not considered confidential")
        .waitFor();
      await screenshots.take(page, "definitions", "light");
      expect(await accessibilityViolations(page)).toEqual([]);

      await suggested.getByRole("button", { name: "Use Regulatory Instrument" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText("“Regulatory Instrument”").waitFor();
      await screenshots.take(page, "definitions-preview", "light");
      // Shown, not yet written (J8 is still the selected cell).
      expect(await cellContent(page)).toBe("Commissioning");
      await dialog.getByRole("button", { name: /^Apply/ }).click();
      await page.waitForFunction(
        `document.querySelector('output[aria-label="Cell content"]')?.textContent === "Regulatory Instrument"`,
      );
      // I8 already says Reports, Regulatory Instrument's group: one cell, one revertible batch.
      await page.getByText("Use Regulatory Instrument on row 8: Changed 1 cell.").waitFor();
      await page.getByRole("button", { name: "Revert" }).waitFor();

      await page.getByRole("textbox", { name: "Search capabilities and categories" }).fill("forecast demand");
      await page.getByRole("button", { name: "Search", exact: true }).click();
      const found = page.getByRole("list", { name: "Capabilities found" });
      await found.getByText(/^2\.1\.3 Forecast supply and demand$/).waitFor();
      expect(
        await page.getByRole("list", { name: "Categories found" }).getByRole("listitem").first().innerText(),
      ).toMatch(/^Forecast \(Forecasting\)/);
      await screenshots.take(page, "definitions-search", "light");
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});
