/**
 * End to end, the Compare view in the built demo in Debian's Chromium: an earlier copy of the sample
 * (with an unknown sensitivity the current version has since corrected) is picked as a file and read
 * in the page, the changed cell shows its before and after and selects its cell in the grid, the
 * resolved finding is named, and Mark as reviewed remembers the workbook. axe-clean; writes the
 * README's compare screenshot.
 */
import fs from "node:fs";
import path from "node:path";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";
import { XlsxWorkbookEditor } from "../../src/workbook/xlsx/xlsx-workbook-editor";
import { type ServedDemo, serveDemo, accessibilityViolations, chromiumPath, openDemo, Screenshots } from "./demo-page";

const root = path.resolve(__dirname, "../..");
const haveChromium = fs.existsSync(chromiumPath);
if (!haveChromium) console.warn("skipped: Debian's chromium not installed; .ci/run installs it");
const describeInChromium = haveChromium ? describe : describe.skip;

describeInChromium("the Compare view in the demo, in Chromium", () => {
  let demo: ServedDemo;
  const screenshots = new Screenshots();

  beforeAll(async () => {
    demo = await serveDemo("demo-compare");
  }, 180_000);

  afterAll(async () => {
    await demo?.close();
  });

  it("compares the open workbook with an earlier copy, goes to the changed cell, and marks it as reviewed", async () => {
    const samplePath = path.join(root, "seeds/sample-workbook.xlsx");
    const now =
      (await openXlsx(new Uint8Array(fs.readFileSync(samplePath))).readSheet("Data Categorisation")).rows.find(
        (r) => r.row === 4,
      )?.cells[15] ?? "";
    const earlier = path.join(demo.scratch, "categorisation-march.xlsx");
    const editor = new XlsxWorkbookEditor(new Uint8Array(fs.readFileSync(samplePath)));
    await editor.write({ cells: [{ sheet: "Data Categorisation", cell: "P4", text: "Secret" }] });
    fs.writeFileSync(earlier, editor.bytes);

    const { page, problems, close } = await openDemo(demo.browser, demo.origin);
    try {
      await page.getByRole("button", { name: "Compare", exact: true }).click();
      await page.getByText("This workbook has not been marked as reviewed yet.").waitFor();
      await page.getByLabel("Earlier copy (.xlsx)").setInputFiles(earlier);
      const changed = page.getByRole("list", { name: "Changed rows on Data Categorisation" });
      await changed.waitFor();
      await changed.getByLabel("before “Secret”").waitFor();
      await changed.getByLabel(`after “${now}”`).waitFor();
      await page
        .getByRole("list", { name: "Findings resolved" })
        .getByText(/"Secret"/)
        .waitFor();
      await page
        .getByText(/^categorisation-march\.xlsx → .*1 changed.*0 findings introduced \(0 errors\), 1 resolved\.$/)
        .waitFor();
      await changed.getByRole("button", { name: "Go to P4 (Sensitivity)" }).click();
      await page.waitForFunction(`document.querySelector('output[aria-label="Selected cell"]')?.textContent === "P4"`);
      await screenshots.take(page, "compare", "light");
      expect(await accessibilityViolations(page)).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Export comparison" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^cer-changes-.*\.html$/);
      const exported = fs.readFileSync((await download.path()) ?? "", "utf8");
      expect(exported).toContain("<td>Secret</td>");

      await page.getByRole("button", { name: "Mark as reviewed" }).click();
      await page.getByText(/^Marked as reviewed: \d+ rows and \d+ findings remembered/).waitFor();
      await page.getByText(/^Last reviewed .*: 0 rows changed, 0 added, 0 removed\.$/).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
