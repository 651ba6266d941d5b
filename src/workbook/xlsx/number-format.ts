/**
 * Number formats, just enough of them to show a number as a person sees it in Excel: dates and
 * times, percentages, fixed decimals with or without thousands separators, literal text around the
 * number ("$", " kg"), and positive;negative;zero sections. Everything else (scientific, fractions,
 * text "@", unknown ids) shows as General, which for this workbook's data is what Excel shows too.
 */
import { formatDateSerial, type DateParts } from "./date-serial";
import { fixedDecimals, formatGeneral } from "./general-number";

export type NumberFormatter = (value: number) => string;

/** Built-in formats that are not General, by numFmtId (Excel's en-US meaning). */
const BUILT_IN_CODES: ReadonlyMap<number, string> = new Map([
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00;(#,##0.00)"],
  [40, "#,##0.00;[Red](#,##0.00)"],
]);

const DATE: DateParts = { date: true, time: false, seconds: false, elapsedHours: false };
const DATE_TIME: DateParts = { date: true, time: true, seconds: false, elapsedHours: false };
const TIME: DateParts = { date: false, time: true, seconds: false, elapsedHours: false };
const TIME_SECONDS: DateParts = { date: false, time: true, seconds: true, elapsedHours: false };
const ELAPSED: DateParts = { date: false, time: true, seconds: true, elapsedHours: true };
/** Locale-specific built-ins (ids 27-36, 50-58) vary; a date with its time when it has one is the safe reading. */
const LOCALE_DATE: DateParts = { date: true, time: true, seconds: true, elapsedHours: false };

/** Built-in date and time formats by numFmtId. */
const BUILT_IN_DATES: ReadonlyMap<number, DateParts> = new Map<number, DateParts>([
  [14, DATE],
  [15, DATE],
  [16, DATE],
  [17, DATE],
  [18, TIME],
  [19, TIME_SECONDS],
  [20, TIME],
  [21, TIME_SECONDS],
  [22, DATE_TIME],
  [45, TIME_SECONDS],
  [46, ELAPSED],
  [47, TIME_SECONDS],
  ...[27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58].map((id): [number, DateParts] => [
    id,
    LOCALE_DATE,
  ]),
]);

/** The formatter for a cell's numFmtId, given the workbook's custom codes. */
export function formatterForId(
  numFmtId: number,
  customCodes: ReadonlyMap<number, string>,
  date1904: boolean,
): NumberFormatter {
  const custom = customCodes.get(numFmtId);
  if (custom !== undefined) return compileNumberFormat(custom, date1904);
  const dateParts = BUILT_IN_DATES.get(numFmtId);
  if (dateParts !== undefined) return dateFormatter(dateParts, date1904);
  const code = BUILT_IN_CODES.get(numFmtId);
  return code === undefined ? formatGeneral : compileNumberFormat(code, date1904);
}

/** The formatter for a format code such as "0.00%", "yyyy-mm-dd hh:mm" or "#,##0;(#,##0)". */
export function compileNumberFormat(code: string, date1904: boolean): NumberFormatter {
  if (code.trim() === "") return formatGeneral;
  const sections = splitSections(code).map(analyseSection);
  const first = sections[0] ?? GENERAL_SECTION;
  if (first.general && first.prefix === "" && first.suffix === "" && sections.length === 1) return formatGeneral;
  if (first.dateParts !== undefined) return dateFormatter(first.dateParts, date1904);
  if (first.unsupported) return formatGeneral; // scientific or fraction: General shows the same number
  return (value) => {
    if (Number.isNaN(value)) return String(value);
    const negativeSection = sections[1];
    const zeroSection = sections[2];
    if (value < 0 && negativeSection !== undefined) return renderSection(negativeSection, -value, "");
    if (value === 0 && zeroSection !== undefined) return renderSection(zeroSection, 0, "");
    return renderSection(first, Math.abs(value), value < 0 ? "-" : "");
  };
}

function dateFormatter(parts: DateParts, date1904: boolean): NumberFormatter {
  return (value) => formatDateSerial(value, date1904, parts) ?? formatGeneral(value);
}

/** One `;`-separated section of a format code, reduced to what display needs. */
interface Section {
  /** No placeholders, only "General" (or "@", or nothing but literals around General). */
  general: boolean;
  /** Set when the section shows a date or time. */
  dateParts: DateParts | undefined;
  /** Whether it has any 0 # ? placeholder. */
  numeric: boolean;
  percent: boolean;
  /** Scientific or fraction formats: shown as General. */
  unsupported: boolean;
  decimals: number;
  thousands: boolean;
  /** "0" before the decimal point: a zero integer part is shown ("0.50", not ".50"). */
  leadingZero: boolean;
  /** Literal text before and after the number. */
  prefix: string;
  suffix: string;
}

const GENERAL_SECTION: Section = {
  general: true,
  dateParts: undefined,
  numeric: false,
  percent: false,
  unsupported: false,
  decimals: 0,
  thousands: false,
  leadingZero: true,
  prefix: "",
  suffix: "",
};

function renderSection(section: Section, magnitude: number, sign: string): string {
  const { prefix, suffix } = section;
  if (section.unsupported) return sign + formatGeneral(magnitude);
  if (section.general) return prefix + sign + formatGeneral(magnitude) + suffix;
  if (!section.numeric) return prefix + suffix; // e.g. a zero section that is just "-"
  const scaled = section.percent ? magnitude * 100 : magnitude;
  let digits = fixedDecimals(scaled, section.decimals, section.thousands);
  if (!section.leadingZero && digits.startsWith("0.")) digits = digits.slice(1);
  // Like Excel, a small negative keeps its sign even when it rounds to zero ("-0.00").
  return sign + prefix + digits + suffix;
}

/** Splits at `;` outside quotes, brackets and backslash escapes. */
function splitSections(code: string): string[] {
  const sections: string[] = [];
  let start = 0;
  let i = 0;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '"') i = closing(code, '"', i + 1);
    else if (ch === "[") i = closing(code, "]", i + 1);
    else if (ch === "\\" || ch === "_" || ch === "*") i++;
    else if (ch === ";") {
      sections.push(code.slice(start, i));
      start = i + 1;
    }
    i++;
  }
  sections.push(code.slice(start));
  return sections;
}

