/**
 * Highlights over the Excel JavaScript API, as conditional formats the add-in owns.
 *
 * Why conditional formats and not saved-and-restored formats: a conditional format is drawn over a
 * cell without changing the cell's own fill, font or borders, so highlighting never reads, stores or
 * rewrites the analyst's formatting and Clear cannot restore it wrongly. Saving formats first would
 * mean loading fill, font and eight borders of every flagged cell (10,000 cells is tens of thousands
 * of proxies and a response of megabytes), and the API cannot give back everything a cell can carry
 * (theme colours with tints, pattern and gradient fills), so "restore" would not be exact; and a
 * record of it would outgrow the settings. The analyst's own conditional formats are left alone:
 * only formats the add-in recognises as its own are ever deleted.
 *
 * Recognising its own: a conditional format has no tag and its id is its priority, which changes
 * (docs/excel-fake.md), so the add-in's formats carry their tag in their formula, which is always TRUE:
 * `=ISTEXT("CER add-in highlight: error")`. It travels with the file, reads plainly in Excel's
 * Manage Rules, and a copy the analyst pasted elsewhere is recognised and cleared too.
 *
 * Requests: the sheets' names, then their formats' types, then the formulas of the custom ones, then
 * the deletions of the old marks and the adds of the new ones: per sheet and colour, one format per
 * RangeAreas address of at most 4,000 characters (areas-chunks.ts; without RangeAreas, one per run of
 * cells), every request kept under 3 MB. 10,000 scattered cells are a few dozen formats with
 * RangeAreas, and as many formats as runs without.
 */
import type { HighlightLayer, HighlightOutcome, WorkbookFormatter } from "../port";
import { areasAddresses } from "./areas-chunks";
import { globalExcelRun, hostSupports, type ExcelRun } from "./excel-run";
import { RequestBatcher } from "./request-batcher";
import { describeExcelError } from "./write-errors";

const MARK = /^=ISTEXT\("CER add-in highlight: ([^"]*)"\)$/;

/**
 * The add-in's own: its tagged formula, or no formula at all. Excel's Manage Rules cannot save a
 * custom rule without a formula, so one without is the residue of the add-in's own add whose request
 * failed between `add("Custom")` and setting the formula; it is cleared with the rest.
 */
function isAddInsOwn(formula: string | null | undefined): boolean {
  return formula === null || formula === undefined || formula.trim() === "" || MARK.test(formula);
}

export function highlightFormula(tag: string): string {
  return `=ISTEXT("CER add-in highlight: ${tag.replace(/"/g, "")}")`;
}

/** Requests are kept well under Excel on the web's 5 MB. */
const requestBudgetBytes = 3 * 1024 * 1024;
/** A format's add with its formula and fill, about 1,500 bytes and its address in office.js's request. */
const conditionalFormatAddBytes = 1500;
/**
 * Loading a listed format's formula, and deleting one: about 575 and 290 bytes each in office.js's
 * requests (bench/largest-requests.ts at 100,000 rows). A listed format costs nothing until a
 * request uses it: office.js makes the items of a response without Instantiate actions.
 */
const formulaLoadBytes = 600;
const formatDeleteBytes = 600;

interface SheetFormats {
  name: string;
  protection: Excel.WorksheetProtection;
  /** Undefined when Excel failed to list them. */
  formats: Excel.ConditionalFormatCollection | undefined;
}

export interface OfficeFormatterOptions {
  /** Whether the host has Worksheet.getRanges (ExcelApi 1.9); without it each run of cells gets its own format. */
  rangeAreas?: () => boolean;
}

export class OfficeWorkbookFormatter implements WorkbookFormatter {
  private readonly rangeAreas: () => boolean;

  constructor(
    private readonly run: ExcelRun = globalExcelRun,
    options: OfficeFormatterOptions = {},
  ) {
    this.rangeAreas = options.rangeAreas ?? (() => hostSupports(9));
  }

