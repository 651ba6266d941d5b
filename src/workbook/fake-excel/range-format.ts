/**
 * Excel.RangeFormat, RangeFill and RangeFont (ExcelApi 1.1; office-js-docs-reference,
 * excel.rangeformat.yml, excel.rangefill.yml, excel.rangefont.yml), as far as the add-in's Summary
 * tab uses them: `format.fill.color` and `format.font.bold` / `.color` set on every cell of the
 * range and read back (null when the cells differ, as Excel reports a mixed range), and
 * `format.autofitColumns()` (ExcelApi 1.2), accepted and recorded as a request action only: the fake
 * has no column widths. A protected sheet refuses the writes.
 */
import { cellFormatting, type FakeCell } from "./cells";
import { FakeOfficeError } from "./errors";
import { FakeModelObject } from "./model-object";
import type { RangeTarget } from "./range";
import { ACTION_BYTES, type FakeRequestContext } from "./request";

/** "#RRGGBB" or an HTML colour name, as Excel takes them. */
function checkedColor(value: unknown, location: string): string {
  if (typeof value === "string" && (/^#[0-9A-Fa-f]{6}$/.test(value) || /^[A-Za-z]+$/.test(value))) return value;
  throw new FakeOfficeError("InvalidArgument", location, `colour ${JSON.stringify(value)}`);
}

/** Every cell of the target, made when empty so it can carry formatting. */
function eachCell(target: RangeTarget, change: (cell: FakeCell) => FakeCell): void {
  const { sheet, range } = target;
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++)
      sheet.setCell(row, column, change(sheet.cell(row, column) ?? { value: "" }));
  }
}

/** The one value every cell has, or null when they differ. */
function uniform(target: RangeTarget, read: (cell: FakeCell | undefined) => unknown): unknown {
  const values = new Set(target.sheet.grid(target.range, read).flat());
  return values.size === 1 ? [...values][0] : null;
}

export class FakeRangeFormat {
  readonly fill: FakeModelObject<RangeTarget>;
  readonly font: FakeModelObject<RangeTarget>;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly target: () => RangeTarget,
  ) {
    const sheetOf = (t: RangeTarget): RangeTarget["sheet"] => t.sheet;
    this.fill = new FakeModelObject(
      context,
      "RangeFill",
      target,
      {
        color: {
          get: (t) => uniform(t, (cell) => cell?.fill ?? "#FFFFFF"),
          set: (t, value) => {
            const color = checkedColor(value, "RangeFill.color");
            eachCell(t, (cell) => ({ ...cell, fill: color }));
          },
        },
      },
      { sheetOf },
    );
    this.font = new FakeModelObject(
      context,
      "RangeFont",
      target,
      {
        bold: {
          get: (t) => uniform(t, (cell) => cell?.bold ?? false),
          set: (t, value) => {
            if (typeof value !== "boolean")
              throw new FakeOfficeError("InvalidArgument", "RangeFont.bold", JSON.stringify(value));
            eachCell(t, (cell) => ({ ...cell, bold: value }));
          },
        },
        color: {
          get: (t) => uniform(t, (cell) => cell?.fontColor ?? "#000000"),
          set: (t, value) => {
            const color = checkedColor(value, "RangeFont.color");
            eachCell(t, (cell) => ({ ...cell, fontColor: color }));
          },
        },
      },
      { sheetOf },
    );
  }

  /** ExcelApi 1.2; the fake keeps no column widths, so only the call is recorded. */
  autofitColumns(): void {
    this.context.queue({
      requestBytes: ACTION_BYTES,
      run: () => {
        if (this.context.state.apiVersion < 2) throw new FakeOfficeError("ApiNotFound", "RangeFormat.autofitColumns");
        this.target();
        return { responseBytes: 0 };
      },
    });
  }
}

/** The formatting of one cell as a test reads it. */
export function formattingOf(cell: FakeCell | undefined): {
  fill: string | null;
  bold: boolean;
  fontColor: string | null;
} {
  const format = cellFormatting(cell);
  return { fill: format.fill ?? null, bold: format.bold ?? false, fontColor: format.fontColor ?? null };
}
