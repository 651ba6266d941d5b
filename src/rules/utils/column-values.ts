/**
 * A tab's column dictionary-encoded, once per parsed tab and shared by the rules: its distinct
 * values and, per row, the number of its value. A column repeats a handful of values down
 * thousands of rows, so a rule that judges a value (is it in the vocabulary? an Excel error?)
 * judges each distinct value once and then visits only the rows whose value it flagged, with one
 * pass over a typed array, instead of judging every cell of every row on every run.
 */
import { isExcelError } from "../../sheets/excel-errors";
import type { StoredColumn } from "../../sheets/column-dictionary";
import type { ParsedRow, ParsedTab } from "../../sheets/parsed-tab";
import type { FindingDetails, Reporter } from "../../check/rule";

interface ColumnCodes {
  /** Distinct values in the order they first appear. */
  values: string[];
  /** Per row of the tab (same index as tab.rows), the index of its value in `values`. */
  codes: Uint32Array;
  /** Where each value is: "" when the column has no empty cell. */
  indexOf: Map<string, number>;
  /** Per value, the index (in tab.rows) of the first row that gives it. */
  firstRows: number[];
}

const cache = new WeakMap<object, Map<string, ColumnCodes>>();

function codesOf(tab: ParsedTab<string>, key: string, form: "text" | "raw"): ColumnCodes {
  let perTab = cache.get(tab);
  if (perTab === undefined) {
    perTab = new Map();
    cache.set(tab, perTab);
  }
  const id = form === "text" ? key : `\u0000${key}`;
  let column = perTab.get(id);
  const stored = tab.storedColumns?.[key];
  if (column === undefined && stored !== undefined) {
    column = fromStoredColumn(stored, form);
    perTab.set(id, column);
  }
  if (column === undefined && form === "raw") {
    // Most cells need no cleaning, so a column's stored values are often its cleaned ones: then
    // the cleaned column's dictionary serves for both. readTab records which columns read as
    // stored; without that record, the rows are compared (a row that reads as stored keeps one
    // record for both, parsed-tab.ts rowRecords).
    if (tab.readAsStored?.has(key) === true) column = codesOf(tab, key, "text");
    else {
      const cleaned = perTab.get(key);
      if (
        cleaned !== undefined &&
        tab.readAsStored === undefined &&
        tab.rows.every((row) => row.raw === row.text || row.raw[key] === row.text[key])
      )
        column = cleaned;
    }
    if (column !== undefined) perTab.set(id, column);
  }
  if (column === undefined) {
    const values: string[] = [];
    const firstRows: number[] = [];
    const indexOf = new Map<string, number>();
    const codes = new Uint32Array(tab.rows.length);
    let last: string | undefined;
    let lastCode = 0;
    const rows = tab.rows;
    const text = form === "text";
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as ParsedRow<string>;
      const value = (text ? row.text[key] : row.raw[key]) ?? "";
      // Runs of the same value (merged cells, sorted tabs) skip the lookup.
      if (value !== last) {
        let code = indexOf.get(value);
        if (code === undefined) {
          code = values.length;
          values.push(value);
          firstRows.push(i);
          indexOf.set(value, code);
        }
        last = value;
        lastCode = code;
      }
      codes[i] = lastCode;
    }
    column = { values, codes, indexOf, firstRows };
    perTab.set(id, column);
  }
  return column;
}

/**
 * The column's codes from the numbers readTab recorded: one pass over a typed array, renumbering
 * its dictionary's values (stored, or as shown when `form` is "text", where stored values that
 * read alike become one) in the order rows first give them, as a pass over the rows would. Values
 * met only on rows readTab skipped (blank, a repeated header) get no number.
 */
function fromStoredColumn({ dictionary, codes: stored }: StoredColumn, form: "text" | "raw"): ColumnCodes {
  const names = form === "text" ? dictionary.shown : dictionary.values;
  const values: string[] = [];
  const firstRows: number[] = [];
  const indexOf = new Map<string, number>();
  const codes = new Uint32Array(stored.length);
  const renumbered = new Int32Array(dictionary.values.length).fill(-1);
  for (let i = 0; i < stored.length; i++) {
    const was = stored[i] as number;
    let code = renumbered[was] as number;
    if (code < 0) {
      const value = names[was] as string;
      code = indexOf.get(value) ?? -1;
      if (code < 0) {
        code = values.length;
        values.push(value);
        firstRows.push(i);
        indexOf.set(value, code);
      }
      renumbered[was] = code;
    }
    codes[i] = code;
  }
  return { values, codes, indexOf, firstRows };
}

/**
 * The rows (in tab order) whose value in `key` passes `test`, which is called once per distinct
 * value. `form` "text" tests the cleaned value (row.text: "" for empty cells and formula errors),
 * "raw" the value as stored (row.raw).
 */
export function rowsWhere<K extends string>(
  tab: ParsedTab<K>,
  key: K,
  form: "text" | "raw",
  test: (value: string) => boolean,
): ParsedRow<K>[] {
  const { values, codes } = codesOf(tab as unknown as ParsedTab<string>, key, form);
  const flagged = new Uint8Array(values.length);
  let any = false;
  for (let v = 0; v < values.length; v++) {
    if (test(values[v] as string)) {
      flagged[v] = 1;
      any = true;
    }
  }
  const rows: ParsedRow<K>[] = [];
  if (!any) return rows;
  for (let i = 0; i < codes.length; i++) if (flagged[codes[i] as number] === 1) rows.push(tab.rows[i] as ParsedRow<K>);
  return rows;
}

