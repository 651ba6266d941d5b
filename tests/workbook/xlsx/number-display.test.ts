/** Numbers, dates and number formats turned into the text Excel shows. */
import fc from "fast-check";
import { formatDateSerial, formatIsoDateCell } from "../../../src/workbook/xlsx/date-serial";
import { fixedDecimals, formatGeneral, plainDecimal } from "../../../src/workbook/xlsx/general-number";
import { compileNumberFormat, formatterForId } from "../../../src/workbook/xlsx/number-format";

describe("General display", () => {
  it.each([
    [4.3, "4.3"],
    [Number("4.2999999999999998"), "4.3"], // as Excel writes 4.3 computed with binary noise
    [2.1, "2.1"],
    [0.1 + 0.2, "0.3"],
    [5, "5"],
    [-5, "-5"],
    [0, "0"],
    [-0, "0"],
    [1e-3, "0.001"],
    [1.5e-7, "0.00000015"],
    [123456789012, "123456789012"],
    [1e15, "1000000000000000"],
    [Number("1234567890123456789"), "1234567890123460000"],
    [Number("0.1234567890123456789"), "0.123456789012346"],
    [-12.75, "-12.75"],
    [1.5e21, "1.5E+21"],
    [2e-16, "2E-16"],
  ])("%p shows as %s", (value, shown) => expect(formatGeneral(value)).toBe(shown));

  it("never shows an exponent for ordinary magnitudes and keeps at most 15 significant digits", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e15, max: 1e15, noNaN: true }).filter((v) => v === 0 || Math.abs(v) >= 1e-9),
        (value) => {
          const shown = formatGeneral(value);
          expect(shown).not.toMatch(/e/i);
          expect(
            shown
              .replace(/^-?0*\.?0*/, "")
              .replace(/\./, "")
              .replace(/0+$/, "").length,
          ).toBeLessThanOrEqual(15);
          expect(Number(shown)).toBe(Number(value.toPrecision(15)));
        },
      ),
    );
  });

  it("writes exponent notation out in full", () => {
    expect(plainDecimal(1.5e-7)).toBe("0.00000015");
    expect(plainDecimal(-2.5e20)).toBe("-250000000000000000000");
    expect(plainDecimal(42)).toBe("42");
  });
});

describe("fixed decimals", () => {
  it.each([
    [2.1, 2, false, "2.10"],
    [1.005, 2, false, "1.01"],
    [2.5, 0, false, "3"],
    [0.5, 0, false, "1"],
    [9.995, 2, false, "10.00"],
    [999999.5, 0, true, "1,000,000"],
    [1234567.891, 2, true, "1,234,567.89"],
    [0.001, 2, false, "0.00"],
    [-1.005, 2, false, "1.01"],
    [12, 3, true, "12.000"],
  ])("%p with %i decimals (thousands %p) is %s", (value, decimals, thousands, shown) => {
    expect(fixedDecimals(value, decimals, thousands)).toBe(shown);
  });
});

const DATE = { date: true, time: false, seconds: false, elapsedHours: false };
const DATE_TIME = { date: true, time: true, seconds: false, elapsedHours: false };
const DATE_TIME_SECONDS = { date: true, time: true, seconds: true, elapsedHours: false };
const TIME = { date: false, time: true, seconds: false, elapsedHours: false };

describe("date serials", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [60, "1900-02-29"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [36526, "2000-01-01"],
    [45352, "2024-03-01"],
    [2958465, "9999-12-31"],
  ])("1900 serial %i is %s", (serial, text) => expect(formatDateSerial(serial, false, DATE)).toBe(text));

  it("matches a plain day count from 1899-12-30 for every serial from 61 on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const iso = new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
        expect(formatDateSerial(serial, false, DATE)).toBe(iso);
      }),
    );
  });

  it("uses the 1904 system when asked", () => {
    expect(formatDateSerial(0, true, DATE)).toBe("1904-01-01");
    expect(formatDateSerial(43890, true, DATE)).toBe("2024-03-01");
  });

  it("adds the time only when the format shows it and the value has one", () => {
    expect(formatDateSerial(45352.5, false, DATE)).toBe("2024-03-01");
    expect(formatDateSerial(45352.5, false, DATE_TIME)).toBe("2024-03-01 12:00");
    expect(formatDateSerial(45352, false, DATE_TIME)).toBe("2024-03-01");
    expect(formatDateSerial(45352 + 14.5 / 24 + 15 / 86400, false, DATE_TIME_SECONDS)).toBe("2024-03-01 14:30:15");
    expect(formatDateSerial(0.75, false, TIME)).toBe("18:00");
  });

  it("rounds to the second, carrying into the next day", () => {
    expect(formatDateSerial(45352.99999999, false, DATE_TIME_SECONDS)).toBe("2024-03-02");
  });

  it("has no date for negative or too-large serials", () => {
    expect(formatDateSerial(-1, false, DATE)).toBeUndefined();
    expect(formatDateSerial(2958466, false, DATE)).toBeUndefined();
  });

  it.each([
    ["2024-03-01T00:00:00", "2024-03-01"],
    ["2024-03-01T14:30:05Z", "2024-03-01 14:30:05"],
    ["2024-03-01T14:30:05.123+10:00", "2024-03-01 14:30:05"],
    ["2024-03-01", "2024-03-01"],
    ["2024-03-01T14:30", "2024-03-01 14:30:00"],
    ["14:30:00", "14:30:00"],
    ["not a date", "not a date"],
  ])("ISO date cell %s shows as %s", (iso, shown) => expect(formatIsoDateCell(iso)).toBe(shown));
});

