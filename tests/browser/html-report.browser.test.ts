/**
 * The HTML report in Debian's Chromium: axe-core finds no WCAG 2.1 A or AA violation (the issue's
 * acceptance), and opening it makes no request beyond the page itself, runs no script and logs no
 * error. Over a review full of hostile workbook text, and over the sample workbook's real review
 * with its summary tables and the 122-capability heat map.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { serveFolder, type StaticServer } from "../../scripts/static-server";
import { readWorkbookFile } from "../../src/cli/read-workbook-file";
import { defaultReference } from "../../src/model/default-reference";
import { htmlReport } from "../../src/reports/html-report";
import { reviewDocument, workbookReviewOf } from "../../src/reports/review-report";
import { summarySectionOf } from "../../src/reports/summary-section-of";
import { checkWorkbook } from "../../src/workflows/check/check";
import { chromiumPath, launchChromium, openWatchedPage } from "../support/watched-page";
import { hostileDocument } from "../reports/hostile-review";

const haveChromium = fs.existsSync(chromiumPath);
if (!haveChromium) console.warn("skipped: Debian's chromium not installed; .ci/run installs it");
const describeInChromium = haveChromium ? describe : describe.skip;

const sample = path.resolve(__dirname, "../../seeds/sample-workbook.xlsx");

describeInChromium("the HTML report in Chromium", () => {
  let folder: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "html-report-"));
    fs.writeFileSync(path.join(folder, "hostile.html"), htmlReport(hostileDocument()));
    const book = readWorkbookFile(sample);
    const { report, summary } = await checkWorkbook(book, defaultReference(), { review: true, summary: true });
    const review = workbookReviewOf("sample-workbook.xlsx", report, summarySectionOf(summary));
    fs.writeFileSync(
      path.join(folder, "sample.html"),
      htmlReport(reviewDocument([review], { generatedAt: new Date(), generator: "cerdc test" })),
    );
    server = await serveFolder(folder);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder !== undefined) fs.rmSync(folder, { recursive: true, force: true });
  });

  it.each(["hostile.html", "sample.html"])(
    "%s has zero axe violations and requests nothing but itself",
    async (name) => {
      const requests: string[] = [];
      const { page, problems, close } = await openWatchedPage(browser, server.origin, `/${name}`, {
        viewport: { width: 1024, height: 768 },
      });
      try {
        page.on("request", (request) => requests.push(request.url()));
        await page.reload();
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
          .analyze();
        // axe really ran over the page (the policy forbids scripts, but Playwright's evaluation is allowed).
        expect(results.passes.map((p) => p.id)).toEqual(
          expect.arrayContaining(["color-contrast", "document-title", "html-has-lang", "th-has-data-cells"]),
        );
        expect(results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`))).toEqual([]);
        // axe itself is injected by Playwright, not requested; the page asked only for itself.
        expect(requests).toEqual([`${server.origin}/${name}`]);
        expect(await page.evaluate(() => document.scripts.length)).toBe(0);
        expect(await page.title()).toMatch(/^CER data categorisation review: /);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});
