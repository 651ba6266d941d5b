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
}
