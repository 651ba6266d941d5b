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
  private registered = false;
  private listener: { onChange: (change: LiveChange) => void; onSelection: (sheet: string, row: number) => void } | undefined;

  constructor(private readonly run: ExcelRun = globalExcelRun) {}

  /**
   * Registers the event handlers once per adapter and hands each event to the current listener;
   * `stop` only drops the listener. (Office.js removes a handler only through the request context
   * that added it, `Excel.run(result.context, ...)`, which a later run does not have.)
   */
  async watch(onChange: (change: LiveChange) => void, onSelection: (sheet: string, row: number) => void): Promise<{ stop: () => Promise<void> }> {
    const listener = { onChange, onSelection };
    this.listener = listener;
    if (!this.registered) {
      await this.refreshNames();
      await this.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.onChanged.add(async (args: Excel.WorksheetChangedEventArgs) => {
          const current = this.listener;
          if (current === undefined) return;
          const sheet = await this.nameOf(args.worksheetId);
          const span = rowSpan(args.address);
          const kind = kinds[String(args.changeType)];
          if (sheet === undefined || span === undefined || kind === undefined) return;
          const trigger = (args as { triggerSource?: string }).triggerSource;
          current.onChange({ sheet, ...span, kind, remote: String(args.source) === "Remote", ownWrite: trigger === undefined ? undefined : trigger === "ThisLocalAddin" });
        });
        sheets.onSelectionChanged.add(async (args: Excel.WorksheetSelectionChangedEventArgs) => {
          const current = this.listener;
          if (current === undefined) return;
          const sheet = await this.nameOf(args.worksheetId);
          const span = rowSpan(args.address);
          if (sheet !== undefined && span !== undefined) current.onSelection(sheet, span.first);
        });
        await context.sync();
      });
      this.registered = true;
    }
    return {
      stop: async () => {
        if (this.listener === listener) this.listener = undefined;
      },
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
