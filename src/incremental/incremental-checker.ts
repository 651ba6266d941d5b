/**
 * Live checking: holds a workbook's tabs as read, their findings and indexes of the rows that rules
 * compare, and takes changes to rows (edited, inserted, deleted) one at a time. Each change is
 * checked again only where it can make a difference (see rule-plans.ts for each kind of rule), and
 * the findings that result are exactly, in content and order, those of a full check of the changed
 * workbook (the property test in tests/incremental holds it to that).
 *
 * Some changes are checked in full instead, because they can change how the whole tab is read:
 * a change at or above a tab's header row, one that moves which row is the header (rows within the
 * first HEADER_SEARCH_ROWS compete for it), any change to a tab with merged cells below its header
 * (a merged value counts on every row it covers), a change that touches a row that is not data
 * or makes a row one (row.not-data lists them once per tab; rows inserted or deleted above them
 * only move them: not-data-moves.ts), any change to the Roles tab (the role vocabulary),
 * and every change while a rule across rows or tabs has no plan in rule-plans.ts. A large change
 * (see LargeChange) is checked in full too, from the rows as read incrementally, because that is
 * quicker.
 *
 * Rows inserted or deleted move every row below them: those rows are spliced into (or out of) the
 * row lists and renumbered in place, not read or checked again, and their findings move with them
 * (moveRows). The checker keeps its own copies of the grids' rows for that; a `workbook` it gave out
 * earlier shares its tabs' row lists, so it sees the shift too: read it again after a change.
 */
import type { ReferenceModel } from "../model/reference-model";
import { looseKey } from "../model/text-normalise";
import type { Finding } from "../check/finding";
import { idKey } from "../rules/utils/id-keys";
import { rules as allRules } from "../rules/index";
import notDataListing from "../rules/row.not-data";
import type { Rule, RuleContext } from "../check/rule";
import { roleVocabulary } from "../check/role-vocabulary";
import { collectFindings, runRules, sortFindings } from "../check/run-rules";
import { tabWithRows, type ParsedRow, type ParsedTab } from "../sheets/parsed-tab";
import { chooseTabs, type ParsedWorkbook, type WorkbookOverrides } from "../sheets/parsed-workbook";
import type { TabChoice } from "../sheets/tab-candidates";
import {
  dataRowReader,
  findHeaderRow,
  HEADER_SEARCH_ROWS,
  notDataTest,
  readTab,
  tabHeaderIndex,
} from "../sheets/read-tab";
import { readRolesTab } from "../sheets/roles-tab";
import { categorisationTab, gapsTab, optionsTab, type TabDefinition } from "../sheets/tab-definitions";
import type { GridRow, SheetGrid, WorkbookReader } from "../workbook/port";
import { firstOfGroup, GroupIndex } from "./group-index";
import {
  applyRowChange,
  firstAtOrAfter,
  joinPieces,
  moveItems,
  rowsTouched,
  shiftMerges,
  type RowChange,
  type RowsChanged,
} from "./row-change";
import { groupPlans, linkPlans, recheckClass, type ChangeSummary, type Grouping, type TabId } from "./rule-plans";
import { movedNotData, touchesNotData } from "./not-data-moves";
import { RowFindings } from "./row-findings";
import { mentionedNumber, shiftedRowNumber, shiftFinding, type RowShift } from "./shift-findings";

type Row = ParsedRow<string>;

/** The worksheets the checker reads: the three tabs and the Roles tab, where the workbook has them. */
export interface TabGrids {
  sheetNames: string[];
  categorisation?: SheetGrid;
  gaps?: SheetGrid;
  options?: SheetGrid;
  roles?: SheetGrid;
  /** Tabs for which several sheets were candidates (chooseTabs). */
  choices?: TabChoice[];
}

const NAME_COLUMNS = ["informationObject", "useCase"] as const;
const TAB_IDS: readonly TabId[] = ["categorisation", "gaps", "options"];
const notDataRule = notDataListing.id;
const DEFINITIONS: Record<TabId, TabDefinition<string>> = {
  categorisation: categorisationTab,
  gaps: gapsTab,
  options: optionsTab,
};

