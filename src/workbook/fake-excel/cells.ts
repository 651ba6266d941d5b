/**
 * One cell of the fake Excel, typed as Excel holds it: a value (text, number or boolean), an
 * optional formula and a number format. `values` reads the typed value, `text` what Excel shows,
 * and a value written through `values` is read the way Excel reads typed input: "4.10" becomes the
 * number 4.1, "TRUE" a boolean, "=A1" a formula, unless the text starts with an apostrophe or the
 * cell's number format is Text ("@"). The fake does not evaluate formulas: a written formula's value
 * is empty until a test sets one.
 */
import { utf8Length } from "../utf8-length";
import { compileNumberFormat, type NumberFormatter } from "../xlsx/number-format";

export { utf8Length } from "../utf8-length";

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  /** "=..." when the cell holds a formula. */
  formula?: string;
  /** Excel's default is "General". */
  numberFormat?: string;
  /**
   * The cell's fill (Range.format.fill.color): the user's own, kept so a test can show that it
   * survives what the add-in does to the analyst's tabs, or one the add-in sets on its own Summary tab.
   */
  fill?: string;
  /** Range.format.font.bold and .color, set only on the add-in's own Summary tab. */
  bold?: boolean;
  fontColor?: string;
}

/** A cell's formatting (number format, fill, font), which typing and writing values keep. */
export function cellFormatting(
  cell: FakeCell | undefined,
): Partial<Pick<FakeCell, "numberFormat" | "fill" | "bold" | "fontColor">> {
  if (cell === undefined) return {};
  return {
    ...(cell.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat }),
    ...(cell.fill === undefined ? {} : { fill: cell.fill }),
    ...(cell.bold === undefined ? {} : { bold: cell.bold }),
    ...(cell.fontColor === undefined ? {} : { fontColor: cell.fontColor }),
  };
}

/** How a test writes a cell in a workbook spec: displayed text, a typed value, or a full cell. */
export type FakeCellSpec = FakeValue | null | undefined | FakeCell;

export const GENERAL = "General";

export function cellFromSpec(spec: FakeCellSpec): FakeCell | undefined {
  if (spec === null || spec === undefined || spec === "") return undefined;
  if (typeof spec === "object") return { ...spec };
  return { value: spec };
}

const formatters = new Map<string, NumberFormatter>();

function formatterOf(code: string): NumberFormatter {
  let formatter = formatters.get(code);
  if (formatter === undefined) {
    formatter = compileNumberFormat(code, false);
    formatters.set(code, formatter);
  }
  return formatter;
}

/** What Excel shows for the cell (Range.text). */
export function displayText(cell: FakeCell | undefined): string {
  if (cell === undefined) return "";
  const { value } = cell;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const format = cell.numberFormat ?? GENERAL;
  return format === "@" ? String(value) : formatterOf(format)(value);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The cell Excel makes of one entry of a `values` array written to it; undefined leaves the cell
 * empty. `null` means "leave this cell as it is" in Office.js and is handled by the caller.
 */
export function cellFromInput(input: FakeValue, previous: FakeCell | undefined): FakeCell | undefined {
  const numberFormat = previous?.numberFormat;
  // Typing into a cell keeps its format: number format, fill and font.
  const keep = cellFormatting(previous);
  if (typeof input !== "string") return { value: input, ...keep };
  if (input === "") return Object.keys(keep).length === 0 ? undefined : { value: "", ...keep };
  if (input.startsWith("'")) return { value: input.slice(1), ...keep };
  if (numberFormat === "@") return { value: input, ...keep };
  if (input.startsWith("=") && input.length > 1) return { value: "", formula: input, ...keep };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed), ...keep };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true", ...keep };
  const date = dateSerial(trimmed);
  if (date !== undefined) return { value: date.serial, ...keep, numberFormat: keep.numberFormat ?? date.format };
  return { value: input, ...keep };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * Text Excel reads as a date when typed (in an English locale): "May 2024" or "Jan-24" (the 1st of
 * that month, shown "mmm-yy"), "3 March 2024" or "3 Mar" (this year, shown "d-mmm"). Only these
 * shapes are modelled; they are the ones an analyst's text ("May 2024 forecast" is not one) risks.
 */
function dateSerial(text: string): { serial: number; format: string } | undefined {
  const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  const year = (digits: string) => (digits.length === 2 ? 2000 + Number(digits) : Number(digits));
  const serial = (y: number, m: number, d: number) =>
    Math.round((Date.UTC(y, m, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  const monthYear = /^([A-Za-z]{3,9})[\s-]+(\d{2}|\d{4})$/.exec(text);
  if (monthYear !== null && month(monthYear[1] as string) >= 0)
    return { serial: serial(year(monthYear[2] as string), month(monthYear[1] as string), 1), format: "mmm-yy" };
  const dayMonth = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})(?:[\s-]+(\d{2}|\d{4}))?$/.exec(text);
  if (dayMonth !== null && month(dayMonth[2] as string) >= 0) {
    const y = dayMonth[3] === undefined ? new Date().getUTCFullYear() : year(dayMonth[3]);
    return {
      serial: serial(y, month(dayMonth[2] as string), Number(dayMonth[1])),
      format: dayMonth[3] === undefined ? "d-mmm" : "d-mmm-yy",
    };
  }
  return undefined;
}

/** The payload size of a JSON value as Office serialises it. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}
