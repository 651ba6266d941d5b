/**
 * Opens the harness page in a fresh browser context, sized like Excel's task pane, and records what
 * must not happen: uncaught errors, console errors, and any request that would leave loopback.
 * The template's office.js tag (the one network script, see taskpane.html) is answered locally
 * with an empty script, because the harness bundle installs its own fake `Office`.
 */
import type { Browser } from "playwright-core";
import { openWatchedPage, type WatchedPage } from "../support/watched-page";
import type { BookName } from "./harness/books";

const officeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export type OpenPane = WatchedPage;

export function openPane(browser: Browser, origin: string, book: BookName): Promise<OpenPane> {
  const answer = (url: string) =>
    url === officeJs
      ? { contentType: "text/javascript", body: "// office.js: the harness bundle installs a fake Office.\n" }
      : undefined;
  return openWatchedPage(browser, origin, `/taskpane.html?book=${book}`, {
    viewport: { width: 360, height: 720 },
    deviceScaleFactor: 2,
    answer,
  });
}
