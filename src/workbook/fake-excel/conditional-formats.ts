/**
 * Excel.ConditionalFormatCollection and Excel.ConditionalFormat over the fake's sheets, as far as the
 * add-in uses them (office-js-docs-reference, excel.conditionalformatcollection.yml,
 * excel.conditionalformat.yml, excel.customconditionalformat.yml; office-js-docs-pr,
 * excel-add-ins-conditional-formatting.md):
 * - `range.conditionalFormats` (and a RangeAreas') lists the formats that intersect its cells;
 *   `load("items/type")`, `getCount()`;
 * - `add("Custom")` makes a format over the range's (or every area's) cells, whose
 *   `custom.rule.formula` and `custom.format.fill.color` / `font.color` are then set;
 * - a format's `type` (read-only), `custom` (a format of another type has none: the fake refuses,
 *   Excel's exact error is unconfirmed) and `customOrNullObject`, `delete()`, `getRanges()` (1.9).
 * Other types can be given in a workbook spec (a user's own formats) but not added: the add-in never
 * adds them. A loaded item is its position in the collection, as Excel's priority-based id is.
 * Changing priority, stopIfTrue and formula evaluation are not modelled: the add-in sets none of
 * them and the fake does not compute what a cell shows.
 */
import type { CellRange } from "../port";
import { intersects } from "./areas";
import { FakeOfficeError } from "./errors";
import type { FakeConditionalFormat, FakeSheet } from "./model";
import { FakeClientResult, FakeModelObject } from "./model-object";
import { FakeRangeAreas } from "./range";
import {
  ACTION_BYTES,
  FakeClientObject,
  loadNames,
  type FakeRequestContext,
  type LoadSpec,
  type StepOutcome,
} from "./request";
import { writable } from "./writable-sheet";
import { jsonBytes } from "./cells";

/** The cells a collection hangs on: one range, or a RangeAreas' areas. */
export interface CellsTarget {
  sheet: FakeSheet;
  ranges: CellRange[];
}

function sheetOfFormat(context: FakeRequestContext, format: FakeConditionalFormat): FakeSheet {
  const sheet = context.state.sheets.find((s) => s.conditionalFormats.includes(format));
  if (sheet === undefined)
    throw new FakeOfficeError("ItemNotFound", "ConditionalFormat", "the conditional format was deleted");
  return sheet;
}

export class FakeConditionalFormatProxy extends FakeClientObject<FakeConditionalFormat> {
  protected readonly scalarNames = ["type"] as const;

  constructor(
    context: FakeRequestContext,
    private readonly find: () => FakeConditionalFormat,
  ) {
    super(context, "ConditionalFormat", false);
  }

  protected locate(): FakeConditionalFormat {
    const format = this.find();
    sheetOfFormat(this.context, format);
    return format;
  }

  protected scalar(_name: string, format: FakeConditionalFormat): unknown {
    return format.type;
  }

  get type(): string {
    return this.read("type");
  }

  get custom(): FakeModelObject<FakeConditionalFormat> {
    return this.customProxy(false);
  }

  get customOrNullObject(): FakeModelObject<FakeConditionalFormat> {
    return this.customProxy(true);
  }

  private customProxy(nullable: boolean): FakeModelObject<FakeConditionalFormat> {
    const find = (): FakeConditionalFormat | null => {
      const format = this.located();
      if (format.type === "Custom") return format;
      if (nullable) return null;
      throw new FakeOfficeError(
        "InvalidArgument",
        "ConditionalFormat.custom",
        `a ${format.type} conditional format has no custom rule`,
      );
    };
    const sheetOf = (format: FakeConditionalFormat) => sheetOfFormat(this.context, format);
    const custom = new FakeModelObject(this.context, "CustomConditionalFormat", find, {}, { nullable, sheetOf });
    const formula = (value: unknown): string => {
      if (typeof value !== "string" || value.trim() === "")
        throw new FakeOfficeError("InvalidArgument", "ConditionalFormatRule.formula");
      return value;
    };
    const color = (value: unknown): string | null => {
      if (value === null) return null;
      if (typeof value !== "string" || !/^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(value))
        throw new FakeOfficeError("InvalidArgument", "ConditionalRangeFill.color", `color ${JSON.stringify(value)}`);
      return value.startsWith("#") ? value.toUpperCase() : value;
    };
    const rule = new FakeModelObject(
      this.context,
      "ConditionalFormatRule",
      () => custom.target(),
      { formula: { get: (f) => f.formula, set: (f, v) => (f.formula = formula(v)) } },
      { sheetOf },
    );
    const fill = new FakeModelObject(
      this.context,
      "ConditionalRangeFill",
      () => custom.target(),
      { color: { get: (f) => f.fill, set: (f, v) => (f.fill = color(v)) } },
      { sheetOf },
    );
    const font = new FakeModelObject(
      this.context,
      "ConditionalRangeFont",
      () => custom.target(),
      { color: { get: (f) => f.fontColor, set: (f, v) => (f.fontColor = color(v)) } },
      { sheetOf },
    );
    return Object.assign(custom, { rule, format: { fill, font } });
  }