/** Reads, through the port, the sheets a check reads. */
export async function readTabGrids(reader: WorkbookReader, overrides: WorkbookOverrides = {}): Promise<TabGrids> {
  const sheetNames = await reader.sheetNames();
  const { where, grids: read, choices } = await chooseTabs(reader, sheetNames, overrides);
  const grids: TabGrids = { sheetNames };
  for (const id of [...TAB_IDS, "roles"] as const) {
    const sheet = where[id];
    if (sheet !== undefined) grids[id] = read.get(sheet) ?? (await reader.readSheet(sheet));
  }
  if (choices.length > 0) grids.choices = choices;
  return grids;
}

interface TabState {
  id: TabId;
  /** Its header row's cells, and the reader of the rows below it (undefined: no header found). */
  header?: { row: GridRow; read: (row: GridRow) => Row | undefined };
  /** Findings on rows that are not data rows (the header's, row.not-data's), in order. */
  headerFindings: Finding[];
  /** Each data row's findings, in order; rows without findings are absent. */
  findings: RowFindings<Row>;
  indexes: Map<Grouping | "useCase", GroupIndex<Row>>;
  /** Information object keys (lower case) grouped by their loose key, for near-duplicate names. */
  similar: GroupIndex<string>;
  /** The largest number the words of each row's findings name (shift-findings.ts); rows naming none are absent. */
  numbered: Map<Row, number>;
}

/** Findings to put on a row: the rules checked again there, and what they found. */
interface RowUpdate {
  tab: TabId;
  /** The ids of each run of rules that covered the row (one set per run, shared by its rows). */
  rules: Array<ReadonlySet<string>>;
  found: Finding[];
}

/**
 * Rows to check again after rows moved, because their findings name moved rows' numbers: `own`
 * rows have their own-row and link rules run again, `groups` rows the rules of their groups.
 */
/** The rows a shift moves: rows[from..], still numbered as before `change`. */
interface RowsMoving {
  change: RowShift;
  rows: readonly Row[];
  from: number;
}

interface RowsToRecheck {
  own: Set<Row>;
  groups: Map<Grouping, Set<Row>>;
}

/**
 * When a change counts as large: more than `rows` rows new or checked again (moved rows are only
 * renumbered), and more than `share` of the tab's rows. Re-checking a row incrementally costs several times its share of a full check, so a
 * large change (rows inserted near the top of a long tab) is checked in full; the default was
 * measured with npm run bench.
 */
export interface LargeChange {
  rows: number;
  share: number;
}

export interface CheckerOptions {
  overrides?: WorkbookOverrides;
  rules?: readonly Rule[];
  largeChange?: LargeChange;
}

export type CheckKind = "incremental" | "full" | "none";

export class IncrementalChecker {
  private book: ParsedWorkbook = { sheetNames: [] };
  private context!: RuleContext;
  private readonly states = new Map<TabId, TabState>();
  private readonly ruleOrder: Map<string, number>;
  private readonly unplanned: Rule[];
  private readonly sheetTabs: Map<string, TabId | "roles">;
  private flat: Finding[] | undefined;
  /** How the last change was checked: only where it matters, in full, or not at all (a sheet no rule reads). */
  lastCheck: CheckKind = "full";

  private readonly grids: TabGrids;
  private readonly overrides: WorkbookOverrides;
  private readonly rules: readonly Rule[];
  private readonly largeChange: LargeChange;

  constructor(
    grids: TabGrids,
    private readonly model: ReferenceModel,
    options: CheckerOptions = {},
  ) {
    this.grids = ownGrids(grids); // changes renumber grid rows in place: never the caller's
    this.overrides = options.overrides ?? {};
    this.rules = options.rules ?? allRules;
    this.largeChange = options.largeChange ?? { rows: 1_000, share: 1 / 8 };
    this.ruleOrder = new Map(this.rules.map((rule, i) => [rule.id, i]));
    this.unplanned = this.rules.filter((rule) => recheckClass(rule) === "unplanned");
    this.sheetTabs = new Map();
    for (const id of [...TAB_IDS, "roles"] as const) {
      const grid = grids[id];
      if (grid !== undefined) this.sheetTabs.set(grid.name, id);
    }
    this.checkInFull();
  }