  async replaceHighlights(layers: readonly HighlightLayer[]): Promise<HighlightOutcome> {
    const outcome: HighlightOutcome = { removed: 0, marked: 0, protectedSheets: [] };
    const wanted = [...new Set(layers.map((layer) => layer.sheet))];
    try {
      await this.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const sheets = await this.listFormats(context, worksheets.items);
        const unread = sheets.filter((sheet) => sheet.formats === undefined).map((sheet) => sheet.name);
        if (unread.length > 0) outcome.unreadSheets = unread;
        // One request per 3 MB: a sheet highlighted without RangeAreas (ExcelApi 1.7, 1.8) holds a
        // format per run of cells, and 24,000 formulas loaded at once are a 12 MB request.
        const batcher = new RequestBatcher(context, requestBudgetBytes);
        const customs: Array<{ sheet: string; format: Excel.ConditionalFormat; rule: Excel.ConditionalFormatRule }> =
          [];
        for (const sheet of sheets) {
          for (const format of sheet.formats?.items ?? []) {
            if (format.type !== "Custom") continue;
            await batcher.reserve(formulaLoadBytes);
            customs.push({ sheet: sheet.name, format, rule: format.custom.rule.load("formula") });
          }
        }
        await batcher.flush();
        // A protected sheet can be neither marked nor cleared: it is named, and left as it is.
        const locked = new Set(sheets.filter((sheet) => sheet.protection.protected).map((sheet) => sheet.name));
        const blocked = new Set(wanted.filter((name) => locked.has(name)));
        // A loaded format is addressed by its id, which is its priority: deleting one shifts those
        // after it (excel.conditionalformat.yml). From the highest position down, none has moved yet,
        // in this request or the ones before it.
        for (const { sheet, format, rule } of [...customs].reverse()) {
          if (!isAddInsOwn(rule.formula)) continue;
          if (locked.has(sheet)) {
            blocked.add(sheet);
            continue;
          }
          await batcher.reserve(formatDeleteBytes);
          format.delete();
          outcome.removed++;
        }
        outcome.protectedSheets = [...blocked];
        // One request per 3 MB of marks, so a large highlight stays under Excel on the web's 5 MB.
        const areas = this.rangeAreas();
        for (const layer of layers) {
          if (locked.has(layer.sheet)) continue;
          const sheet = worksheets.getItem(layer.sheet);
          const addresses = areasAddresses(layer.sheet, layer.cells, areas ? undefined : 1, areas ? undefined : 1);
          for (const address of addresses) {
            await batcher.reserve(conditionalFormatAddBytes + address.length);
            const format = (areas ? sheet.getRanges(address) : sheet.getRange(address)).conditionalFormats.add(
              "Custom",
            );
            format.custom.rule.formula = highlightFormula(layer.tag);
            format.custom.format.fill.color = layer.fill;
          }
          outcome.marked += layer.cells.length;
        }
        await batcher.flush();
      });
    } catch (error) {
      throw describeExcelError(error, wanted, "change");
    }
    return outcome;
  }

  /**
   * Every sheet's protection and conditional formats' types, in one request. Loading some kinds of
   * user rule throws (office-js #6827, #6835, open): then each sheet is asked on its own, and a sheet
   * Excel cannot list is left out rather than blocking the others.
   */
  private async listFormats(
    context: Excel.RequestContext,
    worksheets: readonly Excel.Worksheet[],
  ): Promise<SheetFormats[]> {
    const queue = (sheet: Excel.Worksheet): SheetFormats => ({
      name: sheet.name,
      protection: sheet.protection.load("protected"),
      formats: sheet.getRange().conditionalFormats.load("items/type"),
    });
    try {
      const sheets = worksheets.map(queue);
      await context.sync();
      return sheets;
    } catch {
      const sheets: SheetFormats[] = [];
      for (const worksheet of worksheets) {
        const sheet = queue(worksheet);
        try {
          // One request per sheet on purpose: a failing one must fail alone.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        } catch {
          sheet.formats = undefined;
          sheet.protection = worksheet.protection.load("protected");
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        }
        sheets.push(sheet);
      }
      return sheets;
    }
  }
}
