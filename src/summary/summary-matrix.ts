/**
 * A two-way count (rows per use case group and domain, gaps per Major Outcome and capability
 * status): plain arrays so it serialises as JSON and any output (an Excel table, Markdown, the
 * pane) lays it out the same way.
 */
export interface SummaryMatrix {
  /** What the rows and the columns are: "Use Case Group", "Domain". */
  rowHeading: string;
  columnHeading: string;
  rows: string[];
  columns: string[];
  /** counts[r][c]: how many fall in rows[r] and columns[c]; every cell present, zeros included. */
  counts: number[][];
}

/** An empty matrix over fixed labels, and `add` to count into it; a label not listed is an error in the caller. */
export function matrixCounter(
  rowHeading: string,
  columnHeading: string,
  rows: readonly string[],
  columns: readonly string[],
): { matrix: SummaryMatrix; add: (row: string, column: string) => void } {
  const matrix: SummaryMatrix = {
    rowHeading,
    columnHeading,
    rows: [...rows],
    columns: [...columns],
    counts: rows.map(() => columns.map(() => 0)),
  };
  const rowIndex = new Map(rows.map((label, i) => [label, i]));
  const columnIndex = new Map(columns.map((label, i) => [label, i]));
  const add = (row: string, column: string): void => {
    const r = rowIndex.get(row);
    const c = columnIndex.get(column);
    if (r === undefined || c === undefined)
      throw new Error(`No cell (${row}, ${column}) in the ${rowHeading} x ${columnHeading} summary`);
    const counts = matrix.counts[r] as number[];
    counts[c] = (counts[c] ?? 0) + 1;
  };
  return { matrix, add };
}

/** The total of each row. */
export function rowTotals(matrix: SummaryMatrix): number[] {
  return matrix.counts.map((row) => row.reduce((sum, n) => sum + n, 0));
}

/** The total of each column. */
export function columnTotals(matrix: SummaryMatrix): number[] {
  return matrix.columns.map((_, c) => matrix.counts.reduce((sum, row) => sum + (row[c] ?? 0), 0));
}
