/**
 * Assembles a worksheet's rows as its cells are read, whichever reader (the plain fast path or the
 * general one) read them: row numbers written or implied, columns written or implied, gaps filled
 * with "", rows without content left out, rows stored out of order sorted.
 */
import { columnLetter, MAX_COLUMN_INDEX, MAX_ROW } from "../cell-address";
import type { GridRow } from "../port";
import { CELL_SLOT_BYTES, ReadBudget } from "./read-budget";
import { damaged } from "./workbook-read-error";

/** What a stored row costs besides its cells: the row object and its array header. */
const ROW_BYTES = 64;

export class SheetRows {
  private readonly rows: GridRow[] = [];
  /** Between a row's start tag and its end (set only by openRow and closeRow). */
  inRow = false;
  /** The open row's number; 0 until its `r` or its first cell's reference says. */
  private rowNumber = 0;
  private previousRowNumber = 0;
  /**
   * The open row's cells, in a scratch array reused from row to row: the first `width` entries are
   * the row's. A row is stored as an exact-size copy, instead of an array grown push by push (twice
   * for a row of 18 cells, to room for 40), which halves what a large sheet allocates.
   */
  private readonly cells: string[] = [];
  private width = 0;
  /** Column of the row's previous cell; a cell without `r` takes the next one. */
  private lastColumn = -1;

  /** `budget` pays for every stored row, gaps included: a row with one cell in XFD costs 16,384 slots. */
  constructor(
    private readonly budget: ReadBudget = new ReadBudget(),
    private readonly sheetName = "the sheet",
  ) {}

  /** A `<row>`; `rowNumber` is 0 when it has no usable `r`. */
  openRow(rowNumber: number): void {
    if (this.inRow) this.closeRow(); // an unclosed row: forgive it
    this.inRow = true;
    this.width = 0;
    this.lastColumn = -1;
    this.rowNumber = rowNumber;
  }

  /** Keeps the open row if it has content; a row without a number follows the previous one. */
  closeRow(): void {
    const number = this.rowNumber > 0 ? this.rowNumber : this.previousRowNumber + 1;
    if (number > MAX_ROW)
      throw damaged(`sheet "${this.sheetName}" has a row ${number}, past Excel's last row ${MAX_ROW}`);
    if (this.width > 0) {
      this.budget.charge(
        ROW_BYTES + this.width * CELL_SLOT_BYTES,
        `sheet "${this.sheetName}" (row ${number} spans ${this.width} columns)`,
      );
      this.rows.push({ row: number, cells: this.cells.slice(0, this.width) });
    }
    this.previousRowNumber = number;
    this.inRow = false;
  }

  /** A cell reference's row number numbers a row whose `<row>` did not. */
  numberFromReference(referenceRow: number): void {
    if (this.rowNumber === 0) this.rowNumber = referenceRow;
  }

  /** A `<c>` in the open row, with its reference's column (-1 when it has none). Returns the column it takes. */
  placeCell(column: number): number {
    const placed = column >= 0 ? column : this.lastColumn + 1;
    this.lastColumn = placed;
    return placed;
  }

  /** The address of the cell placed last ("B7"), for a message about it. */
  cellNow(): string {
    const row = this.rowNumber > 0 ? this.rowNumber : this.previousRowNumber + 1;
    // A hostile reference may name a column of trillions: its letters are not worth spelling out.
    if (this.lastColumn >= 1e6) return `a cell of row ${row} far to the right`;
    return `${columnLetter(Math.max(0, this.lastColumn))}${row}`;
  }

  /** Puts a non-empty text at its column, filling any gap with "". */
  store(column: number, text: string): void {
    if (text === "") return;
    // Past XFD no sheet can reach: a damaged or hostile reference must not make us fill a huge row.
    if (column > MAX_COLUMN_INDEX)
      throw damaged(`sheet "${this.sheetName}" has a value at ${this.cellNow()}, past its last column XFD`);
    const cells = this.cells;
    if (column >= this.width) {
      while (this.width < column) cells[this.width++] = "";
      cells[this.width++] = text;
    } else cells[column] = text; // out of order: the later cell wins
  }

  /** All rows with content, in ascending order (an unclosed last row included). */
  finish(): GridRow[] {
    if (this.inRow) this.closeRow();
    return inAscendingOrder(this.rows);
  }
}

/** Rows are stored in order; a file that breaks the rule gets sorted, and repeated rows merged. */
function inAscendingOrder(rows: GridRow[]): GridRow[] {
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) sorted = (rows[i - 1]?.row ?? 0) < (rows[i]?.row ?? 0);
  if (sorted) return rows;
  const byNumber = new Map<number, string[]>();
  for (const { row, cells } of rows) {
    const existing = byNumber.get(row);
    if (existing === undefined) byNumber.set(row, [...cells]);
    else
      cells.forEach((text, column) => {
        if (text !== "") {
          while (existing.length < column) existing.push("");
          existing[column] = text;
        }
      });
  }
  return [...byNumber.entries()].sort((a, b) => a[0] - b[0]).map(([row, cells]) => ({ row, cells }));
}
