/**
 * The workbook port over the Excel JavaScript API. A sheet is read as displayed text (`Range.text`,
 * so numbers and dates arrive as the analyst sees them) in blocks of rows, one `context.sync()` per
 * block: Excel on the web refuses requests or responses over 5 MB, and a sync per row would take
 * minutes. Excel's errors reach the caller; only a missing sheet is restated with its name.
 */
import type { GridRow, SheetGrid, WorkbookReader } from "../port";
import { parseAreasAddress } from "./areas-address";
import { gridRowsOfBlock } from "./block-rows";
import { nameMissingSheet } from "./excel-errors";
import { globalExcelRun, type ExcelRun } from "./excel-run";

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

/** Asked at read time, after Office.onReady; an older host simply reports no merges. */
function hostHasMergedAreas(): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", "1.13");
}

/**
 * The used part of the sheet's rows [first, first + count), 0-based, queued for loading. Blocks are
 * aligned to sheet rows rather than to the used range, so the first block can be queued before
 * anything about the sheet is known and travel in the same request as the sheet's extent.
 */
function queueBlock(sheet: Excel.Worksheet, first: number, count: number): Excel.Range {
  const last = Math.min(first + count, maxRows);
  const block = sheet.getRange(`${first + 1}:${last}`).getUsedRangeOrNullObject(true);
  block.load("text,rowIndex,columnIndex");
  return block;
}

function rowsOf(block: Excel.Range): GridRow[] {
  return block.isNullObject ? [] : gridRowsOfBlock(block.text, block.rowIndex, block.columnIndex);
}

/** One request for one block: the sync sits here so that no loop ever syncs per row or per cell. */
async function readBlock(context: Excel.RequestContext, sheet: Excel.Worksheet, first: number, count: number): Promise<GridRow[]> {
  const block = queueBlock(sheet, first, count);
  await context.sync();
  return rowsOf(block);
}

export class OfficeWorkbookReader implements WorkbookReader {
  private readonly blockRows: number;
  private readonly hasMergedAreas: () => boolean;

  constructor(
    private readonly run: ExcelRun = globalExcelRun,
    options: OfficeWorkbookOptions = {},
  ) {
    this.blockRows = options.blockRows ?? defaultBlockRows;
    this.hasMergedAreas = options.hasMergedAreas ?? hostHasMergedAreas;
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
    const merged = this.hasMergedAreas() ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
    merged?.load("address");
    const firstBlock = queueBlock(sheet, 0, this.blockRows);
    await context.sync();

    const rows = rowsOf(firstBlock);
    if (!used.isNullObject) {
      const size = this.blockRows;
      const end = used.rowIndex + used.rowCount;
      const start = Math.max(size, Math.floor(used.rowIndex / size) * size);
      for (let first = start; first < end; first += size) {
        rows.push(...(await readBlock(context, sheet, first, size)));
      }
    }
    const merges = merged === undefined || merged.isNullObject ? [] : parseAreasAddress(merged.address);
    return { name, rows, merges };
  }
}
