/**
 * Debian's Chromium for the browser tests (never a downloaded browser), and a fresh page that records
 * what must not happen: uncaught errors, console errors, and any request that would leave loopback.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

export const chromiumPath = "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export interface WatchedPage {
  page: Page;
  /** Uncaught errors, console errors and blocked requests, in the order they happened. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * A page in its own context at `url` on `origin`. `answer` may reply locally to a request off
 * loopback (the harness's office.js tag); any other such request is blocked and recorded.
 */
export async function openWatchedPage(
  browser: Browser,
  origin: string,
  url: string,
  options: BrowserContextOptions & { answer?: (url: string) => { contentType: string; body: string } | undefined } = {},
): Promise<WatchedPage> {
  const { answer, ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  // Well under jest's timeout, so a missing element fails with Playwright's message, not jest's.
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.stack ?? error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  await context.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested.startsWith(`${origin}/`) || requested.startsWith("blob:") || requested.startsWith("data:"))
      return route.continue();
    const reply = answer?.(requested);
    if (reply !== undefined) return route.fulfill(reply);
    problems.push(`blocked request off loopback: ${requested}`);
    return route.abort("blockedbyclient");
  });
  await page.goto(`${origin}${url}`);
  return { page, problems, close: () => context.close() };
}
