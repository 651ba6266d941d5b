/**
 * The workbook port over the Excel JavaScript API. A sheet is read as displayed text (`Range.text`,
 * so numbers and dates arrive as the analyst sees them) in blocks of rows, one `context.sync()` per
 * block (sheet-blocks.ts reads around Excel's limits where a block breaks one): Excel on the web
 * refuses requests or responses over 5 MB, and a sync per row would take minutes. Excel's errors
 * reach the caller; only a missing sheet is restated with its name.
 */
import type { SheetGrid, WorkbookReader } from "../port";
import { nameMissingSheet } from "./excel-errors";
import { globalExcelRun, hostSupports, type ExcelRun } from "./excel-run";
import { SheetBlocks, type BlockContent } from "./sheet-blocks";
import { TableTotals } from "./table-totals";

/** 5,000 rows of a categorisation sheet (about 20 columns of short text) stay far below 5 MB. */
export const defaultBlockRows = 5000;

/** Excel's last row number. */
const maxRows = 1_048_576;

export interface OfficeWorkbookOptions {
  /** Rows per request; tests shrink it, nobody should raise it. */
  blockRows?: number;
  /** Whether the host has Range.getMergedAreasOrNullObject (ExcelApi 1.13); without it merges read as none. */
  hasMergedAreas?: () => boolean;
}

export class OfficeWorkbookReader implements WorkbookReader {
  private readonly blockRows: number;
  private readonly hasMergedAreas: () => boolean;

  constructor(
    private readonly run: ExcelRun = globalExcelRun,
    options: OfficeWorkbookOptions = {},
  ) {
    this.blockRows = options.blockRows ?? defaultBlockRows;
    // Asked at read time, after Office.onReady; an older host simply reports no merges.
    this.hasMergedAreas = options.hasMergedAreas ?? (() => hostSupports(13));
  }

  /** Every worksheet, hidden ones included, in tab order. */
  sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/position");
      await context.sync();
      return [...worksheets.items].sort((a, b) => a.position - b.position).map((sheet) => sheet.name);
    });
  }

  async readSheet(name: string): Promise<SheetGrid> {
    try {
      return await this.run((context) => this.readIn(context, name));
    } catch (error) {
      throw nameMissingSheet(error, name);
    }
  }

  private async readIn(context: Excel.RequestContext, name: string): Promise<SheetGrid> {
    const sheet = context.workbook.worksheets.getItem(name);
    // Values only: cells that merely carry formatting would stretch the range with empty rows.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount");
    const blocks = new SheetBlocks(context, sheet, this.hasMergedAreas());
    const totals = new TableTotals(context, sheet);
    const size = this.blockRows;
    // The first block travels in the same request as the sheet's extent.
    const first = blocks.queue(0, size);
    let content: BlockContent;
    try {
      await context.sync();
    } catch {
      // The block broke one of Excel's limits, or the sheet is gone: ask for the extent alone (a
      // missing sheet fails again here, with its own error), then read the block carefully.
      used.load("rowIndex,rowCount");
      totals.queue();
      await context.sync();
      content = await blocks.read(0, size);
    }
    content ??= await blocks.settle(first, 0, size);
    const rows = [...content.rows];
    const merges = [...content.merges];
    if (!used.isNullObject) {
      const end = used.rowIndex + used.rowCount;
      const start = Math.max(size, Math.floor(used.rowIndex / size) * size);
      for (let from = start; from < end; from += size) {
        const block = await blocks.read(from, Math.min(size, maxRows - from));
        rows.push(...block.rows);
        merges.push(...block.merges);
      }
    }
    const totalsRows = await totals.rows();
    return totalsRows.length === 0 ? { name, rows, merges } : { name, rows, merges, totalsRows };
  }
}
