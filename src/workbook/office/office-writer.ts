/**
 * The write port over the Excel JavaScript API. Cells are read and written in runs down a column
 * (one range each), in requests kept under Excel on the web's 5 MB; settings go first in the first
 * request, so a record of what a batch overwrites is in the workbook before any of the batch is. A
 * setting too large for the workbook's settings (a revert record of thousands of cells) is kept in a
 * very hidden sheet, its setting pointing there; a reload keeps both. On ExcelApi 1.20 all requests
 * of one write are one undo step (`mergeUndoGroup`); older hosts lose nothing, they use Revert.
 * Sheets are never added, hidden or deleted inside that group (Excel refuses with UndoNotSupported).
 */
import type { CellContent, CellRef, CellsRead, CellWrite, WorkbookChange, WorkbookWriter, WriteResult } from "../port";
import { cellRuns, chunkRuns, runAddress, type CellRun } from "./cell-runs";
import { excelErrorCode } from "./excel-errors";
import { globalExcelRun, hostSupports, type ExcelRun } from "./excel-run";
import { utf8Length } from "../utf8-length";
import { asTextInput } from "./typed-input";
import { RequestBatcher } from "./request-batcher";
import { describeExcelError } from "./write-errors";

/** Requests are kept well under Excel on the web's 5 MB. */
const requestBudgetBytes = 3 * 1024 * 1024;
/**
 * Cells read per request, far under the 5 MB response for ordinary text; each run of cells costs
 * as much as `readRunCells` cells more, because its object path and load weigh about 500 bytes in
 * office.js's request (OFFICE-FACTS.md): 20,000 scattered cells are four requests of 1.25 MB, not
 * one of 9.9 MB.
 */
const cellsPerRead = 20_000;
const readRunCells = 7;
/**
 * Settings larger than this go to a hidden sheet. Excel refuses settings past about 1 MB in all with
 * InvalidArgument (office-js #3957): 30 history records of up to 16 KB, the index and the add-in's
 * other settings stay near half of that.
 */
export const spillBytes = 16 * 1024;
/** Cells of a spilled record read per request: 16 full cells are about 1.5 MB of UTF-8. */
const spillRowsPerRead = 16;
/** Excel's limit on the text of one cell. */
const cellTextLimit = 32_000;

interface SpillPointer {
  $sheet: string;
  chunks: number;
}

function isSpillPointer(value: unknown): value is SpillPointer {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as SpillPointer).$sheet === "string" &&
    typeof (value as SpillPointer).chunks === "number"
  );
}

/** The hidden sheet holding a large setting: a name from the key, within Excel's 31 characters. */
export function spillSheetName(key: string): string {
  return `~${key}`.slice(0, 31);
}

function contentOf(value: unknown, formula: unknown, numberFormat: unknown, text: unknown): CellContent {
  const typed = typeof value === "number" || typeof value === "boolean" ? value : String(value ?? "");
  const content: CellContent = {
    value: typed,
    numberFormat: String(numberFormat ?? "General"),
    text: String(text ?? ""),
  };
  // Text typed with a leading apostrophe ("'=see notes") reads back through `formulas` as "=see notes"
  // (office-js #6687): a formula is one whose source differs from its value.
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) content.formula = formula;
  return content;
}

/** What goes into `formulas` to put a content back (a constant there is read as typed input, as in `values`). */
function restoreInput(content: CellContent): string | number | boolean {
  if (content.formula !== undefined) return content.formula;
  return typeof content.value === "string" ? asTextInput(content.value) : content.value;
}

/**
 * What office.js sends for one write of a run of cells through `getItem(sheet).getRange(address)`:
 * about 500 bytes of object paths and action (measured with its own client, OFFICE-FACTS.md) and the
 * values as JSON.
 */
export function runRequestBytes(values: ReadonlyArray<string | number | boolean>): number {
  return 500 + values.reduce<number>((sum, value) => sum + utf8Length(JSON.stringify(value)) + 4, 0);
}
/** A single-cell number-format write, about 490 bytes in office.js's request. */
const numberFormatWriteBytes = 490;
/** A setting's add or delete, besides its value. */
const settingWriteBytes = 300;

function inputOf(write: CellWrite): string | number | boolean {
  return "text" in write ? asTextInput(write.text) : restoreInput(write.restore);
}

/** One request: the cells of `chunk`'s runs, each run one range, into `cells` at their positions. */
async function readChunk(
  context: Excel.RequestContext,
  chunk: readonly CellRun[],
  cells: CellContent[],
): Promise<void> {
  const ranges = chunk.map((run) => {
    const range = context.workbook.worksheets.getItem(run.sheet).getRange(runAddress(run));
    range.load("values,formulas,numberFormat,text");
    return { run, range };
  });
  await context.sync();
  for (const { run, range } of ranges) {
    run.indexes.forEach((index, offset) => {
      cells[index] = contentOf(
        range.values[offset]?.[0],
        range.formulas[offset]?.[0],
        range.numberFormat[offset]?.[0],
        range.text[offset]?.[0],
      );
    });
  }
}