/** The rows (in tab order) whose cleaned value in `key` is empty: blank cells and formula errors. */
export function rowsWithEmpty<K extends string>(tab: ParsedTab<K>, key: K): readonly ParsedRow<K>[] {
  // readTab records them as it reads the rows.
  if (tab.emptyRows !== undefined) return tab.emptyRows[key] ?? [];
  const { indexOf, codes } = codesOf(tab as unknown as ParsedTab<string>, key, "text");
  const empty = indexOf.get("");
  const rows: ParsedRow<K>[] = [];
  if (empty === undefined) return rows;
  for (let i = 0; i < codes.length; i++) if (codes[i] === empty) rows.push(tab.rows[i] as ParsedRow<K>);
  return rows;
}

/** The rows (in tab order) whose stored value in `key` is an Excel error value ("#N/A", "#REF!"...). */
export function rowsWithExcelError<K extends string>(tab: ParsedTab<K>, key: K): readonly ParsedRow<K>[] {
  // readTab records them as it reads the rows; without that record, they are among the empty ones.
  if (tab.errorRows !== undefined) return tab.errorRows[key] ?? [];
  return rowsWithEmpty(tab, key).filter((row) => isExcelError(row.raw[key]));
}

interface Combinations {
  /** Per row of the tab, the number of its combination of values. */
  tuples: Uint32Array;
  /** How many combinations there are. */
  count: number;
  /** Per combination, the index of the first row that gives it (ascending: combinations are numbered as they first appear). */
  firstRows: number[];
}

const tupleCache = new WeakMap<object, Map<string, Combinations>>();

/** Per row, the number of its combination of values in `keys` (cleaned text), how many combinations there are, and where each first appears. */
function tuplesOf(tab: ParsedTab<string>, keys: readonly string[]): Combinations {
  let perTab = tupleCache.get(tab);
  if (perTab === undefined) {
    perTab = new Map();
    tupleCache.set(tab, perTab);
  }
  const id = keys.join("\u0000");
  let found = perTab.get(id);
  if (found === undefined) {
    const columns = keys.map((key) => codesOf(tab, key, "text"));
    const tuples = new Uint32Array(tab.rows.length);
    let count = 0;
    let firstRows: number[] = [];
    if (columns.length === 1) {
      tuples.set(columns[0]?.codes ?? []);
      count = columns[0]?.values.length ?? 0;
      firstRows = columns[0]?.firstRows ?? [];
    } else {
      // Combine column by column: (combination so far, next code) -> new combination number.
      let current = columns[0]?.codes.slice() ?? new Uint32Array(tab.rows.length);
      let currentCount = columns[0]?.values.length ?? 0;
      for (const column of columns.slice(1)) {
        const width = column.values.length;
        const next = new Uint32Array(tab.rows.length);
        firstRows = [];
        // Few combinations (the usual case): a table of every (combination so far, code) pair;
        // many: a map of the pairs that occur.
        const table = currentCount * width <= 1 << 20 ? new Int32Array(currentCount * width).fill(-1) : undefined;
        const pairs = table === undefined ? new Map<number, number>() : undefined;
        let made = 0;
        for (let i = 0; i < next.length; i++) {
          const pair = (current[i] as number) * width + (column.codes[i] as number);
          let combined = table !== undefined ? (table[pair] as number) : (pairs?.get(pair) ?? -1);
          if (combined < 0) {
            combined = made++;
            firstRows.push(i);
            if (table !== undefined) table[pair] = combined;
            else pairs?.set(pair, combined);
          }
          next[i] = combined;
        }
        current = next;
        currentCount = made;
        count = made;
      }
      tuples.set(current);
    }
    found = { tuples, count, firstRows };
    perTab.set(id, found);
  }
  return found;
}

/**
 * Runs a row check on every row of `tab` that can report, judging each distinct combination of
 * values in `keys` once. `check` must read nothing of a row but the cleaned text (`row.text`) of
 * `keys`; reporting may use the rest (the row number, the cell). It is called on the first row of
 * each combination; when that reports nothing, the other rows with the same values are skipped,
 * since the check could not report on them either. When it reports, every such row is checked.
 * Reports come in row order. The first rows are judged before any other row, so a tab where no
 * combination reports (the usual case) is never walked row by row.
 */
export function checkRowsByValues<K extends string>(
  tab: ParsedTab<K>,
  keys: readonly K[],
  reporter: Reporter,
  check: (row: ParsedRow<K>, reporter: Reporter) => void,
): void {
  const { tuples, count, firstRows } = tuplesOf(tab as unknown as ParsedTab<string>, keys);
  // Per combination, what its first row reported; undefined when it reported nothing.
  const firstReports: Array<FindingDetails[] | undefined> = new Array<FindingDetails[] | undefined>(count).fill(
    undefined,
  );
  let anyReports = false;
  for (let tuple = 0; tuple < count; tuple++) {
    const reports: FindingDetails[] = [];
    check(tab.rows[firstRows[tuple] as number] as ParsedRow<K>, { report: (details) => reports.push(details) });
    if (reports.length > 0) {
      firstReports[tuple] = reports;
      anyReports = true;
    }
  }
  if (!anyReports) return;
  for (let i = 0; i < tuples.length; i++) {
    const reports = firstReports[tuples[i] as number];
    if (reports === undefined) continue;
    if (firstRows[tuples[i] as number] === i) for (const details of reports) reporter.report(details);
    else check(tab.rows[i] as ParsedRow<K>, reporter);
  }
}
