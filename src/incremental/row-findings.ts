/**
 * Each data row's findings, and the rows that have any in row order. Live mode walks them in order
 * (to list the workbook's findings, and to move those below an inserted or deleted row), and a tab
 * of 50,000 rows has findings on a few thousand: walking two arrays of those instead of every row
 * through a map is what keeps a row insert within live mode's 16 ms (issue 19).
 *
 * Rows are renumbered in place when rows above them move, all by the same amount, so the order
 * holds without being sorted again, and a row is found by its number.
 */
import type { Finding } from "../check/finding";
import { firstAtOrAfter } from "./row-change";

export class RowFindings<Row extends { row: number }> {
  private readonly held = new Set<Row>();
  /** The rows with findings, in row order, and their findings at the same index. */
  private readonly ordered: Row[] = [];
  private readonly lists: Finding[][] = [];
  /** How many findings all rows hold. */
  private total = 0;

  get(row: Row): Finding[] | undefined {
    return this.held.has(row) ? this.lists[this.indexOf(row)] : undefined;
  }

  /** Gives `row` these findings (a new row goes in its place in row order). */
  set(row: Row, findings: Finding[]): void {
    if (this.held.has(row)) {
      const at = this.indexOf(row);
      this.total += findings.length - (this.lists[at] as Finding[]).length;
      this.lists[at] = findings;
      return;
    }
    this.held.add(row);
    this.total += findings.length;
    const last = this.ordered[this.ordered.length - 1];
    if (last === undefined || last.row < row.row) {
      this.ordered.push(row);
      this.lists.push(findings);
      return;
    }
    const at = firstAtOrAfter(this.ordered, row.row);
    this.ordered.splice(at, 0, row);
    this.lists.splice(at, 0, findings);
  }

  /**
   * Gives each row its findings ([]: none), as set and delete would one by one, in one pass over
   * the rows held when there are many (a paste of thousands of rows would otherwise splice the
   * list thousands of times).
   */
  setAll(changes: ReadonlyMap<Row, Finding[]>): void {
    if (changes.size < 64) {
      for (const [row, findings] of changes) {
        if (findings.length === 0) this.delete(row);
        else this.set(row, findings);
      }
      return;
    }
    const added: Row[] = [];
    for (const [row, findings] of changes) {
      if (this.held.has(row)) continue;
      if (findings.length > 0) added.push(row);
    }
    added.sort((a, b) => a.row - b.row);
    const rows = this.ordered.splice(0);
    const lists = this.lists.splice(0);
    this.total = 0;
    let next = 0;
    const keep = (row: Row, findings: Finding[]) => {
      if (findings.length === 0) {
        this.held.delete(row);
        return;
      }
      this.held.add(row);
      this.ordered.push(row);
      this.lists.push(findings);
      this.total += findings.length;
    };
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k] as Row;
      while (next < added.length && (added[next] as Row).row < row.row) {
        const newRow = added[next++] as Row;
        keep(newRow, changes.get(newRow) as Finding[]);
      }
      keep(row, changes.get(row) ?? (lists[k] as Finding[]));
    }
    while (next < added.length) {
      const newRow = added[next++] as Row;
      keep(newRow, changes.get(newRow) as Finding[]);
    }
  }

  delete(row: Row): void {
    if (!this.held.delete(row)) return;
    const at = this.indexOf(row);
    this.total -= (this.lists[at] as Finding[]).length;
    this.ordered.splice(at, 1);
    this.lists.splice(at, 1);
  }

  /**
   * Gives each row numbered `from` or below, in row order, the findings `update` makes of its
   * findings; a row given none has none after. (`update` must not change this list itself.)
   */
  updateFrom(from: number, update: (row: Row, findings: Finding[]) => Finding[]): void {
    let kept = firstAtOrAfter(this.ordered, from);
    for (let k = kept; k < this.ordered.length; k++) {
      const row = this.ordered[k] as Row;
      const before = this.lists[k] as Finding[];
      const after = update(row, before);
      this.total += after.length - before.length;
      if (after.length === 0) {
        this.held.delete(row);
        continue;
      }
      this.ordered[kept] = row;
      this.lists[kept++] = after;
    }
    this.ordered.length = kept;
    this.lists.length = kept;
  }

  /**
   * Every finding, in row order, with `others` (findings of rows that are not data rows, in row
   * order) each before the first row numbered past it, appended to `out` from index `at`; returns
   * the index after the last.
   */
  writeInOrder(out: Finding[], at: number, others: readonly Finding[]): number {
    let next = 0;
    for (let k = 0; k < this.ordered.length; k++) {
      const row = (this.ordered[k] as Row).row;
      while (next < others.length && (others[next] as Finding).row < row) out[at++] = others[next++] as Finding;
      for (const finding of this.lists[k] as Finding[]) out[at++] = finding;
    }
    while (next < others.length) out[at++] = others[next++] as Finding;
    return at;
  }

  /** How many findings the rows hold. */
  get size(): number {
    return this.total;
  }

  /** A held row's index: rows are in row order, so its number finds it. */
  private indexOf(row: Row): number {
    const at = firstAtOrAfter(this.ordered, row.row);
    return this.ordered[at] === row ? at : this.ordered.indexOf(row); // elsewhere: never expected
  }
}