export interface OfficeWriterOptions {
  /** Whether the host has ExcelApi 1.20 (one undo step per write); asked of Office by default. */
  undoGroups?: () => boolean;
}

export class OfficeWorkbookWriter implements WorkbookWriter {
  private readonly undoGroups: () => boolean;

  constructor(
    private readonly run: ExcelRun = globalExcelRun,
    options: OfficeWriterOptions = {},
  ) {
    this.undoGroups = options.undoGroups ?? (() => hostSupports(20));
  }

  async readCells(refs: readonly CellRef[]): Promise<CellsRead> {
    const cells: CellContent[] = new Array<CellContent>(refs.length);
    const sheets = [...new Set(refs.map((ref) => ref.sheet))];
    const protectedSheets: string[] = [];
    const chunks = chunkRuns(cellRuns(refs), (run) => readRunCells + run.indexes.length, cellsPerRead);
    let current = "";
    try {
      await this.run(async (context) => {
        const protections = sheets.map((sheet) => {
          current = sheet;
          const protection = context.workbook.worksheets.getItem(sheet).protection;
          protection.load("protected");
          return protection;
        });
        // The first chunk travels with the protection check; a change of a few cells is one request.
        for (const chunk of chunks.length === 0 ? [[]] : chunks) await readChunk(context, chunk, cells);
        protections.forEach((protection, i) => {
          if (protection.protected) protectedSheets.push(sheets[i] as string);
        });
      });
    } catch (error) {
      throw describeExcelError(error, current === "" ? sheets : [current], "read");
    }
    return { cells, protectedSheets };
  }

  async readSettings(keys: readonly string[]): Promise<Record<string, unknown>> {
    return this.run(async (context) => {
      const items = keys.map((key) => {
        const item = context.workbook.settings.getItemOrNullObject(key);
        item.load("value");
        return { key, item };
      });
      await context.sync();
      const found: Record<string, unknown> = {};
      for (const { key, item } of items) {
        if (item.isNullObject) continue;
        const value: unknown = item.value;
        if (!isSpillPointer(value)) {
          found[key] = value;
          continue;
        }
        // A large record is read back in blocks of cells, each response well under Excel on the
        // web's 5 MB (a cell holds up to 32,767 characters, 3 bytes each in UTF-8, more escaped).
        const texts: string[] = [];
        for (let first = 1; first <= Math.max(1, value.chunks); first += spillRowsPerRead) {
          const last = Math.min(Math.max(1, value.chunks), first + spillRowsPerRead - 1);
          const range = context.workbook.worksheets.getItem(value.$sheet).getRange(`A${first}:A${last}`);
          range.load("values");
          // One request per block on purpose: each response must stay under 5 MB.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          for (const row of range.values) texts.push(String(row[0] ?? ""));
        }
        found[key] = JSON.parse(texts.join("")) as unknown;
      }
      return found;
    });
  }

  async write(change: WorkbookChange): Promise<WriteResult> {
    const writes = change.cells;
    const inputs = writes.map(inputOf);
    const runs = cellRuns(writes);
    const formats = writes.flatMap((write) =>
      "restore" in write ? [{ sheet: write.sheet, cell: write.cell, numberFormat: write.restore.numberFormat }] : [],
    );
    const settings = Object.entries(change.settings ?? {});
    const spilled = settings.flatMap(([key, value]) =>
      value !== null && utf8Length(JSON.stringify(value)) > spillBytes ? [key] : [],
    );
    const removed = settings.flatMap(([key, value]) => (value === null ? [key] : []));
    // A Set keeps the order sheets were first written in, which the failure message names them by.
    const touched = new Set<string>();
    try {
      // Sheets are added, hidden and deleted outside the grouped run: inside one they throw
      // UndoNotSupported on Windows and Mac (excel-add-ins-undo-capabilities.md).
      if (spilled.length > 0) await this.run((context) => this.addSpillSheets(context, spilled));
      await this.grouped(async (context) => {
        touched.clear();
        const batcher = new RequestBatcher(context, requestBudgetBytes);
        for (const [key, value] of settings) await this.queueSetting(batcher, key, value);
        for (const run of runs) {
          await batcher.reserve(
            runRequestBytes(run.indexes.map((index) => inputs[index] as string | number | boolean)),
          );
          touched.add(run.sheet);
          this.queueRun(context, run, writes, inputs);
        }
        // Number formats are put back after the values, which could have changed them.
        for (const format of formats) {
          await batcher.reserve(numberFormatWriteBytes + utf8Length(format.numberFormat));
          context.workbook.worksheets.getItem(format.sheet).getRange(format.cell).numberFormat = [
            [format.numberFormat],
          ];
        }
        await batcher.flush();
      });
      // Last, once nothing points at them any more: a failure here leaves a hidden sheet, never a lost record.
      if (removed.length > 0) await this.run((context) => this.removeSpills(context, removed));
    } catch (error) {
      throw describeExcelError(
        error,
        touched.size > 0 ? [...touched] : [...new Set(writes.map((write) => write.sheet))],
        "change",
      );
    }
    return { skipped: [] };
  }

