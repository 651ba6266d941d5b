/**
 * Worksheet events of the fake Excel, as the add-in meets them (docs/excel-fake.md, "Events"):
 * `worksheets.onChanged` and `worksheets.onSelectionChanged` (ExcelApi 1.9) call their handlers
 * asynchronously after a change, for the user's edits and for the add-in's own writes alike
 * (`triggerSource` "ThisLocalAddin" from ExcelApi 1.14), with `source` "Remote" for a co-author's
 * edit, `details` (valueBefore, valueAfter) only when one cell changed, and none at all when a value
 * is picked from a data-validation dropdown (office-js #420, #3888). `context.runtime.enableEvents =
 * false` silences this add-in's handlers. Inserted and deleted columns arrive as ColumnInserted and
 * ColumnDeleted with whole-column addresses (excel.datachangetype.yml); cells inserted or deleted
 * (Insert > Shift cells down, Delete > Shift cells up...) as CellInserted and CellDeleted with the
 * range's address and, from ExcelApi 1.14, `changeDirectionState` saying which way the others moved. A handler is removed only
 * through the request context that added it (`Excel.run(result.context, ...)`, excel-add-ins-events.md).
 * A test awaits `settled()` for every handler to finish.
 */
import type { CellRange } from "../port";
import { formatA1 } from "./address";

export type FakeChangeType =
  "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted" | "CellInserted" | "CellDeleted";

/** Excel.ChangeDirectionState (ExcelApi 1.14): which way the other cells moved; one of the two is set. */
export interface FakeChangeDirection {
  insertShiftDirection?: "Down" | "Right";
  deleteShiftDirection?: "Up" | "Left";
}

/** Excel.WorksheetChangedEventArgs, as far as the fake gives it. */
export interface FakeChangedEventArgs {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: FakeChangeType;
  source: "Local" | "Remote";
  triggerSource?: "ThisLocalAddin" | "Unknown";
  details?: { valueBefore: unknown; valueAfter: unknown };
  /** For CellInserted and CellDeleted, from ExcelApi 1.14. */
  changeDirectionState?: FakeChangeDirection;
}

export interface FakeSelectionEventArgs {
  type: "WorksheetSelectionChanged";
  worksheetId: string;
  address: string;
}

type Handler<A> = (args: A) => Promise<unknown> | void;

export class FakeEvents {
  readonly changed: Array<Handler<FakeChangedEventArgs>> = [];
  readonly selection: Array<Handler<FakeSelectionEventArgs>> = [];
  enabled = true;
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly apiVersion: () => number) {}

  /** Raised after the change, as Excel does: never inside the request that made it. */
  raiseChanged(
    sheet: { id: string },
    range: CellRange,
    changeType: FakeChangeType,
    how: {
      remote?: boolean;
      ownWrite?: boolean;
      details?: FakeChangedEventArgs["details"];
      direction?: FakeChangeDirection;
    },
  ): void {
    const args: FakeChangedEventArgs = {
      type: "WorksheetChanged",
      worksheetId: sheet.id,
      address: formatA1(range),
      changeType,
      source: how.remote === true ? "Remote" : "Local",
    };
    if (this.apiVersion() >= 14) args.triggerSource = how.ownWrite === true ? "ThisLocalAddin" : "Unknown";
    if (this.apiVersion() >= 14 && how.direction !== undefined) args.changeDirectionState = how.direction;
    const single = range.top === range.bottom && range.left === range.right;
    if (single && how.details !== undefined && this.apiVersion() >= 9) args.details = how.details;
    this.dispatch(this.changed, args);
  }

  raiseSelection(sheet: { id: string }, range: CellRange): void {
    this.dispatch(this.selection, {
      type: "WorksheetSelectionChanged",
      worksheetId: sheet.id,
      address: formatA1(range),
    });
  }

  /** Resolves once every handler called so far (and any they caused) has finished. */
  async settled(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (this.running.size > 0) {
      await Promise.allSettled([...this.running]);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  private dispatch<A>(handlers: ReadonlyArray<Handler<A>>, args: A): void {
    if (!this.enabled || handlers.length === 0) return;
    const call = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(async () => {
      for (const handler of [...handlers]) await handler(args);
    });
    this.running.add(call);
    void call.finally(() => this.running.delete(call));
  }
}
