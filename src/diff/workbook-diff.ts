/**
 * What changed between two versions of a categorisation workbook, after daff's table diffs but by
 * the framework's row identity: per tab (found by role, so a renamed tab is still the same tab) the
 * rows added, removed and changed (each changed cell with its column, address, before and after),
 * and how many rows only moved; then the findings the new version introduced and the ones it
 * resolved, matched as waivers are (rule, tab, column, row identity). Cells are compared as the
 * checker reads them (the text Excel shows, as stored): a case or spacing edit is a change, a number
 * stored as text or a new fill colour is not. Pure: the workflow reads and checks the two books.
 */
import type { Finding } from "../check/finding";
import type { ValidationReport } from "../check/validation-report";
import { findingFingerprint } from "../check/baseline";
import { identityColumns } from "../check/waived-findings";
import type { TabId } from "../check/finding";
import { cellOf, headerOf, type ParsedRow, type ParsedTab } from "../sheets/parsed-tab";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import { matchRows } from "./row-matching";

/** A row's key cells by header: { "Use Case": "Forecast demand", ... }. */
export type RowKey = Record<string, string>;

export interface CellDiff {
  /** The column's header (the new version's spelling). */
  column: string;
  /** The cell in the new version (the old one when the new version lacks the column). */
  cell: string;
  before: string;
  after: string;
}

export interface ChangedRow {
  row: number;
  oldRow: number;
  key: RowKey;
  cells: CellDiff[];
}

export interface TabDiff {
  /** The tab's worksheet in the new version (the old one when the new version lacks the tab). */
  sheet: string;
  /** The worksheet in the old version when it was named otherwise (or "" when the old version lacked the tab). */
  oldSheet?: string;
  tab: TabId;
  added: Array<{ row: number; key: RowKey }>;
  removed: Array<{ row: number; key: RowKey }>;
  changed: ChangedRow[];
  /** Rows at another row number than before (sorted, or rows inserted or deleted above), changed or not. */
  moved: number;
}

export interface WorkbookDiff {
  old: string;
  new: string;
  tabs: TabDiff[];
  findings: { introduced: Finding[]; resolved: Finding[] };
}

export interface DiffSide {
  /** The file or the name the reader gives this version. */
  name: string;
  book: ParsedWorkbook;
  report: ValidationReport;
}

/** The three tabs, in the report's order. */
export const TABS: readonly TabId[] = ["categorisation", "gaps", "options"];

/** A row's key cells by the tab's headers, as read. */
export function rowKeyOf(tab: ParsedTab, row: ParsedRow): RowKey {
  const key: RowKey = {};
  for (const column of identityColumns[tab.definition.id as TabId]) key[headerOf(tab, column)] = row.text[column] ?? "";
  return key;
}

function changedCells(
  before: ParsedTab,
  after: ParsedTab,
  columns: readonly string[],
  old: ParsedRow,
  row: ParsedRow,
): CellDiff[] {
  const cells: CellDiff[] = [];
  for (const column of columns) {
    const was = old.raw[column] ?? "";
    const now = row.raw[column] ?? "";
    if (was === now) continue;
    const cell = cellOf(after, row.row, column) ?? cellOf(before, old.row, column) ?? "";
    cells.push({
      column: headerOf(after.columns[column] === undefined ? before : after, column),
      cell,
      before: was,
      after: now,
    });
  }
  return cells;
}

/** The columns either version maps, in the tab definition's order. */
function comparedColumns(before: ParsedTab | undefined, after: ParsedTab | undefined): string[] {
  const definition = (after ?? before)?.definition;
  if (definition === undefined) return [];
  return definition.columns
    .map((c) => c.key)
    .filter((key) => before?.columns[key] !== undefined || after?.columns[key] !== undefined);
}

export function diffTab(before: ParsedTab | undefined, after: ParsedTab | undefined): TabDiff | undefined {
  const either = after ?? before;
  if (either === undefined) return undefined;
  const id = either.definition.id as TabId;
  const columns = comparedColumns(before, after);
  const matching = matchRows(id, before?.rows ?? [], after?.rows ?? [], columns);
  const changed: ChangedRow[] = [];
  let moved = 0;
  for (const { before: old, after: row } of matching.pairs) {
    if (old.row !== row.row) moved++;
    const cells = before !== undefined && after !== undefined ? changedCells(before, after, columns, old, row) : [];
    if (cells.length > 0 && after !== undefined)
      changed.push({ row: row.row, oldRow: old.row, key: rowKeyOf(after, row), cells });
  }
  changed.sort((a, b) => a.row - b.row);
  const diff: TabDiff = {
    sheet: either.sheet,
    tab: id,
    added: after === undefined ? [] : matching.added.map((row) => ({ row: row.row, key: rowKeyOf(after, row) })),
    removed: before === undefined ? [] : matching.removed.map((row) => ({ row: row.row, key: rowKeyOf(before, row) })),
    changed,
    moved,
  };
  if (before?.sheet !== after?.sheet) diff.oldSheet = before?.sheet ?? "";
  return diff;
}

/** The book's tab of role `id` (found by role, whatever its sheet is called). */
export function tabOf(book: ParsedWorkbook, id: TabId): ParsedTab | undefined {
  return book[id] as ParsedTab | undefined;
}

/** Each finding that counts (not waived) with its identity (rule, tab, column, row key), as waivers match findings. */
function identified(side: DiffSide): Array<{ id: string; finding: Finding }> {
  return side.report.findings.flatMap((finding) => {
    if (finding.waived !== undefined) return [];
    return [{ id: findingFingerprint(side.book, finding), finding }];
  });
}

/** Findings of `side` beyond those `other` has of the same identity (counted, so a second duplicate shows). */
function beyond(
  side: ReadonlyArray<{ id: string; finding: Finding }>,
  other: ReadonlyArray<{ id: string }>,
): Finding[] {
  const counts = new Map<string, number>();
  for (const { id } of other) counts.set(id, (counts.get(id) ?? 0) + 1);
  return side.flatMap(({ id, finding }) => {
    const left = counts.get(id) ?? 0;
    if (left > 0) {
      counts.set(id, left - 1);
      return [];
    }
    return [finding];
  });
}

export function diffWorkbooks(before: DiffSide, after: DiffSide): WorkbookDiff {
  const tabs = TABS.flatMap((id) => diffTab(tabOf(before.book, id), tabOf(after.book, id)) ?? []);
  const old = identified(before);
  const now = identified(after);
  return {
    old: before.name,
    new: after.name,
    tabs,
    findings: { introduced: beyond(now, old), resolved: beyond(old, now) },
  };
}

/** Whether the new version introduced any error: the diff's exit status 1. */
export function introducesErrors(diff: WorkbookDiff): boolean {
  return diff.findings.introduced.some((f) => f.severity === "error");
}
