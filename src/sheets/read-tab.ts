/**
 * Reads one tab from its worksheet grid: finds the header row within the first 20 rows (title rows,
 * blank rows and merged titles above it are common), maps columns by header text, and reads data
 * rows to the end of the sheet, skipping fully blank rows. A value merged down several rows counts
 * on each of them, as the analyst sees it; one merged across columns (a note across the row) stays
 * in its first column. Rows that are not data (totals, notes, section titles: not-data-rows.ts) are
 * set aside in `notData`.
 */
import { cellAddress } from "../workbook/cell-address";
import type { GridRow, SheetGrid } from "../workbook/port";
import type { ColumnDictionary, StoredColumn } from "./column-dictionary";
import { columnOfHeader, headerIndex, headerKey, headerKeys } from "./header-matching";
import { notDataKind, type NotDataRow } from "./not-data-rows";
import { twoRowHeader } from "./two-row-header";
import {
  columnDictionaries,
  columnIndexesOf,
  optionalKeys,
  rowRecords,
  rowTemplate,
  type ParsedRow,
  type ParsedTab,
} from "./parsed-tab";
import { canonicalHeader } from "./tab-definitions";
import type { TabDefinition } from "./tab-definitions";

/** How far down a header row may sit. */
export const HEADER_SEARCH_ROWS = 20;

/** A user's own mapping for one tab: column key -> the header text that holds it. */
export type ColumnOverrides = Partial<Record<string, string>>;

export function readTab<K extends string>(
  definition: TabDefinition<K>,
  grid: SheetGrid,
  overrides: ColumnOverrides = {},
): ParsedTab<K> {
  const index = tabHeaderIndex(definition, overrides);
  const found = findHeaderRow(grid.rows, index);
  const header = found === undefined ? undefined : (twoRowHeader(grid, found, index) ?? found);
  const tab: ParsedTab<K> = {
    definition,
    sheet: grid.name,
    headerRow: header?.row,
    columns: {},
    headers: {},
    missingRequired: [],
    headerProblems: [],
    rows: [],
    mergedCells: new Set(),
    lastRow: grid.merges.reduce(
      (last, merge) => Math.max(last, merge.bottom),
      grid.rows[grid.rows.length - 1]?.row ?? 0,
    ),
  };
  if (header === undefined) {
    tab.headerProblems.push({
      kind: "not-found",
      cell: "A1",
      row: 1,
      message: `No header row found in the first ${HEADER_SEARCH_ROWS} rows of "${grid.name}": expected headers such as ${definition.columns
        .filter((c) => c.required)
        .slice(0, 4)
        .map((c) => `"${c.header}"`)
        .join(", ")}.`,
    });
    tab.missingRequired = definition.columns.filter((c) => c.required).map((c) => c.key);
    return tab;
  }
  mapColumns(tab, header, index);
  if (grid.uncalculated !== undefined) tab.uncalculated = new Set(grid.uncalculated);
  const keys = definition.columns.map((c) => c.key);
  const merged = mergedCellsBelow(grid, header.row);
  tab.mergedCells = merged.addresses;
  // Live checking tests rows against the header row as the grid holds it: so does the full read.
  const repeatsHeader = repeatedHeaderTest(
    grid.rows.find((r) => r.row === header.row) ?? header,
    tab.columns,
    definition,
  );
  // Rows per column whose cell reads empty, by key position; kept only when every key has a bit.
  const empties: ParsedRow<K>[][] = keys.map(() => []);
  const errors: ParsedRow<K>[][] = keys.map(() => []);
  const template = rowTemplate(keys);
  const columnIndexes = columnIndexesOf(keys, tab.columns);
  const dictionaries = columnDictionaries(keys, optionalKeys(definition));
  // Per key, each kept row's number in the key's dictionary; there are at most as many data rows as grid rows.
  const codes = keys.map(() => new Uint32Array(merged.rows.length));
  let cleanedColumns = 0; // bit i set when some row's keys[i] reads other than stored
  const notData: NotDataRow[] = [];
  const totalsRows = new Map((grid.totalsRows ?? []).map((t) => [t.row, t.table]));
  const idColumns = idColumnsOf(tab);
  for (const gridRow of merged.rows) {
    if (gridRow.row <= header.row || repeatsHeader(gridRow)) continue;
    // A row holding nothing of its own, only values merged down into it from above, is blank.
    if (merged.ownBlank(gridRow.row)) continue;
    const table = totalsRows.get(gridRow.row);
    const kind = table !== undefined ? "totals" : notDataKind(gridRow.cells, idColumns);
    if (kind !== undefined) {
      const text = gridRow.cells.find((cell) => cell.trim() !== "")?.trim() ?? "";
      notData.push({ row: gridRow.row, kind, text, ...(table === undefined ? {} : { table }) });
      continue;
    }
    const { raw, text, blank, emptyMask, errorMask, cleanedMask } = rowRecords(
      keys,
      columnIndexes,
      gridRow.cells,
      template,
      dictionaries,
      codes,
      tab.rows.length,
    );
    if (blank) continue;
    cleanedColumns |= cleanedMask;
    const row = { row: gridRow.row, raw, text } satisfies ParsedRow<K>;
    tab.rows.push(row);
    for (let mask = emptyMask; mask !== 0; mask &= mask - 1) empties[31 - Math.clz32(mask & -mask)]?.push(row);
    for (let mask = errorMask; mask !== 0; mask &= mask - 1) errors[31 - Math.clz32(mask & -mask)]?.push(row);
  }
  if (keys.length <= 31) {
    const emptyRows: Partial<Record<K, ParsedRow<K>[]>> = {};
    const errorRows: Partial<Record<K, ParsedRow<K>[]>> = {};
    keys.forEach((key, i) => {
      const rows = empties[i];
      if (rows !== undefined && rows.length > 0) emptyRows[key] = rows;
      const withErrors = errors[i];
      if (withErrors !== undefined && withErrors.length > 0) errorRows[key] = withErrors;
    });
    tab.emptyRows = emptyRows;
    tab.errorRows = errorRows;
    tab.readAsStored = new Set(keys.filter((_, i) => (cleanedColumns & (1 << i)) === 0));
  }
  const storedColumns: Partial<Record<K, StoredColumn>> = {};
  keys.forEach((key, i) => {
    const dictionary = dictionaries[i] as ColumnDictionary;
    if (!dictionary.gaveUp)
      storedColumns[key] = { dictionary, codes: (codes[i] as Uint32Array).subarray(0, tab.rows.length) };
  });
  tab.storedColumns = storedColumns;
  tab.notData = notData;
  return tab;
}

