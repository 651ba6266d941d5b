/**
 * The REAL task pane in Debian's Chromium, over the strict fake Excel: webpack bundles a harness
 * page (a fake Office, then src/taskpane/index.tsx), a loopback server serves it, and Playwright
 * clicks through it as an analyst would. Catches what jsdom cannot: the bundle loading in a real
 * browser, Fluent's styles applying, text rendering, and uncaught errors at run time.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { buildHarness } from "./build-harness";
import type { HarnessState } from "./harness/harness-window";
import { chromiumPath, launchChromium } from "../support/watched-page";
import { openPane } from "./open-pane";
import { serveFolder, type StaticServer } from "../../scripts/static-server";

const haveChromium = fs.existsSync(chromiumPath);
if (!haveChromium) console.warn("skipped: Debian's chromium not installed; .ci/run installs it");
const describeInChromium = haveChromium ? describe : describe.skip;

const screenshots = path.resolve(__dirname, "../../.tmp/screenshots");

/**
 * A snapshot of the fake Excel's state on the page (spreading reads its getters). An expression,
 * not a function: Playwright sends a function as its source text, which type casts or coverage
 * counters would turn into something the page cannot run.
 */
function harnessState(page: Page): Promise<HarnessState> {
  return page.evaluate<HarnessState>("({ ...window.harness })");
}

