/**
 * The demo's state outside React: the open workbook, and a version that moves after every request
 * the pane makes and every edit the analyst types. All of the grid's edits go through `userEdit`, as
 * a person typing into Excel: the fake raises Excel's change event, which live mode hears.
 */
import type { FakeExcel } from "../workbook/fake-excel/fake-excel";
import type { ExcelRun } from "../workbook/office/excel-run";
import type { DemoWorkbook } from "./demo-workbook";

export class DemoSession {
  private listeners = new Set<() => void>();
  private current: DemoWorkbook;
  private version = 0;
  constructor(workbook: DemoWorkbook) {
    this.current = workbook;
  }

  get workbook(): DemoWorkbook {
    return this.current;
  }

  get excel(): FakeExcel {
    return this.current.excel;
  }

  /** A number that changes whenever the workbook may have: for useSyncExternalStore. */
  readonly snapshot = (): number => this.version;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** `Excel.run` over the open workbook; the grid refreshes after each run, failed ones included. */
  readonly run: ExcelRun = (async (...args: unknown[]) => {
    try {
      return await (this.current.excel.run as (...a: unknown[]) => Promise<unknown>)(...args);
    } finally {
      this.changed();
    }
  }) as ExcelRun;

  /** The analyst types `text` into a cell (an empty text clears it); Excel's change event reaches live mode. */
  userEdit(sheet: string, address: string, text: string): void {
    this.current.excel.userEdit(sheet, address, text);
    this.changed();
  }

  /** The analyst selects a cell: Excel's selection event reaches the pane (the Definitions view hears it). */
  userSelect(sheet: string, address: string): void {
    this.current.excel.userSelect(sheet, address);
  }

  /** Another workbook replaces the open one. */
  open(workbook: DemoWorkbook): void {
    this.current = workbook;
    this.changed();
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