/** The worksheet columns of the tab's own ids (Gap ID, Option ID): a row with an id is data. */
function idColumnsOf<K extends string>(tab: ParsedTab<K>): Set<number> {
  const ids = new Set<number>();
  for (const key of ["gapId", "optionId"]) {
    const col = (tab.columns as Partial<Record<string, number>>)[key];
    if (col !== undefined && tab.definition.columns[0]?.key === key) ids.add(col);
  }
  return ids;
}

/** Whether a row of a mapped tab (its cells, merges filled in) is not data, judged as readTab judges it. */
export function notDataTest<K extends string>(tab: ParsedTab<K>): (cells: readonly string[]) => boolean {
  const ids = idColumnsOf(tab);
  return (cells) => notDataKind(cells, ids) !== undefined;
}

/** Header text -> column key for a tab, with the user's own mapping on top. */
export function tabHeaderIndex<K extends string>(
  definition: TabDefinition<K>,
  overrides: ColumnOverrides = {},
): Map<string, K> {
  const index = headerIndex(definition);
  for (const [key, header] of Object.entries(overrides)) {
    if (header !== undefined && definition.columns.some((c) => c.key === key)) index.set(headerKey(header), key as K);
  }
  return index;
}

/**
 * Reads one worksheet row below the header of a mapped tab: undefined for a fully blank row or one
 * that repeats the header. Live re-checking reads edited rows with it, as readTab reads them all.
 */
