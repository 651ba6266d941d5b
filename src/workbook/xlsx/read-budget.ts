/**
 * One memory budget for reading a workbook: what a run may hold, in bytes, measured on what the
 * file really unpacks to (never on the sizes its directory declares) and on the cells it stores.
 * Going over it ends the read with one line, "too large", before the JavaScript heap fails with a
 * native stack trace. The charges are estimates on the high side and are never given back within a
 * run, so a file cannot slip under the budget by being read in pieces.
 */
import { WorkbookReadError } from "./workbook-read-error";

/** 640 MB: a 100,000-row workbook needs about a fifth of it; the process then stays well under 1.5 GB. */
export const DEFAULT_READ_BUDGET = 640 * 1024 * 1024;

/** What a stored cell slot costs (a pointer in the row's array) besides its text. */
export const CELL_SLOT_BYTES = 8;

/**
 * A worksheet too large to hold is unpacked in chunks and only its cells with values kept
 * (empty-cell-filter.ts); what a run unpacks that way is bounded too, at this many times its memory
 * budget (2.5 GB by default, about 20 s), so a bomb of empty cells ends in "too large", not in hours.
 */
export const UNPACKED_PER_BUDGET = 4;

export class ReadBudget {
  private used = 0;
  private unpacked = 0;

  constructor(readonly limit: number = DEFAULT_READ_BUDGET) {}

  /**
   * Counts a part about to be unpacked in chunks, at the size its directory declares (inflating
   * stops there); throws "too large" past UNPACKED_PER_BUDGET times the limit, before unpacking.
   */
  chargeUnpacked(bytes: number, what: string): void {
    this.unpacked += bytes;
    const most = UNPACKED_PER_BUDGET * this.limit;
    if (this.unpacked > most)
      throw new WorkbookReadError(
        "too-large",
        `This workbook is too large to read: unpacking ${what} (${Math.round(bytes / 1048576)} MB, empty formatted cells included) would pass the ${Math.round(most / 1048576)} MB a run may unpack.`,
      );
  }

  /** Bytes still free. */
  get remaining(): number {
    return Math.max(0, this.limit - this.used);
  }

  /** Takes `bytes` from the budget for `what` ("the part xl/worksheets/sheet1.xml"); throws "too large" when they are not there. */
  charge(bytes: number, what: string): void {
    this.used += bytes;
    if (this.used > this.limit) throw tooLarge(what, this.limit);
  }
}

export function tooLarge(what: string, limit: number): WorkbookReadError {
  return new WorkbookReadError(
    "too-large",
    `This workbook is too large to read: ${what} needs more than the ${Math.round(limit / 1048576)} MB of memory a run may use.`,
  );
}