  static async open(
    reader: WorkbookReader,
    model: ReferenceModel,
    options: CheckerOptions = {},
  ): Promise<IncrementalChecker> {
    return new IncrementalChecker(await readTabGrids(reader, options.overrides), model, options);
  }

  /** A row's cells as the checker holds them now (column A first); [] for an empty row or an unread sheet. */
  gridRow(sheet: string, row: number): readonly string[] {
    const id = this.sheetTabs.get(sheet);
    const grid = id === undefined ? undefined : this.grids[id];
    if (grid === undefined) return [];
    // Binary search: grid rows are in row order.
    let low = 0;
    let high = grid.rows.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const found = grid.rows[mid] as GridRow;
      if (found.row === row) return found.cells;
      if (found.row < row) low = mid + 1;
      else high = mid - 1;
    }
    return [];
  }

  /** The workbook as it stands after the changes so far. */
  get workbook(): ParsedWorkbook {
    return this.book;
  }

  /** The findings of the workbook as it stands, in runRules' order. */
  get findings(): readonly Finding[] {
    return (this.flat ??= this.flatten());
  }

  /** Applies one change to the rows of one sheet and returns the findings of the changed workbook. */
  apply(change: RowChange): readonly Finding[] {
    const id = this.sheetTabs.get(change.sheet);
    if (id === undefined) {
      this.lastCheck = "none";
      return this.findings;
    }
    const before = this.grids[id] as SheetGrid;
    const grid = changeGrid(before, change);
    this.grids[id] = grid;
    if (id === "roles" || this.needsFullCheck(id, before, grid, change)) {
      this.checkInFull();
      return this.findings;
    }
    this.checkChange(id, change);
    return this.findings;
  }

  private needsFullCheck(id: TabId, before: SheetGrid, after: SheetGrid, change: RowChange): boolean {
    const header = this.states.get(id)?.header;
    const headerRow = header?.row.row;
    if (this.unplanned.length > 0 || headerRow === undefined) return true;
    const { first } = rowsTouched(change);
    if (first <= headerRow) return true;
    const mergedBelow = (grid: SheetGrid) =>
      grid.merges.some((m) => m.top > headerRow && (m.bottom > m.top || m.right > m.left));
    if (mergedBelow(before) || mergedBelow(after)) return true;
    // Rows that are not data (totals, notes, titles) are judged from the row alone: only a change
    // that touches one, or makes a row one, can change which rows are data (not-data-moves.ts).
    const tab = this.tab(id);
    if (tab !== undefined && touchesNotData(tab.notData ?? [], change, notDataTest(tab))) return true;
    if (first > HEADER_SEARCH_ROWS) return false;
    const definition = DEFINITIONS[id];
    return findHeaderRow(after.rows, tabHeaderIndex(definition, this.overrides[id]))?.row !== headerRow;
  }

  /** Reads every tab again from its grid and runs every rule. */
  private checkInFull(): void {
    const book: ParsedWorkbook = {
      sheetNames: this.grids.sheetNames,
      ...(this.grids.choices === undefined ? {} : { tabChoices: this.grids.choices }),
    };
    for (const id of TAB_IDS) {
      const grid = this.grids[id];
      if (grid !== undefined)
        (book as Record<TabId, ParsedTab<string>>)[id] = readTab(DEFINITIONS[id], grid, this.overrides[id]);
    }
    if (this.grids.roles !== undefined)
      book.roles = { sheet: this.grids.roles.name, terms: readRolesTab(this.grids.roles) };
    this.checkAll(book);
  }

  /** Runs every rule over `book` and indexes its rows and findings afresh. */
  private checkAll(book: ParsedWorkbook): void {
    this.lastCheck = "full";
    this.flat = undefined;
    this.book = book;
    this.context = { book, model: this.model, roles: roleVocabulary(book, this.model) };
    this.states.clear();
    const rowsBySheet = new Map<string, { state: TabState; rows: Map<number, Row> }>();
    for (const id of TAB_IDS) {
      const tab = this.tab(id);
      const grid = this.grids[id];
      if (tab === undefined || grid === undefined) continue;
      const state = newTabState(id);
      const headerRow = grid.rows.find((r) => r.row === tab.headerRow);
      if (tab.headerRow !== undefined && headerRow !== undefined)
        state.header = { row: headerRow, read: dataRowReader(tab, headerRow) };
      for (const row of tab.rows) addToIndexes(state, row);
      this.states.set(id, state);
      rowsBySheet.set(tab.sheet, { state, rows: new Map(tab.rows.map((r) => [r.row, r])) });
    }
    const byRow = new Map<Row, { state: TabState; list: Finding[] }>();
    for (const finding of runRules(book, this.model, this.rules)) {
      const where = rowsBySheet.get(finding.sheet);
      if (where === undefined) continue; // not a tab's finding (none are)
      const row = where.rows.get(finding.row);
      if (row === undefined) where.state.headerFindings.push(finding);
      else {
        const held = byRow.get(row);
        if (held === undefined) byRow.set(row, { state: where.state, list: [finding] });
        else held.list.push(finding);
      }
    }
    for (const [row, { state, list }] of byRow) {
      state.findings.set(row, list);
      noteNumbers(state, row, list);
    }
  }

  private checkChange(id: TabId, change: RowChange): void {
    const state = this.states.get(id) as TabState;
    const tab = this.tab(id) as ParsedTab<string>;
    const read = (state.header as NonNullable<TabState["header"]>).read;
    // Rows that move keep their identity, renumbered in place below (moveRows), so the indexes and
    // findings keyed by them stand; until then they keep their old numbers.
    const rows = applyRowChange<Row>(tab.rows, change, (row, cells) => read({ row, cells }));
    const moving = change.kind === "edit" ? undefined : { change, rows: rows.rows, from: rows.movedFrom };
    const removed = rows.changedOld;

    // A row's cell counts as changed when its text differs from the row's before (by row number:
    // an edit keeps it, an inserted or deleted row has no counterpart).
    const before = new Map(rows.changedOld.map((r) => [r.row, r]));
    const after = new Map(rows.changedNew.map((r) => [r.row, r]));
    const differs = (column: string) => (r: Row) =>
      (before.get(r.row)?.raw[column] ?? "") !== (after.get(r.row)?.raw[column] ?? "");
    // A name list changes only where a row that gives a name its first spelling gets or loses
    // that name (rows that only move keep their order).
    const firstSpellings = (column: string, changed: readonly Row[]) => {
      const group = state.indexes.get(column === "useCase" ? "useCase" : "object");
      return (
        group !== undefined &&
        changed.some((r) => differs(column)(r) && (r.text[column] ?? "") !== "" && firstOfGroup(group, r))
      );
    };
    const namesBefore = new Map(NAME_COLUMNS.map((column) => [column, firstSpellings(column, rows.changedOld)]));
    for (const row of removed) {
      removeFromIndexes(state, row);
      state.numbered.delete(row);
    }
    state.findings.setAll(new Map(removed.map((row) => [row, []])));
    // Findings move with their rows, and with the rows they name; those that cannot be moved are
    // found again, each by its own kind of re-check.
    const again: RowsToRecheck = { own: new Set(), groups: new Map() };
    if (moving !== undefined) this.moveRows(state, moving, again);
    const toCheck =
      rows.changedNew.length + again.own.size + [...again.groups.values()].reduce((n, g) => n + g.size, 0);
    // Rows that are not data stay out of the rows; those below rows inserted or deleted move.
    const notData = tab.notData === undefined ? undefined : movedNotData(tab.notData, change);
    const changedTab = (): ParsedTab<string> => ({
      ...tabWithRows(tab, rows.rows),
      ...(notData === undefined ? {} : { notData }),
    });
    if (toCheck > this.largeChange.rows && toCheck > this.largeChange.share * tab.rows.length) {
      this.checkAll({ ...this.book, [id]: changedTab() });
      return;
    }
    for (const row of rows.changedNew) addToIndexes(state, row);
    const added = [...rows.changedNew, ...again.own];
    const namesAfter = new Map(NAME_COLUMNS.map((column) => [column, firstSpellings(column, rows.changedNew)]));
    const summary: ChangeSummary = {
      tab: id,
      changed: (column) => [...rows.changedOld, ...rows.changedNew].some(differs(column)),
      namesChanged: (column) =>
        id === "categorisation" && (namesBefore.get(column) === true || namesAfter.get(column) === true),
    };

    this.lastCheck = "incremental";
    this.book = { ...this.book, [id]: changedTab() };
    this.context = { ...this.context, book: this.book };
    if (change.kind !== "edit" && (notData?.length ?? 0) > 0) this.recheckTabFindings(state, id);

    const updates = new Map<Row, RowUpdate>();
    const ownRow = this.rules.filter((rule) => recheckClass(rule) === "own-row");
    this.recheck(updates, ownRow, { [id]: added }, false);
    this.recheckGroups(updates, state, removed, rows.changedNew, again.groups);
    for (const rule of this.rules) {
      const plan = recheckClass(rule) === "link" ? linkPlans[rule.id] : undefined;
      if (plan === undefined) continue;
      const subsets: Partial<Record<TabId, Row[]>> = {};
      for (const target of plan.targets) {
        const targetTab = this.tab(target);
        if (targetTab !== undefined)
          subsets[target] = plan.whole(summary) ? targetTab.rows : target === id ? added : [];
      }
      this.recheck(updates, [rule], subsets, true);
    }
    this.store(updates);
    // An edit moves no row: the list of findings is patched where rows changed, not rebuilt.
    if (change.kind === "edit" && this.flat !== undefined) {
      const touched = [...removed, ...added].map((row) => ({ tab: id, row: row.row }));
      for (const [row, update] of updates) touched.push({ tab: update.tab, row: row.row });
      this.flat = this.patched(this.flat, touched);
    } else this.flat = undefined;
  }

  /** `flat` with the findings of each touched row (tab and row number) replaced by the row's findings now. */
  private patched(flat: readonly Finding[], touched: ReadonlyArray<{ tab: TabId; row: number }>): Finding[] {
    const tabOrder = new Map(this.book.sheetNames.map((name, i) => [name, i]));
    const rank = (tab: TabId) => tabOrder.get(this.tab(tab)?.sheet ?? "") ?? 0;
    const keys = [...new Map(touched.map((t) => [`${t.tab} ${t.row}`, { ...t, rank: rank(t.tab) }])).values()].sort(
      (a, b) => a.rank - b.rank || a.row - b.row,
    );
    // First index from `from` whose finding is at or after (rank, row), or after it when `past`.
    const search = (rankOf: number, row: number, from: number, past: boolean) => {
      let lo = from;
      let hi = flat.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const f = flat[mid] as Finding;
        const r = tabOrder.get(f.sheet) ?? 0;
        const before = r < rankOf || (r === rankOf && (past ? f.row <= row : f.row < row));
        if (before) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const pieces: Finding[][] = [];
    let prev = 0;
    for (const key of keys) {
      const start = search(key.rank, key.row, prev, false);
      const end = search(key.rank, key.row, start, true);
      pieces.push(flat.slice(prev, start));
      const rows = this.tab(key.tab)?.rows ?? [];
      const row = rows[firstAtOrAfter(rows, key.row)];
      if (row !== undefined && row.row === key.row) pieces.push(this.states.get(key.tab)?.findings.get(row) ?? []);
      prev = end;
    }
    pieces.push(flat.slice(prev));
    return joinPieces(pieces);
  }

  /**
   * Renumbers each moved row in place and moves its findings with it, and moves the row numbers
   * named by the findings of rows above the change. A finding that cannot be moved (shiftFinding)
   * is dropped and its row put in `again`: for its own-row and link rules, or its group's rules.
   */
  private moveRows(state: TabState, moving: RowsMoving, again: RowsToRecheck): void {
    const { change } = moving;
    const above: Row[] = [];
    for (const [row, largest] of state.numbered) if (row.row < change.at && largest >= change.at) above.push(row);
    const by = change.kind === "insert" ? change.count : -change.count;
    moveItems(moving.rows, moving.from, change);
    const firstMoved = change.at + Math.max(by, 0);
    // The row's findings as they read after the change; those that cannot be moved are left out.
    const move = (row: Row, list: readonly Finding[], rowMoved: boolean): Finding[] => {
      const largest = state.numbered.get(row) ?? -1;
      const words = largest >= change.at;
      const moved = new Array<Finding>(list.length);
      let kept = 0;
      for (const finding of list) {
        const shifted = rowMoved || words ? shiftFinding(change, finding, words) : finding;
        if (shifted !== undefined) {
          moved[kept++] = shifted;
          continue;
        }
        const grouping = groupPlans[finding.rule]?.by;
        if (grouping === undefined) again.own.add(row);
        else again.groups.set(grouping, (again.groups.get(grouping) ?? new Set()).add(row));
      }
      moved.length = kept;
      // Every number its words name from change.at on moved by `by`, or the finding was dropped.
      if (kept < list.length) noteNumbers(state, row, moved);
      else if (words) state.numbered.set(row, largest + by);
      return moved;
    };
    for (const row of above) {
      const moved = move(row, state.findings.get(row) ?? [], false);
      if (moved.length > 0) state.findings.set(row, moved);
      else state.findings.delete(row);
    }
    // The rows with findings are fewer than the rows that move, and deleted rows' findings are gone.
    state.findings.updateFrom(firstMoved, (row, list) => move(row, list, true));
  }

  /**
   * Runs the rules of each grouping again over the whole groups that removed and added rows belong
   * to, and the groups of `more` rows by grouping.
   */
  private recheckGroups(
    updates: Map<Row, RowUpdate>,
    state: TabState,
    removed: readonly Row[],
    added: readonly Row[],
    more: RowsToRecheck["groups"],
  ): void {
    const byGrouping = new Map<Grouping, Rule[]>();
    for (const rule of this.rules) {
      const plan = recheckClass(rule) === "group" ? groupPlans[rule.id] : undefined;
      if (plan === undefined || !plan.tabs.includes(state.id)) continue;
      byGrouping.set(plan.by, [...(byGrouping.get(plan.by) ?? []), rule]);
    }
    for (const [grouping, rules] of byGrouping) {
      const groupRows = rowsOfGroups(state, grouping, [...removed, ...added, ...(more.get(grouping) ?? [])]);
      this.recheck(updates, rules, { [state.id]: groupRows }, false);
    }
  }

  /**
   * Runs `rules` over a view of the workbook in which each tab of `subsets` holds only those rows
   * (and, unless `keepOtherTabs`, no other tab has rows), and records what they find as the
   * rules' findings on exactly those rows.
   */
  private recheck(
    updates: Map<Row, RowUpdate>,
    rules: readonly Rule[],
    subsets: Partial<Record<TabId, readonly Row[]>>,
    keepOtherTabs: boolean,
  ): void {
    if (Object.values(subsets).every((rows) => rows.length === 0)) return;
    const view: ParsedWorkbook = keepOtherTabs
      ? { ...this.book }
      : { sheetNames: this.book.sheetNames, ...(this.book.roles === undefined ? {} : { roles: this.book.roles }) };
    const rowsBySheet = new Map<string, Map<number, Row>>();
    const ids = new Set(rules.map((rule) => rule.id));
    for (const [id, rows] of Object.entries(subsets) as Array<[TabId, Row[]]>) {
      const tab = this.tab(id);
      if (tab === undefined) continue;
      (view as Record<TabId, ParsedTab<string>>)[id] = tabWithRows(tab, rows);
      rowsBySheet.set(tab.sheet, new Map(rows.map((r) => [r.row, r])));
      for (const row of rows) {
        const update = updates.get(row);
        if (update === undefined) updates.set(row, { tab: id, rules: [ids], found: [] });
        else update.rules.push(ids);
      }
    }
    for (const finding of collectFindings({ ...this.context, book: view }, rules)) {
      const row = rowsBySheet.get(finding.sheet)?.get(finding.row);
      const update = row === undefined ? undefined : updates.get(row);
      // The plans say which rows a rule can report on; a finding elsewhere means a plan is wrong.
      if (update === undefined)
        throw new Error(
          `Live check: ${finding.rule} reported ${finding.sheet}!${finding.cell}, outside the rows it was given.`,
        );
      update.found.push(finding);
    }
  }

  private store(updates: ReadonlyMap<Row, RowUpdate>): void {
    const order = (f: Finding) => this.ruleOrder.get(f.rule) ?? 0;
    const byTab = new Map<TabState, Map<Row, Finding[]>>();
    for (const [row, update] of updates) {
      const state = this.states.get(update.tab) as TabState;
      const kept = (state.findings.get(row) ?? []).filter((f) => !update.rules.some((ids) => ids.has(f.rule)));
      const list = [...kept, ...update.found];
      // Ties in reading order keep rule order, then the order a rule reported them: as runRules has it.
      list.sort((a, b) => order(a) - order(b));
      const sorted = sortFindings(this.book.sheetNames, list);
      noteNumbers(state, row, sorted);
      const changes = byTab.get(state) ?? new Map<Row, Finding[]>();
      byTab.set(state, changes.set(row, sorted));
    }
    for (const [state, changes] of byTab) state.findings.setAll(changes);
  }

  /**
   * Finds again the findings of `id` that sit on no data row (row.not-data's list names rows that
   * inserted or deleted rows have moved), by the rules that report on the tab as a whole.
   */
  private recheckTabFindings(state: TabState, id: TabId): void {
    const tab = this.tab(id) as ParsedTab<string>;
    const rules = this.rules.filter((rule) => rule.id === notDataRule);
    if (rules.length === 0) return;
    const found = runRules({ sheetNames: this.book.sheetNames, [id]: tab }, this.model, rules);
    state.headerFindings = sortFindings(this.book.sheetNames, [
      ...state.headerFindings.filter((finding) => finding.rule !== notDataRule),
      ...found,
    ]);
  }

  private flatten(): Finding[] {
    const tabOrder = new Map(this.book.sheetNames.map((name, i) => [name, i]));
    const ids = TAB_IDS.filter((id) => this.states.has(id)).sort(
      (a, b) => (tabOrder.get(this.tab(a)?.sheet ?? "") ?? 0) - (tabOrder.get(this.tab(b)?.sheet ?? "") ?? 0),
    );
    const states = ids.map((id) => this.states.get(id) as TabState);
    const out = new Array<Finding>(
      states.reduce((n, state) => n + state.findings.size + state.headerFindings.length, 0),
    );
    // Findings on rows that are not data rows (the header's; row.not-data's on a note below the
    // data) go where reading order puts them: before the first data row past them.
    let at = 0;
    for (const state of states) at = state.findings.writeInOrder(out, at, state.headerFindings);
    return out;
  }

  private tab(id: TabId): ParsedTab<string> | undefined {
    return this.book[id] as ParsedTab<string> | undefined;
  }
}