export function dataRowReader<K extends string>(
  tab: ParsedTab<K>,
  header: GridRow,
): (gridRow: GridRow) => ParsedRow<K> | undefined {
  const keys = tab.definition.columns.map((c) => c.key);
  const repeatsHeader = repeatedHeaderTest(header, tab.columns, tab.definition);
  const template = rowTemplate(keys);
  const columnIndexes = columnIndexesOf(keys, tab.columns);
  // Bounded: a dictionary keeps at most MAX_VALUES values, however long the session.
  const dictionaries = columnDictionaries(keys, optionalKeys(tab.definition));
  return (gridRow) => {
    if (repeatsHeader(gridRow)) return undefined;
    const { raw, text, blank } = rowRecords(keys, columnIndexes, gridRow.cells, template, dictionaries);
    return blank ? undefined : { row: gridRow.row, raw, text };
  };
}

/**
 * Analysts paste the header row again above each section of a long tab: a row whose mapped cells
 * repeat the header is not data. Compared on the first two mapped columns before the rest, so the
 * test costs almost nothing on ordinary rows.
 */
function repeatedHeaderTest<K extends string>(
  header: GridRow,
  columns: Partial<Record<K, number>>,
  definition: TabDefinition<K>,
): (row: GridRow) => boolean {
  const mapped = (Object.values(columns) as number[]).sort((a, b) => a - b);
  const headerText = mapped.map((col) => (header.cells[col] ?? "").trim().toLowerCase());
  const same = (cell: string, header: string): boolean =>
    // Trimming only shortens and lower-casing ASCII keeps the length: a shorter ASCII cell can't
    // repeat the header, and is turned down without building a string ("İ" lower-cases longer).
    (cell.length >= header.length || !isAscii(cell)) &&
    !startsOtherwise(cell, header) &&
    cell.trim().toLowerCase() === header;
  const namesColumns = typedHeaderTest(header, columns, definition);
  // `every` stops at the first cell that differs: most data rows cost one comparison.
  return (row) => mapped.every((col, i) => same(row.cells[col] ?? "", headerText[i] as string)) || namesColumns(row);
}

/**
 * The header pasted again but typed otherwise ("use case group", "Receiver" under "Receiver(s)", an
 * alias, a cell left blank): a row whose filled mapped cells each name their own column, at least
 * two and half of them. A cell's first letter turns nearly every data row down before any key is built.
 */
function typedHeaderTest<K extends string>(
  header: GridRow,
  columns: Partial<Record<K, number>>,
  definition: TabDefinition<K>,
): (row: GridRow) => boolean {
  const checks = definition.columns.flatMap((column) => {
    const col = columns[column.key];
    if (col === undefined) return [];
    const names = [column.header, ...column.aliases, header.cells[col] ?? ""].filter((n) => n.trim() !== "");
    const keys = new Set(names.flatMap(headerKeys));
    const firsts = new Set([...keys].map((key) => key.charCodeAt(0)));
    return [{ col, keys, firsts }];
  });
  return (row) => {
    let named = 0;
    for (const { col, keys, firsts } of checks) {
      const cell = row.cells[col] ?? "";
      const first = firstLetter(cell);
      if (first === undefined) continue;
      if (!firsts.has(first) && first !== 35 /* # */) return false;
      if (!headerKeys(cell).some((key) => keys.has(key))) return false;
      named++;
    }
    return named >= 2 && named * 2 >= checks.length;
  };
}

/** The lower-case code of a cell's first character that is not a space; undefined for a blank cell. */
function firstLetter(cell: string): number | undefined {
  for (let i = 0; i < cell.length; i++) {
    const code = cell.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) continue;
    if (code >= 65 && code <= 90) return code + 32;
    return code < 128
      ? code
      : cell
          .slice(i, i + 1)
          .toLowerCase()
          .charCodeAt(0);
  }
  return undefined;
}

/**
 * Whether `cell`, trimmed and lower-cased, surely starts other than `header` (trimmed, lower case):
 * its first character is a letter, digit or sign of ASCII (so trimming keeps it and lower-casing
 * maps it alone) that differs from the header's first. Turns down nearly every data cell of a
 * long tab without building its lower-case copy.
 */
