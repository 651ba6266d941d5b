/**
 * Reading a row's Minimum Frequency and Latency as the tab means them: a bare number ("5") is a
 * period only when the column's header names its unit ("Latency (mins)"), looked up once per tab.
 */
import type { PeriodReading } from "../../model/period-reading";
import type { ReferenceModel } from "../../model/reference-model";
import type { ParsedRow, ParsedTab } from "../../sheets/parsed-tab";
import { headerOf } from "../../sheets/parsed-tab";

export type PeriodColumn = "minimumFrequency" | "latency";

export interface PeriodColumns {
  read(row: ParsedRow<PeriodColumn>, key: PeriodColumn): PeriodReading | undefined;
  /** The reading of a cleaned value of the column `key`. */
  readText(text: string, key: PeriodColumn): PeriodReading | undefined;
  /** The unit the column's header names, if any. */
  unit(key: PeriodColumn): string | undefined;
}

export function periodColumns(tab: ParsedTab<PeriodColumn>, model: ReferenceModel): PeriodColumns {
  const periods = model.periods;
  const units: Record<PeriodColumn, string | undefined> = {
    minimumFrequency:
      tab.headers.minimumFrequency === undefined ? undefined : periods.unitOfHeader(headerOf(tab, "minimumFrequency")),
    latency: tab.headers.latency === undefined ? undefined : periods.unitOfHeader(headerOf(tab, "latency")),
  };
  return {
    read: (row, key) => periods.read(row.text[key], units[key]),
    readText: (text, key) => periods.read(text, units[key]),
    unit: (key) => units[key],
  };
}
