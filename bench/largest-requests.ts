/**
 * The largest request of every adapter operation, as office.js's own client builds it
 * (bench/office-js-client.ts): check, auto-fill, apply (every fix of the check), revert, highlight,
 * clear, dropdowns, summary, gaps and a live fill, through the pane's operations over the fake Excel
 * at a given number of rows. Against Excel on the web's 5 MB per request.
 */
import { officeOperations } from "../src/taskpane/office-operations";
import { planFixes } from "../src/workflows/check/fixes-of-findings";
import { officeJsClient, measuredRun } from "./office-js-client";
import { book } from "./scale-figure";

export const REQUEST_LIMIT = 5 * 1024 * 1024;

export interface LargestRequest {
  operation: string;
  requests: number;
  /** Bytes of the largest request office.js would send for it. */
  largest: number;
  /** The error the operation ended with (a request over the limit, as Excel refuses it), if any. */
  failed?: string;
}

/** Undefined when @microsoft/office-js is not installed. */
export async function largestRequests(rows: number): Promise<LargestRequest[] | undefined> {
  const client = officeJsClient();
  if (client === undefined) return undefined;
  const excel = book(rows);
  const measured = measuredRun(excel, client);
  const ops = officeOperations(measured.run, "pane", {
    isSetSupported: (name, version) => excel.isSetSupported(name, version),
    platform: "OfficeOnline",
  });
  const out: LargestRequest[] = [];
  // A failing operation is a figure too (its refused request counted), not the end of the bench.
  async function step<T>(operation: string, work: () => Promise<T>): Promise<T | undefined> {
    const first = measured.sizes.length;
    let result: T | undefined;
    let failed: string | undefined;
    try {
      result = await work();
    } catch (error) {
      failed = error instanceof Error ? error.message : String(error);
    }
    const sizes = measured.sizes.slice(first);
    out.push({
      operation,
      requests: sizes.length,
      largest: Math.max(0, ...sizes),
      ...(failed === undefined ? {} : { failed }),
    });
    return result;
  }
  const report = await step("check", () => ops.validate());
  const filled = await step("auto-fill", async () => ops.apply((await ops.planAutoFill()).changes, "Auto-fill"));
  const fixed = await step("apply", () =>
    ops.apply(planFixes(report?.findings ?? [], { applicability: "all" }), "Fix all"),
  );
  await step("revert", () => ops.revert(fixed?.batch?.id ?? filled?.batch?.id ?? ""));
  await step("highlight", () => ops.highlight(report?.findings ?? []));
  await step("clear", () => ops.clearHighlights());
  await step("dropdowns", () => ops.installDropdowns());
  await step("summary", () => ops.writeSummary());
  await ops.addMissingTabs();
  await step("gaps", async () => {
    const plan = await ops.proposeGaps();
    return plan.changes.length === 0 ? undefined : ops.apply(plan.changes, "Proposed gaps");
  });
  await ops.startLive(() => undefined);
  await step("live fill", async () => {
    const key = excel.texts("Data Categorisation")[0]?.indexOf("Capability ID") ?? 2;
    excel.userEdit("Data Categorisation", `${String.fromCharCode(65 + key)}${rows + 1}`, "4.3.5");
    // The handler reads the row, then writes its lookups: settle until both requests have run.
    for (let round = 0; round < 5; round++) {
      await excel.settled();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
  await ops.stopLive();
  return out;
}

/** The bench's lines: each operation's largest request in bytes against 5 MB, MISS when over. */
export async function largestRequestsFigure(sizes: readonly number[] = [10_000, 100_000]): Promise<string> {
  let out = "";
  for (const rows of sizes) {
    const figures = await largestRequests(rows);
    if (figures === undefined) return "  skipped: @microsoft/office-js is not installed\n";
    out += `  ${rows.toLocaleString("en-AU")} rows\n`;
    for (const { operation, requests, largest, failed } of figures) {
      out += `    ${operation.padEnd(10)} ${String(requests).padStart(4)} requests, largest ${largest.toLocaleString("en-AU").padStart(10)} bytes of ${REQUEST_LIMIT.toLocaleString("en-AU")}  ${largest < REQUEST_LIMIT && failed === undefined ? "ok" : "MISS"}${failed === undefined ? "" : ` (failed: ${failed})`}\n`;
    }
  }
  return out;
}