function startsOtherwise(cell: string, header: string): boolean {
  const first = cell.charCodeAt(0);
  if (!(first > 32 && first < 127)) return false; // a space, or beyond ASCII: the full comparison decides
  const lower = first >= 65 && first <= 90 ? first + 32 : first;
  return lower !== header.charCodeAt(0);
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** The row within the first HEADER_SEARCH_ROWS rows that matches the most column headers (at least two). */
export function findHeaderRow<K extends string>(rows: readonly GridRow[], index: Map<string, K>): GridRow | undefined {
  let best: GridRow | undefined;
  let bestCount = 1; // a single matching cell is more likely a title than a header row
  for (const row of rows) {
    if (row.row > HEADER_SEARCH_ROWS) break;
    const matched = new Set<K>();
    for (const cell of row.cells) {
      const key = cell === "" ? undefined : columnOfHeader(index, cell);
      if (key !== undefined) matched.add(key);
    }
    if (matched.size > bestCount) {
      best = row;
      bestCount = matched.size;
    }
  }
  return best;
}

function mapColumns<K extends string>(tab: ParsedTab<K>, header: GridRow, index: Map<string, K>): void {
  const unmatched: string[] = [];
  header.cells.forEach((cell, col) => {
    if (cell.trim() === "") return;
    const key = columnOfHeader(index, cell);
    if (key === undefined) {
      unmatched.push(cell.replace(/\s+/g, " ").trim());
      return;
    }
    const first = tab.columns[key];
    if (first !== undefined) {
      tab.headerProblems.push({
        kind: "duplicate-column",
        cell: cellAddress(header.row, col),
        row: header.row,
        column: canonicalHeader(tab.definition, key),
        message: `"${cell.trim()}" is a second "${tab.headers[key] ?? key}" column; only the first one (${cellAddress(header.row, first)}) is read.`,
      });
      return;
    }
    tab.columns[key] = col;
    tab.headers[key] = cell.replace(/\s+/g, " ").trim();
  });
  tab.missingRequired = tab.definition.columns
    .filter((c) => c.required && tab.columns[c.key] === undefined)
    .map((c) => c.key);
  tab.unmatchedHeaders = unmatched;
}

interface MergedRows {
  rows: readonly GridRow[];
  /** Cells a merge covers, besides its top-left one. */
  addresses: Set<string>;
  /** Whether the row holds nothing of its own (its values, if any, were merged down into it). */
  ownBlank(row: number): boolean;
}

/**
 * Rows below the header with a value merged down copied into each row of its area (in the merge's
 * first column: a value merged across columns is one value, not one per column), and the
 * addresses of every covered cell (edits must never target them).
 */
function mergedCellsBelow(grid: SheetGrid, headerRow: number): MergedRows {
  const addresses = new Set<string>();
  const merges = grid.merges.filter((m) => m.top > headerRow && (m.bottom > m.top || m.right > m.left));
  if (merges.length === 0) return { rows: grid.rows, addresses, ownBlank: () => false };
  const byRow = new Map<number, readonly string[]>();
  for (const row of grid.rows) byRow.set(row.row, row.cells);
  const own = new Map(byRow);
  // The adapter's arrays are never written to: a row is copied the first time a merge touches it.
  const copied = new Map<number, string[]>();
  const writable = (r: number): string[] => {
    let cells = copied.get(r);
    if (cells === undefined) {
      cells = [...(byRow.get(r) ?? [])];
      copied.set(r, cells);
      byRow.set(r, cells);
    }
    return cells;
  };
  const lastRow = grid.rows[grid.rows.length - 1]?.row ?? 0;
  for (const merge of merges) {
    const value = byRow.get(merge.top)?.[merge.left - 1] ?? "";
    // Rows past the last one with content hold no data rows to protect.
    for (let r = merge.top; r <= Math.min(merge.bottom, lastRow); r++) {
      for (let c = merge.left; c <= merge.right; c++) {
        if (r === merge.top && c === merge.left) continue;
        // Covered even when empty: a value written there would be hidden by the merge.
        addresses.add(cellAddress(r, c - 1));
        if (value === "" || c !== merge.left) continue;
        const cells = writable(r);
        while (cells.length < c) cells.push("");
        cells[c - 1] = value;
      }
    }
  }
  const rows = [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([row, cells]) => ({ row, cells }));
  const ownBlank = (row: number) => copied.has(row) && !(own.get(row) ?? []).some((cell) => cell.trim() !== "");
  return { rows, addresses, ownBlank };
}
