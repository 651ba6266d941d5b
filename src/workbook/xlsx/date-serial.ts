/**
 * Excel stores dates as day counts ("serials"). This turns a serial into "YYYY-MM-DD" and/or
 * "HH:MM[:SS]" without Date objects, so no time zone can shift a day.
 */

/** Which parts of a date/time a number format shows. */
export interface DateParts {
  date: boolean;
  time: boolean;
  seconds: boolean;
  /** `[h]`: hours counted past 24 (a duration), as in 36:00:00. */
  elapsedHours: boolean;
}

const SECONDS_PER_DAY = 86400;

/**
 * Text for a date serial. In the 1900 system serial 1 is 1900-01-01 and Excel keeps Lotus 1-2-3's
 * mistake of a 29 February 1900 (serial 60), so serials below 61 are one day off from a plain
 * count. In the 1904 system serial 0 is 1904-01-01. The time part appears when the format shows
 * time and the value has one (a date-only format never shows a time). Returns undefined for
 * values Excel cannot show as a date (negative, or beyond year 9999).
 */
export function formatDateSerial(serial: number, date1904: boolean, parts: DateParts): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const totalSeconds = Math.round(serial * SECONDS_PER_DAY);
  const days = Math.floor(totalSeconds / SECONDS_PER_DAY);
  const secondsOfDay = totalSeconds - days * SECONDS_PER_DAY;
  if (!parts.date && parts.elapsedHours) return timeText(totalSeconds, parts.seconds);
  const time = timeText(secondsOfDay, parts.seconds);
  if (!parts.date) return time;
  const day = dayText(days, date1904);
  if (day === undefined) return undefined;
  return parts.time && secondsOfDay !== 0 ? `${day} ${time}` : day;
}

/** The calendar day of an integer serial. */
function dayText(days: number, date1904: boolean): string | undefined {
  if (!date1904) {
    if (days === 0) return "1900-01-00"; // what Excel itself shows for serial 0
    if (days === 60) return "1900-02-29"; // the day that never was
  }
  // Days since 1970-01-01: 1899-12-30 is -25569 (1900 system from serial 61 on), 1904-01-01 is -24107.
  const epochOffset = date1904 ? -24107 : days < 61 ? -25568 : -25569;
  const { year, month, day } = civilFromDays(days + epochOffset);
  if (year > 9999) return undefined;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function timeText(secondsOfDay: number, withSeconds: boolean): string {
  const hours = Math.floor(secondsOfDay / 3600);
  const minutes = Math.floor((secondsOfDay % 3600) / 60);
  const seconds = secondsOfDay % 60;
  return withSeconds ? `${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}` : `${pad2(hours)}:${pad2(minutes)}`;
}

/** Howard Hinnant's days-to-civil algorithm: proleptic Gregorian date of a day count from 1970-01-01. */
function civilFromDays(daysSinceEpoch: number): { year: number; month: number; day: number } {
  const z = daysSinceEpoch + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthPrime = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthPrime + 2) / 5) + 1;
  const month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * An ISO 8601 date-time as stored in a `t="d"` cell, e.g. "2024-03-01T14:30:00Z", to
 * "2024-03-01 14:30:00"; a midnight time is dropped ("2024-03-01"). Anything unrecognised is returned as written.
 */
export function formatIsoDateCell(iso: string): string {
  const match =
    /^\s*(\d{4}-\d{2}-\d{2})?(?:[T ]?(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/.exec(iso);
  if (match === null || (match[1] === undefined && match[2] === undefined)) return iso;
  const [, date, hours, minutes, seconds = "00"] = match;
  if (hours === undefined || minutes === undefined) return date ?? iso;
  const time = `${hours}:${minutes}:${seconds}`;
  if (date === undefined) return time;
  return time === "00:00:00" ? date : `${date} ${time}`;
}
