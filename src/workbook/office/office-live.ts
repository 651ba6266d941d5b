/**
 * Live mode's port over the Excel JavaScript API: the workbook's onChanged and onSelectionChanged
 * events (ExcelApi 1.9), translated to sheet names and row spans, and reading a span of rows (text
 * and number formats) in one request. Events name sheets by id, so the ids are looked up once and
 * again when an unknown one appears (a sheet added or renamed since).
 */
import { tryParseRange } from "../cell-address";
import { cellAddress } from "../cell-address";
import type { LiveChange, LiveWorkbook, RowsRead } from "../port";
import { gridRowsOfBlock } from "./block-rows";
import { globalExcelRun, type ExcelRun } from "./excel-run";
import { describeExcelError } from "./write-errors";

/** Rows from an event address: "B3:D9" -> 3..9; "5:7" (whole rows) -> 5..7. */
export function rowSpan(address: string): { first: number; last: number } | undefined {
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows !== null) return { first: Number(rows[1]), last: Number(rows[2]) };
  const range = tryParseRange(bare);
  return range === undefined ? undefined : { first: range.top, last: range.bottom };
}

const kinds: Record<string, LiveChange["kind"] | undefined> = { RangeEdited: "edited", RowInserted: "inserted", RowDeleted: "deleted", CellInserted: "edited", CellDeleted: "edited" };

export class OfficeLiveWorkbook implements LiveWorkbook {
  private names = new Map<string, string>();

  constructor(private readonly run: ExcelRun = globalExcelRun) {}

  async watch(onChange: (change: LiveChange) => void, onSelection: (sheet: string, row: number) => void): Promise<{ stop: () => Promise<void> }> {
    await this.refreshNames();
    const registered = await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const changed = sheets.onChanged.add(async (args: Excel.WorksheetChangedEventArgs) => {
        const sheet = await this.nameOf(args.worksheetId);
        const span = rowSpan(args.address);
        const kind = kinds[String(args.changeType)];
        if (sheet === undefined || span === undefined || kind === undefined) return;
        const trigger = (args as { triggerSource?: string }).triggerSource;
        onChange({ sheet, ...span, kind, remote: String(args.source) === "Remote", ownWrite: trigger === undefined ? undefined : trigger === "ThisLocalAddin" });
      });
      const selected = sheets.onSelectionChanged.add(async (args: Excel.WorksheetSelectionChangedEventArgs) => {
        const sheet = await this.nameOf(args.worksheetId);
        const span = rowSpan(args.address);
        if (sheet !== undefined && span !== undefined) onSelection(sheet, span.first);
      });
      await context.sync();
      return [changed, selected];
    });
    return {
      stop: () =>
        this.run(async (context) => {
          // A handler is removed through the context that added it (Office.js); the fake allows either.
          for (const handler of registered) handler.remove();
          await context.sync();
        }),
    };
  }

  async readRows(sheet: string, first: number, last: number): Promise<RowsRead> {
    try {
      return await this.run(async (context) => {
        const rows = context.workbook.worksheets.getItem(sheet).getRange(`${first}:${last}`).getUsedRangeOrNullObject(true);
        rows.load("text,numberFormat,rowIndex,columnIndex");
        await context.sync();
        if (rows.isNullObject) return { rows: [], numberFormats: {} };
        const numberFormats: Record<string, string> = {};
        rows.numberFormat.forEach((line, r) =>
          line.forEach((format, c) => {
            if (format !== "General") numberFormats[cellAddress(rows.rowIndex + r + 1, rows.columnIndex + c)] = String(format);
          }),
        );
        return { rows: gridRowsOfBlock(rows.text, rows.rowIndex, rows.columnIndex), numberFormats };
      });
    } catch (error) {
      throw describeExcelError(error, [sheet], "read");
    }
  }

  private async nameOf(id: string): Promise<string | undefined> {
    if (!this.names.has(id)) await this.refreshNames();
    return this.names.get(id);
  }

  private async refreshNames(): Promise<void> {
    this.names = await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/id,items/name");
      await context.sync();
      return new Map(sheets.items.map((item) => [item.id, item.name]));
    });
  }
}