/** The grids with rows of the checker's own, so that moving them (changeGrid) leaves the caller's as read. */
function ownGrids(grids: TabGrids): TabGrids {
  const own: TabGrids = { ...grids };
  for (const id of [...TAB_IDS, "roles"] as const) {
    const grid = grids[id];
    if (grid !== undefined) own[id] = { ...grid, rows: grid.rows.map((r) => ({ row: r.row, cells: r.cells })) };
  }
  return own;
}

/** The grid after the change; rows inserted or deleted are spliced, and those that move renumbered, in place (the grid before is not kept). */
function changeGrid(grid: SheetGrid, change: RowChange): SheetGrid {
  const make = (row: number, cells: readonly string[]) => (cells.some((c) => c !== "") ? { row, cells } : undefined);
  const { rows, movedFrom }: RowsChanged<GridRow> = applyRowChange<GridRow>(grid.rows as GridRow[], change, make);
  moveItems(rows, movedFrom, change);
  const changed: SheetGrid = { name: grid.name, rows, merges: shiftMerges(grid.merges, change) };
  // Tables' totals rows move with the rows, as Excel moves them; a deleted one is gone.
  const totals = grid.totalsRows?.flatMap((total) => {
    const row = change.kind === "edit" ? total.row : shiftedRowNumber(change, total.row);
    return row === undefined ? [] : [{ ...total, row }];
  });
  if (totals !== undefined && totals.length > 0) changed.totalsRows = totals;
  return changed;
}

