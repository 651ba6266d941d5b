/**
 * Bundles the harness page (tests/browser/harness) into a folder: the REAL pane behind a fake
 * Office, on the pane's own HTML template, transpiled exactly as the add-in is (scripts/build-demo.ts).
 */
import { bundlePage } from "../../scripts/build-demo";

export async function buildHarness(outputDir: string): Promise<void> {
  await bundlePage({
    entry: "./tests/browser/harness/harness.tsx",
    outputDir,
    template: "./src/taskpane/taskpane.html",
    page: "taskpane.html",
    mode: "development",
  });
}
