/**
 * The totals rows of a worksheet's Excel tables (ExcelApi 1.1: Table.showTotals,
 * Table.getTotalRowRange), so the core leaves them out of the check like the .xlsx reader's. The
 * tables are loaded in the request that reads the sheet's first block; only when one shows totals
 * does a second request ask where its totals row is.
 */
import type { SheetGrid } from "../port";

export class TableTotals {
  private readonly tables: Excel.TableCollection;

  /** Queues the load of the sheet's tables into the next request. */
  constructor(
    private readonly context: Excel.RequestContext,
    sheet: Excel.Worksheet,
  ) {
    this.tables = sheet.tables;
    this.queue();
  }

  /** Queues the load again, for a request sent anew after one that failed. */
  queue(): void {
    this.tables.load("items/name,items/showTotals");
  }

  /** After the request: the totals rows, 1-based, in row order. */
  async rows(): Promise<NonNullable<SheetGrid["totalsRows"]>> {
    const shown = this.tables.items.filter((table) => table.showTotals);
    if (shown.length === 0) return [];
    const ranges = shown.map((table) => {
      const range = table.getTotalRowRange();
      range.load("rowIndex");
      return { table: table.name, range };
    });
    await this.context.sync();
    return ranges.map(({ table, range }) => ({ row: range.rowIndex + 1, table })).sort((a, b) => a.row - b.row);
  }
}
