/**
 * Row numbers as findings show them: the first five, then how many more ("3, 4, 5, 6, 7 and 49994
 * more"). The rows other than one are listed without building the list of all of them: a rule
 * naming, for each of 100,000 like rows, the others like it would otherwise do quadratic work.
 */

const SHOWN = 5;

/** The rows' numbers, the first five and how many more. */
export function rowList(rows: readonly { row: number }[]): string {
  return listed(rows.slice(0, SHOWN), rows.length);
}

/** The rows other than `row` (one of them), listed as rowList lists them, and how many they are. */
export function otherRows<R extends { row: number }>(rows: readonly R[], row: R): { list: string; count: number } {
  const first: R[] = [];
  for (let i = 0; i < rows.length && first.length < SHOWN; i++) {
    const other = rows[i];
    if (other !== undefined && other !== row) first.push(other);
  }
  return { list: listed(first, rows.length - 1), count: rows.length - 1 };
}

function listed(first: readonly { row: number }[], count: number): string {
  const numbers = first.map((r) => String(r.row)).join(", ");
  return count > first.length ? `${numbers} and ${count - first.length} more` : numbers;
}