  delete(): void {
    this.context.queue({
      requestBytes: ACTION_BYTES,
      run: () => {
        const format = this.located();
        const sheet = sheetOfFormat(this.context, format);
        writable(sheet, "ConditionalFormat.delete");
        sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(format), 1);
        return { responseBytes: 0, wrote: true };
      },
    });
  }

  /** ExcelApi 1.9: the areas the format applies to. */
  getRanges(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const format = this.located();
        return { sheet: sheetOfFormat(this.context, format), ranges: [...format.ranges] };
      },
      false,
    );
  }
}

export class FakeConditionalFormatCollection extends FakeClientObject<CellsTarget> {
  protected readonly scalarNames = ["type"] as const;

  constructor(
    context: FakeRequestContext,
    private readonly find: () => CellsTarget,
  ) {
    super(context, "ConditionalFormatCollection", false);
  }

  protected locate(): CellsTarget {
    return this.find();
  }

  protected scalar(): unknown {
    throw new Error("fake Excel: a collection's own values are never read");
  }

  private formats(): FakeConditionalFormat[] {
    const { sheet, ranges } = this.located();
    return sheet.conditionalFormats.filter((format) => intersects(format.ranges, ranges));
  }

  get items(): FakeConditionalFormatProxy[] {
    return this.read("items");
  }

  override load(spec?: LoadSpec): this {
    const names = (loadNames(spec) ?? ["items"]).map((name) => name.replace(/^items\//, ""));
    const itemNames = names.filter((name) => name !== "items");
    this.context.queue({ requestBytes: ACTION_BYTES, run: () => this.loadItems(itemNames) });
    return this;
  }

  /**
   * Loaded items are addressed by position: a format's `id` is its priority, which shifts when a
   * format before it is deleted (excel.conditionalformat.yml, `id` and `priority`), so after one
   * delete the item that was fourth stands for the format now fourth, or for none (ItemNotFound).
   * Code deleting several must go from the highest position down.
   */
  private loadItems(names: string[]): StepOutcome {
    for (const name of names) this.checkScalar(name);
    const formats = this.formats();
    if (formats.some((format) => format.loadFails === true))
      throw new FakeOfficeError(
        "GeneralException",
        "ConditionalFormatCollection.load",
        "a rule kind Excel fails to load (office-js #6827)",
      );
    const items = formats.map(
      (_, position) =>
        new FakeConditionalFormatProxy(this.context, () => {
          const format = this.formats()[position];
          if (format === undefined)
            throw new FakeOfficeError(
              "ItemNotFound",
              "ConditionalFormat",
              `no conditional format at position ${position}`,
            );
          return format;
        }),
    );
    const values = formats.map((format) => names.map((name) => [name, format.type] as const));
    return {
      responseBytes: jsonBytes(values) + formats.length * 8,
      deliver: () => {
        items.forEach((item, index) => {
          item.settle(false);
          item.remember(values[index] ?? []);
        });
        this.remember([["items", items]]);
      },
    };
  }

  getCount(): FakeClientResult<number> {
    return new FakeClientResult(this.context, "ConditionalFormatCollection.getCount", () => this.formats().length);
  }

  /** Only "Custom" is modelled: the add-in adds no other type. */
  add(type: string): FakeConditionalFormatProxy {
    if (type !== "Custom") throw new Error(`fake Excel: conditionalFormats.add("${type}") is not modelled`);
    const made: FakeConditionalFormat = { type, ranges: [], formula: "", fill: null, fontColor: null };
    this.context.queue({
      requestBytes: ACTION_BYTES,
      run: () => {
        const { sheet, ranges } = this.located();
        writable(sheet, "ConditionalFormatCollection.add");
        made.ranges = ranges.map((range) => ({ ...range }));
        sheet.conditionalFormats.push(made);
        return { responseBytes: 0, wrote: true };
      },
    });
    return new FakeConditionalFormatProxy(this.context, () => made);
  }
}