const looseKeys = new Map<string, string>();
function memoLooseKey(objectKey: string): string {
  let key = looseKeys.get(objectKey);
  if (key === undefined) {
    key = looseKey(objectKey);
    if (looseKeys.size > 100_000) looseKeys.clear();
    looseKeys.set(objectKey, key);
  }
  return key;
}

function newTabState(id: TabId): TabState {
  const lower = (column: string, skipEmpty: boolean) => (row: Row) => {
    const value = row.text[column] ?? "";
    return skipEmpty && value === "" ? undefined : value.toLowerCase();
  };
  const byId = (column: string) => (row: Row) => (row.text[column] === "" ? undefined : idKey(row.text[column] ?? ""));
  const indexes = new Map<Grouping | "useCase", GroupIndex<Row>>();
  if (id !== "options") indexes.set("object", new GroupIndex(lower("informationObject", false)));
  if (id === "categorisation") indexes.set("useCase", new GroupIndex(lower("useCase", true)));
  if (id === "gaps") indexes.set("gapId", new GroupIndex(byId("gapId")));
  if (id === "options") indexes.set("optionId", new GroupIndex(byId("optionId")));
  return {
    id,
    headerFindings: [],
    findings: new RowFindings(),
    indexes,
    similar: new GroupIndex((objectKey) => (objectKey === "" ? undefined : memoLooseKey(objectKey))),
    numbered: new Map(),
  };
}

