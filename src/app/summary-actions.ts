/**
 * The Summary view's actions, bound to their ports once, after workbook-actions.ts: the summary of
 * the open workbook, and writing (or refreshing) the Summary tab. Both read the tabs through the
 * column mapping the analyst saved. The workflow and the layout are imported when first used.
 */
import type { WorkbookSummary } from "../summary/workbook-summary";
import type { WorkbookReportSheets } from "../workbook/port";
import { boundPorts, loader, type ActionPorts, type Lazy } from "./workbook-actions";
import type { SummaryWritten } from "../workflows/summary/write-summary";

export interface SummaryActions {
  summary: () => Promise<WorkbookSummary>;
  /** Writes the Summary tab, or rewrites the add-in's one. */
  writeSummary: () => Promise<SummaryWritten>;
}

export interface SummaryActionPorts extends ActionPorts {
  reportSheets: Lazy<WorkbookReportSheets>;
}

export function summaryActions(ports: SummaryActionPorts): SummaryActions {
  const { read, write, mapping } = boundPorts(ports);
  const sheets = loader(ports.reportSheets);
  return {
    summary: async () =>
      (await import("../workflows/summary/write-summary")).readSummary(
        await read(),
        await ports.model(),
        await mapping(),
      ),
    writeSummary: async () =>
      (await import("../workflows/summary/write-summary")).writeSummary(
        { reader: await read(), writer: await write(), sheets: await sheets() },
        await ports.model(),
        { overrides: await mapping() },
      ),
  };
}
