/**
 * One column's distinct stored values, numbered in the order readTab meets them, with what each
 * reads as. A column repeats a handful of values down thousands of rows, and every cell of one
 * shared string is the same string object (its hash cached in it), so one Map lookup per cell
 * replaces cleaning the value and testing it for an Excel error; the numbers readTab keeps per row
 * let column-values.ts number a column's values without visiting the rows again. A column of free
 * text (names, descriptions: nearly every value distinct) would only fill the map, so past
 * MAX_VALUES distinct values the dictionary gives up and its column is judged cell by cell.
 */
import { cleanText, needsCleaning } from "../model/text-normalise";
import { isExcelError } from "./excel-errors";

/** More distinct values than a closed vocabulary has: the column is free text. */
export const MAX_VALUES = 2048;

/** codeOf's answer once the dictionary has given up. */
export const NOT_KEPT = -1;

// What analysts put in a cell that deliberately holds nothing: "N/A", "n/a", "NA", "N.A.", "Not applicable", a dash.
const PLACEHOLDER = /^(?:n\/?a|n\.a\.?|not applicable|-+|\u2013|\u2014)$/i;

/** Whether a cleaned value says "nothing here" ("N/A", "-"). */
export function isPlaceholder(cleaned: string): boolean {
  return cleaned.length <= 14 && PLACEHOLDER.test(cleaned);
}

// What stands in for a value not known yet: "TBC", "TBD", "to be confirmed", "?".
const PENDING = /^(?:tb[cda]|to be (?:confirmed|determined|advised)|\?+)$/i;

/**
 * Whether a cleaned value stands in for one: a placeholder ("N/A", "-") or a value not known yet
 * ("TBC", "?"). In a required column of free text, such a cell holds no value.
 */
export function isStandIn(cleaned: string): boolean {
  return isPlaceholder(cleaned) || (cleaned.length <= 20 && PENDING.test(cleaned));
}

export class ColumnDictionary {
  /**
   * Whether the column is optional, so a placeholder ("N/A", "-") reads as empty: the analyst says
   * there is nothing to give. In a required column it stays a value, and an unknown one.
   */
  constructor(readonly blankPlaceholders = false) {}

  /** Distinct stored values, in the order first met. */
  readonly values: string[] = [];
  /** Per value, what a person reads: cleaned, and "" for a formula error. */
  readonly shown: string[] = [];
  /** Per value, whether its cleaned text is non-empty (a formula error counts: the cell is not blank). */
  readonly filled: boolean[] = [];
  /** Per value, whether it is stored as an Excel error value ("#N/A"...). */
  readonly storedError: boolean[] = [];
  private readonly index = new Map<string, number>();
  // Neighbouring rows often give the same value: an identity test skips the lookup.
  private lastValue: string | undefined;
  private lastCode = 0;

  /** Whether the column has more distinct values than the dictionary keeps: its codes mean nothing. */
  gaveUp = false;

  /** The number of `value`, added when it is new; NOT_KEPT once the dictionary has given up. */
  codeOf(value: string): number {
    if (value === this.lastValue) return this.lastCode;
    if (this.gaveUp) return NOT_KEPT;
    let code = this.index.get(value);
    if (code === undefined) {
      if (this.values.length === MAX_VALUES) {
        this.gaveUp = true;
        this.index.clear();
        this.lastValue = undefined;
        return NOT_KEPT;
      }
      code = this.add(value);
    }
    this.lastValue = value;
    this.lastCode = code;
    return code;
  }

  private add(value: string): number {
    const code = this.values.length;
    const cleaned = value === "" || !needsCleaning(value) ? value : cleanText(value);
    const error = isExcelError(cleaned);
    this.values.push(value);
    this.shown.push(error || (this.blankPlaceholders && isPlaceholder(cleaned)) ? "" : cleaned);
    this.filled.push(cleaned !== "");
    this.storedError.push(error && isExcelError(value));
    this.index.set(value, code);
    return code;
  }
}

/** A column as readTab read it: its dictionary and, per row of the tab (same index as tab.rows), the number of the row's stored value. */
export interface StoredColumn {
  dictionary: ColumnDictionary;
  codes: Uint32Array;
}
