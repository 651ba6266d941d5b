/**
 * Dropdowns over the Excel JavaScript API (data validation, ExcelApi 1.8): reads what validation an
 * area has, writes the reference sheet the lists live on, sets list rules (clearing the area first:
 * Excel's behaviour when a rule is set over cells that have one is unconfirmed, and the workflow has
 * already made sure those cells hold nothing but the add-in's own rule or a rule the analyst agreed
 * to replace) and clears them. Each call is one Excel.run of one or two requests. `invalidCells` asks
 * Excel itself which cells break their rule (`dataValidation.getInvalidCellsOrNullObject`, ExcelApi
 * 1.9; office-js-docs-reference, excel.datavalidation.yml) where the host has it.
 */
import { cellAddress } from "../cell-address";
import type { AreaValidation, CellRef, ListRule, SheetArea, WorkbookDropdowns } from "../port";
import { parseAreasAddress } from "./areas-address";
import { globalExcelRun, hostSupports, type ExcelRun } from "./excel-run";
import { asTextInput } from "./typed-input";
import { describeExcelError } from "./write-errors";

export interface OfficeDropdownsOptions {
  /** Whether the host has getInvalidCellsOrNullObject (ExcelApi 1.9). */
  invalidCellsApi?: () => boolean;
}

function sheetsOf(areas: readonly SheetArea[]): string[] {
  return [...new Set(areas.map((area) => area.sheet))];
}

export class OfficeWorkbookDropdowns implements WorkbookDropdowns {
  private readonly invalidCellsApi: () => boolean;

  constructor(
    private readonly run: ExcelRun = globalExcelRun,
    options: OfficeDropdownsOptions = {},
  ) {
    this.invalidCellsApi = options.invalidCellsApi ?? (() => hostSupports(9));
  }

  async readValidations(areas: readonly SheetArea[]): Promise<AreaValidation[]> {
    if (areas.length === 0) return [];
    return this.run(async (context) => {
      const validations = areas.map((area) =>
        context.workbook.worksheets.getItem(area.sheet).getRange(area.address).dataValidation.load("type,rule"),
      );
      await context.sync();
      return validations.map((validation): AreaValidation => {
        const source = validation.type === "List" ? validation.rule?.list?.source : undefined;
        return typeof source === "string" ? { type: validation.type, source } : { type: validation.type };
      });
    });
  }

  async writeLists(sheet: string, columns: readonly (readonly string[])[]): Promise<void> {
    try {
      await this.run(async (context) => {
        const existing = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        let target: Excel.Worksheet;
        let used: Excel.Range | undefined;
        if (existing.isNullObject) {
          target = context.workbook.worksheets.add(sheet);
          target.visibility = "Hidden";
        } else {
          target = existing;
          used = existing.getUsedRangeOrNullObject(true).load("rowIndex,rowCount,columnIndex,columnCount");
          await context.sync();
          // Empty means a request failed between adding the sheet and filling it, maybe before hiding it:
          // hidden now. One with lists in it stays as the analyst left it (they may have shown it to look).
          if (used.isNullObject) target.visibility = "Hidden";
        }
        // Cover what an earlier, longer list left, so it is emptied.
        const rows = Math.max(
          ...columns.map((column) => column.length),
          used === undefined || used.isNullObject ? 0 : used.rowIndex + used.rowCount,
        );
        const width = Math.max(
          columns.length,
          used === undefined || used.isNullObject ? 0 : used.columnIndex + used.columnCount,
        );
        if (rows === 0 || width === 0) return;
        const values = Array.from({ length: rows }, (_, r) =>
          Array.from({ length: width }, (_, c) => asTextInput(columns[c]?.[r] ?? "")),
        );
        target.getRangeByIndexes(0, 0, rows, width).values = values;
        await context.sync();
      });
    } catch (error) {
      throw describeExcelError(error, [sheet], "change");
    }
  }

  async setListRules(rules: readonly ListRule[]): Promise<void> {
    if (rules.length === 0) return;
    try {
      await this.run(async (context) => {
        for (const rule of rules) {
          const validation = context.workbook.worksheets.getItem(rule.sheet).getRange(rule.address).dataValidation;
          validation.clear();
          validation.rule = { list: { inCellDropDown: true, source: rule.source } };
          validation.errorAlert = { showAlert: true, style: rule.errorStyle, title: rule.title, message: rule.message };
          validation.ignoreBlanks = true;
        }
        await context.sync();
      });
    } catch (error) {
      throw describeExcelError(error, sheetsOf(rules), "change");
    }
  }

  async clearValidations(areas: readonly SheetArea[]): Promise<void> {
    if (areas.length === 0) return;
    try {
      await this.run(async (context) => {
        for (const area of areas)
          context.workbook.worksheets.getItem(area.sheet).getRange(area.address).dataValidation.clear();
        await context.sync();
      });
    } catch (error) {
      throw describeExcelError(error, sheetsOf(areas), "change");
    }
  }

  async deleteSheet(name: string): Promise<void> {
    try {
      await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        await context.sync();
        if (sheet.isNullObject) return;
        sheet.delete();
        await context.sync();
      });
    } catch (error) {
      throw describeExcelError(error, [name], "change");
    }
  }

  async invalidCells(areas: readonly SheetArea[]): Promise<CellRef[] | undefined> {
    if (!this.invalidCellsApi()) return undefined;
    return this.run(async (context) => {
      const found = areas.map((area) => ({
        sheet: area.sheet,
        cells: context.workbook.worksheets
          .getItem(area.sheet)
          .getRange(area.address)
          .dataValidation.getInvalidCellsOrNullObject()
          .load("address"),
      }));
      await context.sync();
      return found.flatMap(({ sheet, cells }) =>
        cells.isNullObject
          ? []
          : parseAreasAddress(cells.address).flatMap((range) => {
              const refs: CellRef[] = [];
              for (let row = range.top; row <= range.bottom; row++)
                for (let column = range.left; column <= range.right; column++)
                  refs.push({ sheet, cell: cellAddress(row, column - 1) });
              return refs;
            }),
      );
    });
  }
}