function noteNumbers(state: TabState, row: Row, findings: readonly Finding[]): void {
  const largest = mentionedNumber(findings);
  if (largest < 0) state.numbered.delete(row);
  else state.numbered.set(row, largest);
}

function addToIndexes(state: TabState, row: Row): void {
  for (const [name, index] of state.indexes) {
    if (index.add(row) && name === "object") state.similar.add(index.keyOf(row) ?? "");
  }
}

function removeFromIndexes(state: TabState, row: Row): void {
  for (const [name, index] of state.indexes) {
    if (index.remove(row) && name === "object") state.similar.remove(index.keyOf(row) ?? "");
  }
}

/** Every row of the groups that `rows` belong to (as they are indexed now), in row order. */
function rowsOfGroups(state: TabState, grouping: Grouping, rows: readonly Row[]): Row[] {
  const out = new Set<Row>();
  if (grouping === "similarObject") {
    const objects = state.indexes.get("object") as GroupIndex<Row>;
    const looseKeysOf = new Set(rows.map((r) => state.similar.keyOf(objects.keyOf(r) ?? "")));
    for (const loose of looseKeysOf) {
      if (loose === undefined) continue;
      for (const objectKey of state.similar.get(loose)) for (const row of objects.get(objectKey)) out.add(row);
    }
  } else {
    const index = state.indexes.get(grouping) as GroupIndex<Row>;
    for (const key of new Set(rows.map((r) => index.keyOf(r)))) {
      if (key !== undefined) for (const row of index.get(key)) out.add(row);
    }
  }
  return [...out].sort((a, b) => a.row - b.row);
}
