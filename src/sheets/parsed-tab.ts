/**
 * A tab read into rows of named columns. Each data row keeps the text as stored (`raw`, for exact
 * spelling checks and edits) and as a person reads it (`text`: cleaned, "" for empty cells and for
 * formula errors, which their own rule reports).
 */
import { cellAddress } from "../workbook/cell-address";
import { cleanText, needsCleaning } from "../model/text-normalise";
import { ColumnDictionary, isPlaceholder, NOT_KEPT, type StoredColumn } from "./column-dictionary";
import { isExcelError } from "./excel-errors";
import type { NotDataRow } from "./not-data-rows";
import { canonicalHeader } from "./tab-definitions";
import type { TabDefinition } from "./tab-definitions";

export interface ParsedRow<K extends string = string> {
  /** 1-based worksheet row. */
  row: number;
  raw: Record<K, string>;
  text: Record<K, string>;
}

export interface HeaderProblem {
  kind: "not-found" | "duplicate-column";
  message: string;
  /** The cell the problem is best shown on. */
  cell: string;
  row: number;
  column?: string;
}

export interface ParsedTab<K extends string = string> {
  definition: TabDefinition<K>;
  /** The worksheet's actual name. */
  sheet: string;
  /** 1-based header row, or undefined when no header row was found. */
  headerRow: number | undefined;
  /** Mapped columns: key -> 0-based worksheet column. */
  columns: Partial<Record<K, number>>;
  /** Each mapped column's header as the workbook spells it. */
  headers: Partial<Record<K, string>>;
  /** Required columns with no header in the tab. */
  missingRequired: K[];
  /** The header row's cells that name no column, as spelt (one of them may hold a missing column). Set by readTab. */
  unmatchedHeaders?: string[];
  headerProblems: HeaderProblem[];
  rows: ParsedRow<K>[];
  /** Addresses of formula cells stored with no result (SheetGrid.uncalculated), which read as empty; absent when none. */
  uncalculated?: ReadonlySet<string>;
  /** Addresses of cells that belong to a merged area but are not its top-left cell. */
  mergedCells: ReadonlySet<string>;
  /**
   * Rows below the header that hold something but are not data (not-data-rows.ts): totals rows,
   * notes, section titles; left out of `rows`, listed once by row.not-data. Set by readTab.
   */
  notData?: NotDataRow[];
  /**
   * The last worksheet row holding anything, in any column (mapped or not) or inside a merged area;
   * rows appended to the tab go below it. Set by readTab.
   */
  lastRow?: number;
  /**
   * Per column key, the rows whose cell reads empty (`text` is "": blank, or a formula error), in
   * order; a key with no such row is absent. Recorded by readTab while it builds the rows, so rules
   * about empty cells need not test every cell of every row.
   */
  emptyRows?: Partial<Record<K, ParsedRow<K>[]>>;
  /** Per column key, the rows whose stored value is an Excel error value ("#N/A"...), in order; recorded by readTab. */
  errorRows?: Partial<Record<K, ParsedRow<K>[]>>;
  /**
   * The column keys whose every row reads exactly as stored (`text` equals `raw`); recorded by
   * readTab, so a rule's dictionary of stored values can be the cleaned one without a look at
   * each row.
   */
  readAsStored?: ReadonlySet<K>;
  /**
   * Per column key, the dictionary of stored values readTab built and each row's number in it, so
   * column-values.ts numbers a column's values from a typed array instead of visiting every row.
   */
  storedColumns?: Partial<Record<K, StoredColumn>>;
}

/** The A1 address of a row's cell in a column, or undefined when the tab has no such column. */
export function cellOf<K extends string>(tab: ParsedTab<K>, row: number, key: K): string | undefined {
  const col = tab.columns[key];
  return col === undefined ? undefined : cellAddress(row, col);
}

/** The header's spelling for messages: the workbook's own, else the canonical one. */
export function headerOf<K extends string>(tab: ParsedTab<K>, key: K): string {
  return tab.headers[key] ?? canonicalHeader(tab.definition, key);
}

export function hasColumn<K extends string>(tab: ParsedTab<K>, key: K): boolean {
  return tab.columns[key] !== undefined;
}

