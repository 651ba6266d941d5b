/**
 * Each data row's findings, and the rows that have any in row order. Live mode walks them in order
 * (to list the workbook's findings, and to move those below an inserted or deleted row), and a tab
 * of 50,000 rows has findings on a few thousand: walking those instead of every row, and an array
 * instead of a map's entries, is what keeps a row insert within live mode's 16 ms (issue 19).
 *
 * Rows are renumbered in place when rows above them move, all by the same amount, so the order
 * holds without being sorted again.
 */
import type { Finding } from "../check/finding";
import { firstAtOrAfter } from "./row-change";

export class RowFindings<Row extends { row: number }> {
  private readonly lists = new Map<Row, Finding[]>();
  /** The rows in `lists`, in row order. */
  private readonly ordered: Row[] = [];

  get(row: Row): Finding[] | undefined {
    return this.lists.get(row);
  }

  /** Gives `row` these findings (a new row goes in its place in row order). */
  set(row: Row, findings: Finding[]): void {
    if (!this.lists.has(row)) {
      const last = this.ordered[this.ordered.length - 1];
      if (last === undefined || last.row < row.row) this.ordered.push(row);
      else this.ordered.splice(firstAtOrAfter(this.ordered, row.row), 0, row);
    }
    this.lists.set(row, findings);
  }

  delete(row: Row): void {
    if (!this.lists.delete(row)) return;
    const at = firstAtOrAfter(this.ordered, row.row);
    if (this.ordered[at] === row) this.ordered.splice(at, 1);
    else this.ordered.splice(this.ordered.indexOf(row), 1); // not where its number says: never expected
  }

  /** The rows with findings numbered `from` or below, in row order: a copy, so the caller may change findings while it walks. */
  rowsFrom(from: number): Row[] {
    return this.ordered.slice(firstAtOrAfter(this.ordered, from));
  }

  /** Each row with findings and its findings, in row order. */
  *entries(): IterableIterator<[Row, Finding[]]> {
    for (const row of this.ordered) yield [row, this.lists.get(row) as Finding[]];
  }

  /** The rows with findings in row order, as held (not to be changed while walked). */
  get rows(): readonly Row[] {
    return this.ordered;
  }
}
