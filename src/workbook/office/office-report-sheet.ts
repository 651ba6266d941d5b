/**
 * The add-in's own report sheet (the Summary) over the Excel JavaScript API: found by the id the
 * add-in kept (Worksheet.id, stable when the analyst renames it) or added under the first free name,
 * emptied of its earlier tables, charts, cells and formats, then written whole: values, fills and
 * fonts, native tables (TableCollection.add, ExcelApi 1.1) and native charts (ChartCollection.add,
 * ExcelApi 1.1). Three requests: find the sheet (with the names of every table in the workbook,
 * which must be unique: a name taken elsewhere gets a number), list what is on it, write; a large
 * write is split under Excel on the web's 5 MB request limit. No other sheet is written.
 */
import { cellAddress, parseCellRef } from "../cell-address";
import { freeSheetName } from "../free-sheet-name";
import type { ReportSheetContent, ReportSheetTarget, SheetBlock, WorkbookReportSheets } from "../port";
import { utf8Length } from "../utf8-length";
import { globalExcelRun, type ExcelRun } from "./excel-run";
import { RequestBatcher } from "./request-batcher";
import { asTextInput } from "./typed-input";
import { describeExcelError } from "./write-errors";

// Well under Excel on the web's 5 MB per request (docs/excel-fake.md, "Payload limits").
const REQUEST_BUDGET = 4 * 1024 * 1024;

/** A block's address: its top-left cell and as many rows and columns as its widest row. */
export function blockAddress(block: SheetBlock): string {
  const { row, col } = parseCellRef(block.topLeft);
  const width = Math.max(1, ...block.rows.map((cells) => cells.length));
  return `${block.topLeft}:${cellAddress(row + Math.max(1, block.rows.length) - 1, col + width - 1)}`;
}

/** `name`, or `name2`, `name3`... when a table elsewhere in the workbook has it. */
export function freeTableName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  let n = 2;
  while (taken.has(`${name}${n}`.toLowerCase())) n++;
  return `${name}${n}`;
}

/**
 * The sheet an earlier, failed write added: under one of `names`, and empty or holding the content's
 * first cell (the title) where the content puts it. A sheet of the analyst's own under that name holds
 * something else, and is left alone.
 */
async function begunSheet(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  names: readonly string[],
  content: ReportSheetContent,
): Promise<Excel.Worksheet | undefined> {
  const first = content.blocks[0];
  const title = first?.rows[0]?.[0];
  const candidates = names.flatMap((name) => sheets.filter((sheet) => sheet.name.toLowerCase() === name.toLowerCase()));
  if (candidates.length === 0) return undefined;
  const looks = candidates.map((sheet) => ({
    sheet,
    used: sheet.getUsedRangeOrNullObject(true).load("address"),
    corner: first === undefined ? undefined : sheet.getRange(first.topLeft).load("values"),
  }));
  await context.sync();
  return looks.find(
    ({ used, corner }) => used.isNullObject || (title !== undefined && corner?.values[0]?.[0] === title),
  )?.sheet;
}

export class OfficeReportSheets implements WorkbookReportSheets {
  constructor(private readonly run: ExcelRun = globalExcelRun) {}

  async writeReportSheet(
    content: ReportSheetContent,
    target: ReportSheetTarget,
  ): Promise<{ name: string; id: string }> {
    let name = target.names[0] ?? "Report";
    try {
      return await this.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name,items/id");
        // Table names are unique in the whole workbook: a name another sheet's table has is not free.
        const allTables = context.workbook.tables.load("items/name");
        await context.sync();
        const takenTables = new Set(allTables.items.map((table) => table.name.toLowerCase()));
        const owned =
          (target.ownedId === undefined ? undefined : sheets.items.find((sheet) => sheet.id === target.ownedId)) ??
          (target.adoptBegun === true ? await begunSheet(context, sheets.items, target.names, content) : undefined);
        let sheet: Excel.Worksheet;
        if (owned !== undefined) {
          sheet = owned;
          name = owned.name;
          // Everything the add-in put there last time goes: its tables and charts first (clearing
          // cells leaves them), then every cell with its formatting.
          const tables = sheet.tables.load("items/name");
          const charts = sheet.charts.load("items/name");
          await context.sync();
          for (const table of tables.items) {
            takenTables.delete(table.name.toLowerCase());
            table.delete();
          }
          for (const chart of charts.items) chart.delete();
          sheet.getRange().clear();
        } else {
          name = freeSheetName(
            target.names,
            sheets.items.map((s) => s.name),
          );
          sheet = context.workbook.worksheets.add(name);
        }
        const batcher = new RequestBatcher(context, REQUEST_BUDGET);
        for (const block of content.blocks) {
          await batcher.reserve(utf8Length(JSON.stringify(block.rows)) + 100);
          const width = Math.max(1, ...block.rows.map((cells) => cells.length));
          sheet.getRange(blockAddress(block)).values = block.rows.map((cells) =>
            Array.from({ length: width }, (_, i) => {
              const value = cells[i] ?? "";
              return typeof value === "number" ? value : asTextInput(value);
            }),
          );
        }
        for (const format of content.formats) {
          await batcher.reserve(200);
          const range = sheet.getRange(format.address);
          if (format.fill !== undefined) range.format.fill.color = format.fill;
          if (format.fontColor !== undefined) range.format.font.color = format.fontColor;
          if (format.bold !== undefined) range.format.font.bold = format.bold;
        }
        for (const spec of content.tables) {
          await batcher.reserve(200);
          const table = sheet.tables.add(spec.address, true);
          const tableName = freeTableName(spec.name, takenTables);
          takenTables.add(tableName.toLowerCase());
          table.name = tableName;
          table.style = spec.style;
        }
        for (const spec of content.charts) {
          await batcher.reserve(400);
          const chart = sheet.charts.add(spec.type, sheet.getRange(spec.source), spec.seriesBy);
          chart.name = spec.name;
          chart.title.text = spec.title;
          chart.setPosition(spec.from, spec.to);
        }
        sheet.load("name,id");
        await context.sync();
        return { name: sheet.name, id: sheet.id };
      });
    } catch (error) {
      throw describeExcelError(error, [name], "change");
    }
  }
}