/**
 * Builds a row's raw and cleaned records from the worksheet cells; `columnIndexes` is columnIndexesOf
 * the tab's columns, `dictionaries` (one per key, kept across the tab's rows) know what each stored
 * value reads as (a column of free text, whose dictionary gave up, is judged cell by cell), and
 * `columnCodes`, when given, receives at index `at` the number of each key's value in its
 * dictionary (a row that turns out blank is written over by the next one). Nearly every row reads
 * exactly as stored (no stray spaces, no formula error): then `text` is the `raw` object itself,
 * which halves what a large tab allocates. Neither record is ever written to after this, so
 * sharing one is safe.
 */
export function rowRecords<K extends string>(
  keys: readonly K[],
  columnIndexes: readonly (number | undefined)[],
  cells: readonly string[],
  template: Record<K, string>,
  dictionaries: readonly ColumnDictionary[],
  columnCodes?: readonly Uint32Array[],
  at = 0,
): {
  raw: Record<K, string>;
  text: Record<K, string>;
  blank: boolean;
  emptyMask: number;
  errorMask: number;
  cleanedMask: number;
} {
  // Copies of a template with every key already in place share its shape, so filling them in
  // changes values only: much cheaper than adding 18 properties one by one to an empty object.
  const raw = { ...template };
  let text = raw; // until a value reads other than stored
  let blank = true;
  // Bit i set when keys[i] reads empty (for the first 31 keys; readTab checks the count).
  let emptyMask = 0;
  // Bit i set when the stored value of keys[i] is an Excel error value.
  let errorMask = 0;
  // Bit i set when keys[i] reads other than stored.
  let cleanedMask = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as K;
    const col = columnIndexes[i];
    const value = col === undefined ? "" : (cells[col] ?? "");
    raw[key] = value;
    const dictionary = dictionaries[i] as ColumnDictionary;
    const code = dictionary.codeOf(value);
    if (columnCodes !== undefined) (columnCodes[i] as Uint32Array)[at] = code;
    let shown: string;
    let storedError: boolean;
    if (code !== NOT_KEPT) {
      shown = dictionary.shown[code] as string;
      storedError = dictionary.storedError[code] === true;
      if (dictionary.filled[code] === true) blank = false;
    } else {
      // A column of free text, judged cell by cell.
      const cleaned = value === "" || !needsCleaning(value) ? value : cleanText(value);
      const error = isExcelError(cleaned);
      shown = error || (dictionary.blankPlaceholders && isPlaceholder(cleaned)) ? "" : cleaned;
      storedError = error && isExcelError(value);
      if (cleaned !== "") blank = false;
    }
    if (shown !== value) {
      if (text === raw) text = { ...raw }; // the keys before this one read as stored
      if (i < 31) cleanedMask |= 1 << i;
    }
    if (text !== raw) text[key] = shown;
    if (shown === "" && i < 31) emptyMask |= 1 << i;
    if (storedError && i < 31) errorMask |= 1 << i;
  }
  return { raw, text, blank, emptyMask, errorMask, cleanedMask };
}

/** A fresh dictionary per key, for rowRecords; the `optional` keys read a placeholder ("N/A", "-") as empty. */
export function columnDictionaries(
  keys: readonly string[],
  optional: ReadonlySet<string> = new Set(),
): ColumnDictionary[] {
  return keys.map((key) => new ColumnDictionary(optional.has(key)));
}

/** The keys of a tab's optional columns, whose placeholders ("N/A") read as empty. */
export function optionalKeys(definition: TabDefinition): Set<string> {
  return new Set(definition.columns.filter((c) => !c.required).map((c) => c.key));
}

/** Each key's worksheet column (undefined when the tab has none), in the order of `keys`, for rowRecords. */
export function columnIndexesOf<K extends string>(
  keys: readonly K[],
  columns: Partial<Record<K, number>>,
): (number | undefined)[] {
  return keys.map((key) => columns[key]);
}

/** An object with every key, in order, set to "": the template rowRecords copies for each row. */
export function rowTemplate<K extends string>(keys: readonly K[]): Record<K, string> {
  const template = {} as Record<K, string>;
  for (const key of keys) template[key] = "";
  return template;
}

/**
 * The same tab holding other rows (a subset, or rows after an edit). The per-column records
 * readTab makes (emptyRows, errorRows, readAsStored, storedColumns) are of the old rows, so they are left out:
 * rules then look at the rows themselves.
 */
export function tabWithRows<K extends string>(tab: ParsedTab<K>, rows: ParsedRow<K>[]): ParsedTab<K> {
  const copy: ParsedTab<K> = { ...tab, rows };
  delete copy.emptyRows;
  delete copy.errorRows;
  delete copy.readAsStored;
  delete copy.storedColumns;
  return copy;
}