/** axe-core's WCAG 2.1 A and AA violations on the page as it stands, by rule and element. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  // Tabster (Fluent's focus manager, loaded with the dialog) keeps focus-wrapping sentinels, <i
  // data-tabster-dummy tabindex="0" aria-hidden>, that pass focus straight on and are never read;
  // axe's aria-hidden-focus cannot tell them from a real hidden control, so they are left out.
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .exclude("[data-tabster-dummy]")
    .analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

describeInChromium("the task pane in Chromium", () => {
  let harnessDir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    harnessDir = fs.mkdtempSync(path.join(os.tmpdir(), "taskpane-harness-"));
    await buildHarness(harnessDir);
    server = await serveFolder(harnessDir);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    // Each step only if it got that far, so a failed beforeAll reports its own error.
    await browser?.close();
    await server?.close();
    if (harnessDir !== undefined) fs.rmSync(harnessDir, { recursive: true, force: true });
  });

  it("checks the workbook, lists the findings and goes to a finding's cell", async () => {
    const { page, problems, close } = await openPane(browser, server.origin, "withDefects");
    try {
      await page.getByRole("button", { name: "Check workbook" }).click();

      const summary = page.getByRole("status", { name: "Summary" });
      await summary.waitFor();
      const summaryText = await summary.innerText();
      expect(summaryText).toContain("Errors to fix");
      expect(summaryText).toContain("2 errors");
      expect(summaryText).toContain("0 warnings");

      const findings = page.getByRole("region", { name: "Data Categorisation" }).getByRole("listitem");
      expect(await findings.allInnerTexts()).toEqual([
        expect.stringContaining(
          '"Telemetry (Devices)" is not a known information category. Did you mean "Telemetry (Device)"?',
        ),
        expect.stringContaining('"Confidential" is not a known sensitivity, but it is what "Restricted" means'),
      ]);
      expect(await page.getByText("Suggestion: Telemetry (Device)").isVisible()).toBe(true);

      const before = await harnessState(page);
      expect(before.selection).toBeUndefined();
      await page.getByRole("button", { name: /J4 · category\.unknown/ }).click();
      await page.waitForFunction(
        () => (window as unknown as { harness: { selection?: string } }).harness.selection !== undefined,
      );
      const after = await harnessState(page);
      expect(after).toMatchObject({
        book: "withDefects",
        selection: "'Data Categorisation'!J4",
        activeSheet: "Data Categorisation",
      });
      // Going to the cell is one request of its own.
      expect(after.syncCount).toBe(before.syncCount + 1);

      fs.mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: path.join(screenshots, "taskpane.png"), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("applies a fix after showing it, then reverts it, in the fake Excel", async () => {
    const { page, problems, close } = await openPane(browser, server.origin, "withDefects");
    const cellText = (cell: string) => page.evaluate<string>(`window.harness.text("Data Categorisation", "${cell}")`);
    try {
      await page.getByRole("button", { name: "Check workbook" }).click();
      await page.getByRole("button", { name: /^Fix J4 to “Telemetry \(Device\)”/ }).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain("“Telemetry (Devices)”");
      expect(await cellText("J4")).toBe("Telemetry (Devices)");
      // The dialog fades in: wait for its animation to end before taking its picture.
      // A function, not a string: the pane's Content Security Policy forbids evaluating strings.
      await page.waitForFunction(() =>
        document.getAnimations().every((animation) => animation.playState !== "running"),
      );
      await page.screenshot({ path: path.join(screenshots, "taskpane-fix-preview.png"), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);

      await dialog.getByRole("button", { name: "Apply 1 change" }).click();
      await page.getByText(/Fix J4: Changed 1 cell\./).waitFor();
      // The modal hides the rest of the page from assistive technology until its exit animation ends.
      await dialog.waitFor({ state: "detached" });
      await page.waitForSelector("#container:not([aria-hidden])");
      expect(await cellText("J4")).toBe("Telemetry (Device)");
      // One undo step for the whole batch, as ExcelApi 1.20 allows.
      expect((await harnessState(page)).undoRecords).toBe(1);
      // The check ran again: the fixed finding is gone.
      await page.getByRole("button", { name: /^Fix J4/ }).waitFor({ state: "detached" });
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByRole("button", { name: "Revert" }).click();
      await page.getByText(/Reverted “Fix J4”: 1 cell put back\./).waitFor();
      expect(await cellText("J4")).toBe("Telemetry (Devices)");
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("highlights and clears, installs dropdowns around the analyst's own rule, and maps a column", async () => {
    const { page, problems, close } = await openPane(browser, server.origin, "forTools");
    const formatting = () => page.evaluate<string>(`window.harness.formatting("Data Categorisation")`);
    try {
      const before = await formatting();
      await page.getByRole("button", { name: "Check workbook" }).click();
      await page.getByRole("button", { name: "Map columns" }).click();

      // The mapping form, offered because Sensitivity is under another header.
      const form = page.getByRole("form", { name: "Map the columns of Data Categorisation" });
      await form.waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await form.getByRole("combobox", { name: "Sensitivity is in column" }).selectOption("Classification");
      await form.getByRole("button", { name: "Save mapping and check again" }).click();
      await page.getByText("Mapping saved in the workbook; checked again.").waitFor();
      expect(await page.evaluate<unknown>("window.harness.settings()['cer.columnMapping']")).toEqual({
        categorisation: { sensitivity: "Classification" },
      });

      await page.getByRole("button", { name: /^Highlight \d+ findings?$/ }).click();
      await page.getByText(/^Marked 1 error/).waitFor();
      expect(await formatting()).not.toBe(before);
      await page.screenshot({ path: path.join(screenshots, "taskpane-workbook-view.png"), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Clear highlights" }).click();
      await page.getByText(/^Cleared \d+ highlights?\./).waitFor();
      expect(await formatting()).toBe(before);

      await page.getByRole("button", { name: "Install or refresh dropdowns" }).click();
      const conflicts = page.getByRole("list", { name: "Columns with your own rules" });
      await conflicts.waitFor();
      expect(await conflicts.innerText()).toContain("Interface");
      expect(await formatting()).toContain("textLength");
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Remove dropdowns" }).click();
      await page.getByText(/^Removed the dropdowns from/).waitFor();
      expect(await formatting()).toBe(before);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("in live mode, fills a typed Capability ID's lookups and updates the findings", async () => {
    const { page, problems, close } = await openPane(browser, server.origin, "forLive");
    const cellText = (cell: string) => page.evaluate<string>(`window.harness.text("Data Categorisation", "${cell}")`);
    try {
      await page.getByRole("switch", { name: "Live mode" }).click();
      await page.getByRole("switch", { name: /checking and filling lookups as you type/ }).waitFor();
      await page.getByRole("button", { name: /C3 · capability\.missing/ }).waitFor();
      await page.evaluate(`window.harness.userEdit("Data Categorisation", "C3", "4.3.5")`);
      await page.getByText("Filled D3:F3 from Capability ID 4.3.5").waitFor();
      expect(await cellText("D3")).toBe("Calculate and publish physical limits");
      await page.getByRole("button", { name: /C3 · capability\.missing/ }).waitFor({ state: "detached" });
      expect(await page.getByRole("status", { name: "Summary" }).innerText()).toContain("No errors found");
      await page.screenshot({ path: path.join(screenshots, "taskpane-live-mode.png"), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("names the workbook's sheets when it has none of the known tabs, without an uncaught error", async () => {
    const { page, problems, close } = await openPane(browser, server.origin, "noKnownTabs");
    try {
      await page.getByRole("button", { name: "Check workbook" }).click();

      await page.getByText("The workbook could not be checked").waitFor();
      const bar = page.getByText(/none of the tabs/);
      expect(await bar.innerText()).toContain(
        'This workbook has none of the tabs "Data Categorisation", "Distinct Gap Analysis" or "Options" (its sheets: "Sheet1", "Budget").',
      );
      // The pane stays usable: the button is back, ready for another check.
      expect(await page.getByRole("button", { name: "Check workbook" }).isEnabled()).toBe(true);

      fs.mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: path.join(screenshots, "taskpane-no-known-tabs.png"), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("exports the review from the Review view as a real download, formula-like text neutralised", async () => {
    const { page, problems, close } = await openPane(browser, server.origin, "withDefects");
    try {
      // Typed with Excel's apostrophe, so the cell holds the text, not a formula.
      await page.evaluate(
        `window.harness.userEdit("Data Categorisation", "J4", "'=HYPERLINK(\\"http://evil.example\\",\\"x\\")")`,
      );
      await page.getByRole("button", { name: "Review" }).click();
      const section = page.getByRole("region", { name: "Export report" });
      await section.waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await section.getByRole("combobox", { name: "Format" }).selectOption("csv");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        section.getByRole("button", { name: "Export report" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^cer-review-\d{4}-\d\d-\d\d\.csv$/);
      const csv = fs.readFileSync(await download.path());
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.toString("utf8")).toContain('"\'=HYPERLINK(""http://evil.example"",""x"")"');
      await section.getByText(/^Saved cer-review-.*\.csv: the CSV \(findings\) report with \d+ findings?\.$/).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