function closing(code: string, ch: string, from: number): number {
  const at = code.indexOf(ch, from);
  return at < 0 ? code.length : at;
}

function analyseSection(section: string): Section {
  let codeChars = ""; // unquoted format characters, lower case, for date detection
  let prefix = "";
  let numberPart = "";
  let seenPlaceholder = false;
  let general = false;
  let pendingLiteral = ""; // literal text after the last placeholder seen so far
  const literal = (text: string): void => {
    if (seenPlaceholder) pendingLiteral += text;
    else prefix += text;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] ?? "";
    if (ch === '"') {
      const end = closing(section, '"', i + 1);
      literal(section.slice(i + 1, end));
      i = end;
    } else if (ch === "\\") {
      literal(section[i + 1] ?? "");
      i++;
    } else if (ch === "_" || ch === "*") {
      i++; // padding and fill characters take space, not text
    } else if (ch === "[") {
      const end = closing(section, "]", i + 1);
      const inside = section.slice(i + 1, end);
      if (inside.startsWith("$")) literal(inside.slice(1).split("-")[0] ?? "");
      else if (/^(h+|m+|s+)$/i.test(inside)) codeChars += `[${inside.toLowerCase()}]`; // elapsed time
      i = end; // colours, conditions and locales show nothing
    } else if (section.slice(i, i + 7).toLowerCase() === "general") {
      general = true;
      i += 6;
    } else if (ch === "@") {
      general = true; // text placeholder: a number shows as General
    } else if (ch === "0" || ch === "#" || ch === "?") {
      pendingLiteral = ""; // text between placeholders (e.g. "000-000") is not kept
      numberPart += ch;
      seenPlaceholder = true;
      codeChars += ch;
    } else if (
      (ch === "." || ch === ",") &&
      (seenPlaceholder ? pendingLiteral === "" : /[0#?]/.test(section[i + 1] ?? ""))
    ) {
      numberPart += ch;
      codeChars += ch;
    } else {
      codeChars += ch.toLowerCase();
      literal(ch);
    }
  }
  const onlyGeneral = general && !seenPlaceholder;
  return {
    general: onlyGeneral,
    dateParts: onlyGeneral ? undefined : dateParts(codeChars),
    numeric: seenPlaceholder,
    percent: codeChars.includes("%"),
    unsupported: /e[+-]/.test(codeChars) || (seenPlaceholder && codeChars.includes("/")),
    decimals: decimalsOf(numberPart),
    thousands: /[0#?],[0#?]/.test(numberPart),
    leadingZero: (numberPart.split(".")[0] ?? "").includes("0"),
    prefix,
    suffix: pendingLiteral,
  };
}

/** Date tokens outside quotes: y, d, h, s, and m unless it can only be minutes. */
function dateParts(code: string): DateParts | undefined {
  if (/e[+-]/.test(code)) return undefined; // scientific, not seconds or days
  const withoutAmPm = code.replace(/am\/pm|a\/p/g, "h");
  const hasDate = /[yd]/.test(withoutAmPm);
  const hasTime = /[hs]/.test(withoutAmPm);
  const hasM = withoutAmPm.includes("m");
  if (!hasDate && !hasTime && !hasM) return undefined;
  return {
    date: hasDate || (hasM && !hasTime),
    time: hasTime,
    seconds: withoutAmPm.includes("s"),
    elapsedHours: withoutAmPm.includes("[h"),
  };
}

function decimalsOf(numberPart: string): number {
  const dot = numberPart.indexOf(".");
  if (dot < 0) return 0;
  return numberPart.slice(dot + 1).replace(/[^0#?]/g, "").length;
}
