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

const kinds: Record<string, LiveChange["kind"] | undefined> = {
  RangeEdited: "edited",
  RowInserted: "inserted",
  RowDeleted: "deleted",
  ColumnInserted: "reshaped",
  ColumnDeleted: "reshaped",
};

/**
 * Cells inserted or deleted: shifting right or left, only the range's rows changed; shifting down
 * or up, every cell below it in its columns moved to another row. Before ExcelApi 1.14 the event
 * does not say which (changeDirectionState), so the tab is read again as for a shift down.
 */
function cellsShifted(args: Excel.WorksheetChangedEventArgs): LiveChange["kind"] {
  const direction = (args as { changeDirectionState?: Partial<Excel.ChangeDirectionState> }).changeDirectionState;
  const shift = String(direction?.insertShiftDirection ?? direction?.deleteShiftDirection ?? "");
  return shift === "Right" || shift === "Left" ? "edited" : "reshaped";
}

/** Column changes come with whole-column addresses ("C:D"); they concern every row. */
const everyRow = { first: 1, last: 1_048_576 };

export class OfficeLiveWorkbook implements LiveWorkbook {
  private names = new Map<string, string>();

  constructor(private readonly run: ExcelRun = globalExcelRun) {}

  /**
   * Registers the event handlers; `stop` removes them, through the request context that added them
   * (`Excel.run(result.context, ...)`, excel-add-ins-events.md): a handler left registered caused
   * internal errors on large writes on the web (office-js #539).
   */
  async watch(
    onChange: (change: LiveChange) => void,
    onSelection: (sheet: string, row: number) => void,
  ): Promise<{ stop: () => Promise<void> }> {
    await this.refreshNames();
    let active = true;
    const handlers = await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const changed = sheets.onChanged.add(async (args: Excel.WorksheetChangedEventArgs) => {
        if (!active) return;
        const sheet = await this.nameOf(args.worksheetId);
        const type = String(args.changeType);
        const kind = type === "CellInserted" || type === "CellDeleted" ? cellsShifted(args) : kinds[type];
        const span = kind === "reshaped" ? everyRow : rowSpan(args.address);
        if (sheet === undefined || span === undefined || kind === undefined) return;
        const trigger = (args as { triggerSource?: string }).triggerSource;
        onChange({
          sheet,
          ...span,
          kind,
          remote: String(args.source) === "Remote",
          ownWrite: trigger === undefined ? undefined : trigger === "ThisLocalAddin",
        });
      });
      const selection = sheets.onSelectionChanged.add(async (args: Excel.WorksheetSelectionChangedEventArgs) => {
        if (!active) return;
        const sheet = await this.nameOf(args.worksheetId);
        const span = rowSpan(args.address);
        if (sheet !== undefined && span !== undefined) onSelection(sheet, span.first);
      });
      await context.sync();
      return [changed, selection];
    });
    return {
      stop: async () => {
        if (!active) return;
        active = false;
        const first = handlers[0] as OfficeExtension.EventHandlerResult<unknown>;
        await this.run(first.context, async (context) => {
          for (const handler of handlers) handler.remove();
          await context.sync();
        });
      },
    };
  }

  async readRows(sheet: string, first: number, last: number, settingKeys: readonly string[] = []): Promise<RowsRead> {
    try {
      return await this.run(async (context) => {
        const rows = context.workbook.worksheets
          .getItem(sheet)
          .getRange(`${first}:${last}`)
          .getUsedRangeOrNullObject(true);
        rows.load("text,numberFormat,rowIndex,columnIndex");
        const items = settingKeys.map((key) => ({
          key,
          item: context.workbook.settings.getItemOrNullObject(key).load("value"),
        }));
        await context.sync();
        const settings = Object.fromEntries(
          items.flatMap(({ key, item }) => (item.isNullObject ? [] : [[key, item.value as unknown]])),
        );
        if (rows.isNullObject) return { rows: [], numberFormats: {}, settings };
        const numberFormats: Record<string, string> = {};
        rows.numberFormat.forEach((line, r) =>
          line.forEach((format, c) => {
            if (format !== "General")
              numberFormats[cellAddress(rows.rowIndex + r + 1, rows.columnIndex + c)] = String(format);
          }),
        );
        return { rows: gridRowsOfBlock(rows.text, rows.rowIndex, rows.columnIndex), numberFormats, settings };
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
