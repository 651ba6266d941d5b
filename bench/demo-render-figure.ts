/**
 * The demo's first render, as the end-to-end suite sees it: the built demo (`npm run demo`'s page)
 * opened afresh in Debian's Chromium several times, the pane's first paint read from the page's
 * "pane-first-render" mark (navigation to the pane's first frame: the bundle's parse, the sample's
 * read and the first React render). The median is judged against 500 ms, with the machine's load
 * printed beside it: on a shared CI machine the same build has measured 600 to 1,000 ms, so a miss is
 * read against the load, never hidden.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { buildDemo } from "../scripts/build-demo";
import { serveFolder } from "../scripts/static-server";
import { chromiumPath, launchChromium } from "../tests/support/watched-page";

const GOAL_MS = 500;
const LOADS = 7;

export async function demoRenderFigure(): Promise<string> {
  if (!existsSync(chromiumPath)) return `  skipped: Debian's chromium is not installed at ${chromiumPath}\n`;
  const dir = mkdtempSync(join(tmpdir(), "bench-demo-"));
  await buildDemo(dir);
  const server = await serveFolder(dir, { index: "index.html" });
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
      await page.goto(`${server.origin}/`);
      await page.getByRole("button", { name: "Check workbook" }).waitFor();
      await page.waitForFunction("performance.getEntriesByName('pane-first-render').length > 0");
      times.push(await page.evaluate<number>("performance.getEntriesByName('pane-first-render')[0].startTime"));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const [load1 = 0] = loadavg();
  return (
    `  first render, median of ${LOADS} fresh loads: ${Math.round(median)} ms  ${median < GOAL_MS ? "ok" : "MISS"} (< ${GOAL_MS} ms)\n` +
    `  every load: ${times.map((t) => Math.round(t)).join(", ")} ms; fastest ${Math.round(sorted[0] ?? NaN)} ms; load average ${load1.toFixed(2)} (1 min)\n`
  );
}
