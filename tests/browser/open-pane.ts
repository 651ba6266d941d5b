/**
 * Opens the harness page in a fresh browser context, sized like Excel's task pane, and records what
 * must not happen: uncaught errors, console errors, and any request that would leave loopback.
 * The template's office.js tag (the one network script, see taskpane.html) is answered locally
 * with an empty script, because the harness bundle installs its own fake `Office`.
 */
import type { Browser, Page } from "playwright-core";
import type { BookName } from "./harness/books";

const officeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface OpenPane {
  page: Page;
  /** Uncaught errors, console errors and blocked requests, in the order they happened. */
  problems: string[];
  close(): Promise<void>;
}

export async function openPane(browser: Browser, origin: string, book: BookName): Promise<OpenPane> {
  const context = await browser.newContext({ viewport: { width: 360, height: 720 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  // Well under jest's timeout, so a missing element fails with Playwright's message, not jest's.
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.stack ?? error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url === officeJs) return route.fulfill({ contentType: "text/javascript", body: "// office.js: the harness bundle installs a fake Office.\n" });
    problems.push(`blocked request off loopback: ${url}`);
    return route.abort("blockedbyclient");
  });
  await page.goto(`${origin}/taskpane.html?book=${book}`);
  return { page, problems, close: () => context.close() };
}
