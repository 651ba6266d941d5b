/**
 * What the harness page exposes as `window.harness` for the test to read with `page.evaluate`: the
 * fake Excel's session state (which sheet is active, which cell was selected). Types only, so the
 * Node-side test imports it without loading anything of the page.
 */
import type { BookName } from "./books";

export interface HarnessState {
  readonly book: BookName;
  readonly activeSheet: string;
  /** The selected range with its sheet, e.g. "'Data Categorisation'!J4"; undefined until a finding is clicked. */
  readonly selection: string | undefined;
  /** Requests the pane has made of the fake Excel. */
  readonly syncCount: number;
  /** Undo records the pane's writes made (one per batch on ExcelApi 1.20). */
  readonly undoRecords: number;
}

/** `window.harness` on the page: the state above and a look at any cell. */
export interface HarnessWindow extends HarnessState {
  /** The displayed text of a cell, e.g. text("Data Categorisation", "J4"). */
  text(sheet: string, cell: string): string;
  /** A sheet's formatting (fills, number formats, conditional formats, validation) as one string, to compare. */
  formatting(sheet: string): string;
  /** The add-in's settings as stored. */
  settings(): Record<string, unknown>;
  /** The analyst types into a cell (Excel raises its change event). */
  userEdit(sheet: string, cell: string, value: string): void;
}
