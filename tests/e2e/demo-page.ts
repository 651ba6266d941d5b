/**
 * What the end-to-end suite needs around the built demo: its page in Debian's Chromium, recording
 * what must not happen (tests/support/watched-page.ts), axe-core's WCAG A/AA check, and the
 * screenshots committed under docs/screenshots.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "playwright-core";
import { buildDemo } from "../../scripts/build-demo";
import { serveFolder, type StaticServer } from "../../scripts/static-server";
import { launchChromium, openWatchedPage, type WatchedPage } from "../support/watched-page";

export { chromiumPath, launchChromium } from "../support/watched-page";

/** The demo built into a fresh folder and served on loopback, Chromium open, and a scratch folder for the files a test makes. */
export interface ServedDemo {
  origin: string;
  browser: Browser;
  scratch: string;
  /** Closes what was opened and removes both folders. */
  close: () => Promise<void>;
}

export async function serveDemo(name: string): Promise<ServedDemo> {
  const demoDir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-files-`));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    // Each step only if it got that far, so a failure while starting reports its own error.
    await browser?.close();
    await server?.close();
    for (const dir of [demoDir, scratch]) fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await buildDemo(demoDir);
    server = await serveFolder(demoDir, { index: "index.html" });
    browser = await launchChromium();
  } catch (error) {
    await close();
    throw error;
  }
  return { origin: server.origin, browser, scratch, close };
}

/** The demo's page, sized like a laptop screen, in Office's light or dark theme. */
export function openDemo(browser: Browser, origin: string, theme: "light" | "dark" = "light"): Promise<WatchedPage> {
  return openWatchedPage(browser, origin, `/${theme === "dark" ? "?theme=dark" : ""}`, {
    viewport: { width: 1280, height: 760 },
    acceptDownloads: true,
  });
}

/**
 * axe-core's WCAG 2.1 A and AA violations, by rule and element: of the task pane and any dialog it
 * opened, or with `whole`, of the whole page, grid included (slower: a grid is many cells).
 */
export async function accessibilityViolations(page: Page, scope: "pane" | "whole" = "pane"): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  if (scope === "pane") {
    builder = builder.include('section[aria-label="Task pane"]');
    if ((await page.getByRole("dialog").count()) > 0) builder = builder.include('[role="dialog"]');
  }
  // Tabster's focus-wrapping sentinels (<i data-tabster-dummy tabindex="0" aria-hidden>) pass focus
  // straight on and are never read; axe's aria-hidden-focus cannot tell them from a real control.
  const results = await builder.exclude("[data-tabster-dummy]").analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(" ")} ${n.html.slice(0, 160)} (${n.failureSummary ?? ""})`),
  );
}

export const screenshotDir = path.resolve(__dirname, "../../docs/screenshots");
const scratchDir = path.resolve(__dirname, "../../.tmp/screenshots");

/**
 * The README's screenshots: the states the suite visits, light and dark. Each is written to
 * docs/screenshots when it is missing there or when UPDATE_SCREENSHOTS=1 (else to .tmp/screenshots,
 * so an ordinary test run leaves the checkout clean); `missingCommitted` names the visited states
 * whose picture was not in the checkout when the suite began.
 */
export class Screenshots {
  private readonly committed = new Set(fs.existsSync(screenshotDir) ? fs.readdirSync(screenshotDir) : []);
  private readonly visited = new Set<string>();

  /** The whole page, or only `of` (the task pane, for the narrow pane's pictures). */
  async take(page: Page, state: string, theme: "light" | "dark", of?: Locator): Promise<void> {
    const file = `${state}-${theme}.png`;
    this.visited.add(file);
    const update = process.env.UPDATE_SCREENSHOTS === "1" || !this.committed.has(file);
    const folder = update ? screenshotDir : scratchDir;
    fs.mkdirSync(folder, { recursive: true });
    // Fluent's dialogs and tabs animate: the picture is of the state, not of a transition.
    await page.waitForFunction("document.getAnimations().every((animation) => animation.playState !== 'running')");
    if (of === undefined) await page.screenshot({ path: path.join(folder, file) });
    else await of.screenshot({ path: path.join(folder, file) });
  }

  missingCommitted(): string[] {
    return [...this.visited].filter((file) => !this.committed.has(file)).sort();
  }
}

/** Presses Tab until the focused element's accessible text matches, as a keyboard-only user would; fails after `limit` presses. */
export async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate<string>(
      "(() => { const e = document.activeElement; return e === null ? '' : (e.getAttribute('aria-label') ?? e.textContent ?? ''); })()",
    );
    if (name.test(focused.trim())) return;
  }
  throw new Error(`Tab never reached ${String(name)} in ${limit} presses`);
}