  /**
   * One write as one undo step where the host has it (`mergeUndoGroup`, ExcelApi 1.20). Should Excel
   * refuse something inside the group with UndoNotSupported, the write runs again without grouping:
   * it writes the same cells and settings, so running it twice is harmless.
   */
  private async grouped(batch: (context: Excel.RequestContext) => Promise<void>): Promise<void> {
    if (!this.undoGroups()) return this.run(batch);
    try {
      await this.run({ mergeUndoGroup: true }, batch);
    } catch (error) {
      if (excelErrorCode(error) !== "UndoNotSupported") throw error;
      await this.run(batch);
    }
  }

  private queueRun(
    context: Excel.RequestContext,
    run: CellRun,
    writes: readonly CellWrite[],
    inputs: ReadonlyArray<string | number | boolean>,
  ): void {
    const range = context.workbook.worksheets.getItem(run.sheet).getRange(runAddress(run));
    const column = run.indexes.map((index) => [inputs[index] as string | number | boolean]);
    const restores = run.indexes.some((index) => "restore" in (writes[index] as CellWrite));
    // `formulas` puts a formula back as a formula and reads constants exactly as `values` would.
    if (restores) range.formulas = column;
    else range.values = column;
  }

  private async queueSetting(batcher: RequestBatcher, key: string, value: unknown): Promise<void> {
    const context = batcher.context;
    if (value === null) {
      await batcher.reserve(settingWriteBytes);
      context.workbook.settings.getItemOrNullObject(key).delete();
      return;
    }
    const json = JSON.stringify(value);
    const size = utf8Length(json);
    if (size <= spillBytes) {
      await batcher.reserve(settingWriteBytes + size);
      context.workbook.settings.add(key, value as string);
      return;
    }
    // Too large for settings: the JSON goes down column A of its very hidden sheet (added before this
    // run), formatted as text, in as many requests as its size needs; the pointing setting goes last.
    const name = spillSheetName(key);
    const pieces: string[] = [];
    for (let at = 0; at < json.length; at += cellTextLimit) pieces.push(json.slice(at, at + cellTextLimit));
    for (const [index, piece] of pieces.entries()) {
      await batcher.reserve(numberFormatWriteBytes + runRequestBytes([piece]));
      const cell = context.workbook.worksheets.getItem(name).getRange(`A${index + 1}`);
      cell.numberFormat = [["@"]];
      cell.values = [[piece]];
    }
    await batcher.reserve(settingWriteBytes + 100);
    context.workbook.settings.add(key, {
      $sheet: name,
      chunks: pieces.length,
    } satisfies SpillPointer as unknown as string);
  }

  /** The very hidden sheets for large settings, added where missing (one left by a failed write is reused). */
  private async addSpillSheets(context: Excel.RequestContext, keys: readonly string[]): Promise<void> {
    const sheets = keys.map((key) => ({
      name: spillSheetName(key),
      sheet: context.workbook.worksheets.getItemOrNullObject(spillSheetName(key)),
    }));
    await context.sync();
    for (const { name, sheet } of sheets) {
      if (!sheet.isNullObject) continue;
      context.workbook.worksheets.add(name).visibility = "VeryHidden";
    }
    await context.sync();
  }

  /**
   * Deletes the hidden sheets of removed large settings. A very hidden sheet cannot be deleted
   * (Worksheet.delete fails with InvalidOperation, excel.worksheet.yml; office-js #365): each is made
   * Hidden first, in the same request.
   */
  private async removeSpills(context: Excel.RequestContext, keys: readonly string[]): Promise<void> {
    const sheets = keys.map((key) =>
      context.workbook.worksheets.getItemOrNullObject(spillSheetName(key)).load("visibility"),
    );
    await context.sync();
    for (const sheet of sheets) {
      if (sheet.isNullObject) continue;
      if (sheet.visibility === "VeryHidden") sheet.visibility = "Hidden";
      sheet.delete();
    }
    await context.sync();
  }
}