describe("number formats", () => {
  const show = (code: string, value: number, date1904 = false): string => compileNumberFormat(code, date1904)(value);

  it.each([
    ["General", Number("4.2999999999999998"), "4.3"],
    ["", Number("4.2999999999999998"), "4.3"],
    ["@", 12, "12"],
    ["0", 2.5, "3"],
    ["0.00", 2.1, "2.10"],
    ["#,##0", 1234567.5, "1,234,568"],
    ["#,##0.00", -1234.567, "-1,234.57"],
    ["0%", 0.125, "13%"],
    ["0.00%", 0.125, "12.50%"],
    ["0.0%", 0.07, "7.0%"],
    ["#,##0.00_);(#,##0.00)", -5, "(5.00)"],
    ["#,##0.00_);(#,##0.00)", 5, "5.00"],
    ['"$"#,##0.00', 1234.5, "$1,234.50"],
    ["[$$-409]#,##0.00", 3, "$3.00"],
    ['0.0 "kg"', 3, "3.0 kg"],
    ["0.0\\ \\k\\g", 3, "3.0 kg"],
    ['#,##0;-#,##0;"zero"', 0, "zero"],
    ['"TRUE";"TRUE";"FALSE"', 1, "TRUE"],
    ['"TRUE";"TRUE";"FALSE"', 0, "FALSE"],
    ["0.00;;", -3, ""],
    ["[Red][<0]0.00;0.00", 2, "2.00"],
    ["0.00E+00", 12345, "12345"],
    ["# ?/?", 0.5, "0.5"],
    [".00", 0.5, ".50"],
    ["#.00", 2.5, "2.50"],
    ["yyyy-mm-dd", 45352, "2024-03-01"],
    ["YYYY-MM-DD", 45352, "2024-03-01"],
    ["d/m/yyyy", 45352, "2024-03-01"],
    ["mmm-yy", 45352, "2024-03-01"],
    ["dd/mm/yyyy hh:mm", 45352.25, "2024-03-01 06:00"],
    ["yyyy-mm-dd hh:mm:ss", 45352.25, "2024-03-01 06:00:00"],
    ["h:mm AM/PM", 0.75, "18:00"],
    ["hh:mm:ss", 0.75, "18:00:00"],
    ["[h]:mm:ss", 1.25, "30:00:00"],
    ["mm:ss", 0.5 / 24, "00:30:00"],
    ['"Date: "yyyy-mm-dd', 45352, "2024-03-01"],
    ['0 "days"', 3, "3 days"],
    ["[$-F800]dddd, mmmm dd, yyyy", 45352, "2024-03-01"],
  ])("%s shows %p as %s", (code, value, shown) => expect(show(code, value)).toBe(shown));

  it("falls back to General for a date format given a value with no date", () => {
    expect(show("yyyy-mm-dd", -3)).toBe("-3");
  });

  it("uses the 1904 date system when the workbook does", () => {
    expect(show("yyyy-mm-dd", 0, true)).toBe("1904-01-01");
  });

  it.each([
    [0, 0.30000000000000004, "0.3"],
    [1, 2.5, "3"],
    [2, 2.1, "2.10"],
    [3, 1234.5, "1,235"],
    [4, 1234.5, "1,234.50"],
    [9, 0.5, "50%"],
    [10, 0.5, "50.00%"],
    [14, 45352, "2024-03-01"],
    [15, 45352.5, "2024-03-01"],
    [18, 0.75, "18:00"],
    [21, 0.75, "18:00:00"],
    [22, 45352.75, "2024-03-01 18:00"],
    [46, 1.5, "36:00:00"],
    [49, 7, "7"],
    [30, 45352, "2024-03-01"],
    [57, 45352, "2024-03-01"],
    [11, 1234, "1234"],
    [164, 1.5, "1.5"], // custom id with no code: General
  ])("built-in numFmtId %i shows %p as %s", (id, value, shown) => {
    expect(formatterForId(id, new Map(), false)(value)).toBe(shown);
  });

  it("prefers a custom code over the built-in meaning of an id", () => {
    expect(formatterForId(14, new Map([[14, "0.00"]]), false)(3)).toBe("3.00");
  });
});
