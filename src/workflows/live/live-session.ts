/**
 * Live mode: as the analyst types, the edited rows are re-checked incrementally (exactly what a full
 * check would find, src/incremental/) and the lookups of an edited key cell (Capability ID,
 * Capability, Information Category, Use Case Group) are filled into empty cells, as one revertible
 * batch. A typed key costs two requests after the event: one read of the edited rows (text and
 * number formats, which are also what the batch's record keeps), one write (record and cells).
 *
 * It never reacts to its own writes: the host says which changes are the add-in's (ExcelApi 1.14),
 * and where it cannot, a change that only repeats what live mode itself just wrote is recognised by
 * its content. A co-author's edit is re-checked but never filled, so two open panes never write the
 * same cell. A value picked from a dropdown raises no event on some hosts (office-js #420, #3888):
 * when the selection leaves a row, that row is read again and checked if it changed.
 */
import { planFills } from "../../autofill/plan-fills";
import { IncrementalChecker } from "../../incremental/incremental-checker";
import { HISTORY_KEY, parseHistory, type BatchSummary } from "../changes/change-history";
import { firstAtOrAfter, type RowChange } from "../../incremental/row-change";
import type { ReferenceModel } from "../../model/reference-model";
import type { Finding } from "../../check/finding";
import { reportOf, type ValidationReport } from "../../check/validation-report";
import type { Waiver } from "../../check/finding";
import { tabWithRows, type ParsedRow } from "../../sheets/parsed-tab";
import type { ParsedWorkbook, WorkbookOverrides } from "../../sheets/parsed-workbook";
import { cellAddress, tryParseCellRef } from "../../workbook/cell-address";
import type {
  CellContent,
  GridRow,
  LiveChange,
  LiveWorkbook,
  WorkbookReader,
  WorkbookWriter,
} from "../../workbook/port";
import { applyChanges } from "../changes/apply-changes";
import { changeOfEdit, type ProposedChange } from "../changes/proposed-change";
import { readWaivers } from "../review/waivers";

export const LIVE_MODE_KEY = "cer.liveMode";

/** The columns whose edit fills lookups. */
const KEY_COLUMNS = ["capabilityId", "capability", "informationCategory", "useCaseGroup"] as const;

/** Rows read per request while catching up with a paste. */
const ROWS_PER_READ = 2000;

export interface LiveUpdate {
  findings: readonly Finding[];
  /** The findings as a whole report, as a check gives it. */
  report: ValidationReport;
  /** What live mode last did, in a sentence ("Filled D14:F14 from 4.3.5"), and the batch to revert. */
  did?: { message: string; batchId?: string };
}

export interface LivePorts {
  reader: WorkbookReader;
  writer: WorkbookWriter;
  live: LiveWorkbook;
}

type TabId = "categorisation" | "gaps" | "options";

function tabOf(book: ParsedWorkbook, sheet: string): TabId | undefined {
  for (const id of ["categorisation", "gaps", "options"] as const) if (book[id]?.sheet === sheet) return id;
  return undefined;
}

/** The cells as a person writes them: "D14:F14" for a run along a row, "D14:F14, I14" with a gap. */
function cellsText(changes: readonly ProposedChange[]): string {
  const cells = changes.flatMap((change) => {
    const at = tryParseCellRef(change.cell);
    return at === undefined ? [] : [{ row: at.row, col: at.col }];
  });
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: Array<{ row: number; from: number; to: number }> = [];
  for (const { row, col } of cells) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.row === row && last.to + 1 === col) last.to = col;
    else runs.push({ row, from: col, to: col });
  }
  return runs
    .map(({ row, from, to }) =>
      from === to ? cellAddress(row, from) : `${cellAddress(row, from)}:${cellAddress(row, to)}`,
    )
    .join(", ");
}

export class LiveSession {
  private queue: Promise<void> = Promise.resolve();
  /** Cells live mode wrote and has not yet seen come back as a change, "Sheet!D14" -> value. */
  private readonly written = new Map<string, string>();
  private stopWatching: (() => Promise<void>) | undefined;
  private selected: { sheet: string; row: number } | undefined;

  private constructor(
    private readonly ports: LivePorts,
    private readonly model: ReferenceModel,
    private checker: IncrementalChecker,
    private readonly notify: (update: LiveUpdate) => void,
    private readonly overrides: WorkbookOverrides,
  ) {}

  /** The waivers the workbook kept when live mode started: findings they match are marked and not counted. */
  private waivers: readonly Waiver[] = [];

  private onUpdate(update: Omit<LiveUpdate, "report">): void {
    this.notify({ ...update, report: reportOf(this.checker.workbook, [...update.findings], this.waivers) });
  }

  static async start(
    ports: LivePorts,
    model: ReferenceModel,
    onUpdate: (update: LiveUpdate) => void,
    overrides: WorkbookOverrides = {},
  ): Promise<LiveSession> {
    const checker = await IncrementalChecker.open(ports.reader, model, { overrides });
    const session = new LiveSession(ports, model, checker, onUpdate, overrides);
    session.waivers = await readWaivers(ports.writer);
    const watching = await ports.live.watch(
      (change) => session.enqueue(() => session.handle(change)),
      (sheet, row) => session.enqueue(() => session.selectionMoved(sheet, row)),
    );
    session.stopWatching = watching.stop;
    session.onUpdate({ findings: checker.findings });
    return session;
  }

  get findings(): readonly Finding[] {
    return this.checker.findings;
  }

  async stop(): Promise<void> {
    await this.queue;
    await this.stopWatching?.();
  }

  /** Resolves when every change heard so far has been handled. */
  idle(): Promise<void> {
    return this.queue;
  }

  /** Changes are handled one at a time, in the order Excel reported them. */
  private enqueue(work: () => Promise<void>): void {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      this.onUpdate({
        findings: this.checker.findings,
        did: {
          message: `Live mode could not keep up: ${error instanceof Error ? error.message : String(error)} Check the workbook to start again.`,
        },
      });
    });
  }

  private async handle(change: LiveChange): Promise<void> {
    if (change.ownWrite === true) return;
    if (change.ownWrite === undefined && change.kind === "edited" && this.coversOnlyOwnWrite(change)) return;
    const book = this.checker.workbook;
    const known = tabOf(book, change.sheet) !== undefined || book.roles?.sheet === change.sheet;
    if (!known) return;
    if (change.kind === "reshaped") {
      // Cells moved between rows or columns: the tab (and the column map) is read again from the workbook.
      this.checker = await IncrementalChecker.open(this.ports.reader, this.model, { overrides: this.overrides });
      this.onUpdate({ findings: this.checker.findings });
      return;
    }
    if (change.kind !== "edited") {
      // The checker moves the rows below and their findings (it checks only what the move can
      // change). Inserted rows are read: undoing a row delete, or inserting copied cells, brings content.
      const count = change.last - change.first + 1;
      const rowChange: RowChange =
        change.kind === "inserted"
          ? {
              kind: "insert",
              sheet: change.sheet,
              at: change.first,
              count,
              cells: await this.insertedCells(change.sheet, change.first, change.last),
            }
          : { kind: "delete", sheet: change.sheet, at: change.first, count };
      this.onUpdate({ findings: this.checker.apply(rowChange) });
      return;
    }
    await this.recheck(change.sheet, change.first, change.last, !change.remote);
  }

  /** The cells of rows first..last, one list per row (empty for an empty row), read a chunk of rows per request. */
  private async insertedCells(sheet: string, first: number, last: number): Promise<string[][]> {
    const byRow = new Map<number, readonly string[]>();
    for (let from = first; from <= last; from += ROWS_PER_READ) {
      for (const row of (await this.ports.live.readRows(sheet, from, Math.min(last, from + ROWS_PER_READ - 1))).rows)
        byRow.set(row.row, row.cells);
    }
    return Array.from({ length: last - first + 1 }, (_, k) => [...(byRow.get(first + k) ?? [])]);
  }

  /** The dropdown-pick fallback: the row the selection left is read again and checked if it changed. */
  private async selectionMoved(sheet: string, row: number): Promise<void> {
    const left = this.selected;
    this.selected = { sheet, row };
    if (left === undefined || (left.sheet === sheet && left.row === row)) return;
    if (tabOf(this.checker.workbook, left.sheet) === undefined) return;
    await this.recheck(left.sheet, left.row, left.row, true, true);
  }

  /** Reads rows first..last, applies them to the checker, and fills the key cells' lookups when `fill`. */
  private async recheck(
    sheet: string,
    first: number,
    last: number,
    fill: boolean,
    onlyIfChanged = false,
  ): Promise<void> {
    const before = new Map(this.parsedRows(sheet, first, last).map((row) => [row.row, row]));
    const grid: GridRow[] = [];
    const formats: Record<string, string> = {};
    let history: BatchSummary[] = [];
    for (let from = first; from <= last; from += ROWS_PER_READ) {
      // The history travels with the rows: current for the fill that may follow, whoever wrote last
      // (the ribbon and co-authors add batches this pane never saw).
      const read = await this.ports.live.readRows(
        sheet,
        from,
        Math.min(last, from + ROWS_PER_READ - 1),
        fill ? [HISTORY_KEY] : [],
      );
      grid.push(...read.rows);
      Object.assign(formats, read.numberFormats);
      history = parseHistory(read.settings?.[HISTORY_KEY]);
    }
    const byRow = new Map(grid.map((row) => [row.row, row.cells]));
    const rows: GridRow[] = [];
    for (let row = first; row <= last; row++) rows.push({ row, cells: byRow.get(row) ?? [] });
    if (this.echoesOwnWrite(sheet, rows)) return;
    if (onlyIfChanged && rows.every((row) => sameCells(this.gridRow(sheet, row.row), row.cells))) return;
    const findings = this.checker.apply({ kind: "edit", sheet, rows });
    if (!fill) {
      this.onUpdate({ findings });
      return;
    }
    await this.fillLookups(sheet, before, rows, formats, findings, history);
  }

  private async fillLookups(
    sheet: string,
    before: Map<number, ParsedRow<string>>,
    rows: readonly GridRow[],
    formats: Record<string, string>,
    findings: readonly Finding[],
    history: BatchSummary[],
  ): Promise<void> {
    const book = this.checker.workbook;
    const id = tabOf(book, sheet);
    const tab = id === undefined ? undefined : book[id];
    if (tab === undefined || id === undefined || id === "options") {
      this.onUpdate({ findings });
      return;
    }
    const edited = this.parsedRows(sheet, rows[0]?.row ?? 0, rows[rows.length - 1]?.row ?? -1);
    const keyEdited = edited.filter((row) =>
      KEY_COLUMNS.some(
        (key) =>
          (row.text as Record<string, string>)[key] !== undefined &&
          (row.text as Record<string, string>)[key] !==
            ((before.get(row.row)?.text as Record<string, string> | undefined)?.[key] ?? ""),
      ),
    );
    // Only the edited rows of the edited tab are planned: lookups of other rows are Auto-fill's.
    const view: ParsedWorkbook =
      id === "categorisation"
        ? {
            sheetNames: book.sheetNames,
            categorisation: tabWithRows(tab as NonNullable<ParsedWorkbook["categorisation"]>, keyEdited as never),
          }
        : {
            sheetNames: book.sheetNames,
            gaps: tabWithRows(tab as NonNullable<ParsedWorkbook["gaps"]>, keyEdited as never),
          };
    const fills = planFills(view, this.model).edits.filter((edit) => edit.kind === "fill");
    const changes = fills.map(changeOfEdit);
    if (changes.length === 0) {
      this.onUpdate({ findings });
      return;
    }
    const current = {
      cells: changes.map((change): CellContent => ({
        value: "",
        text: "",
        numberFormat: formats[change.cell] ?? "General",
      })),
      protectedSheets: [],
    };
    const sources = [...new Set(fills.flatMap((fill) => (fill.source === undefined ? [] : [fill.source])))];
    const source = sources.length === 0 ? "the typed key" : sources.join(" and ");
    const label = `Filled ${cellsText(changes)} from ${source}`;
    for (const change of changes) this.written.set(`${change.sheet}!${change.cell}`, change.value);
    const outcome = await applyChanges(this.ports.writer, changes, { label, source: "live", current, history });
    // What was written is part of the workbook now: check it as such.
    const filledRows = new Map<number, string[]>();
    for (const change of outcome.applied) {
      const at = tryParseCellRef(change.cell);
      if (at === undefined) continue;
      const cells = filledRows.get(change.row) ?? [...this.gridRow(sheet, change.row)];
      while (cells.length <= at.col) cells.push("");
      cells[at.col] = change.value;
      filledRows.set(change.row, cells);
    }
    const after = this.checker.apply({
      kind: "edit",
      sheet,
      rows: [...filledRows].map(([row, cells]) => ({ row, cells })),
    });
    this.onUpdate({
      findings: after,
      did: { message: label, ...(outcome.batch === undefined ? {} : { batchId: outcome.batch.id }) },
    });
  }

  /**
   * Where the host cannot say whose change it is (before ExcelApi 1.14): an edit of one row whose
   * cells live mode has just written is taken for the echo of that write, without reading it. (Should
   * the analyst have typed over such a cell in the same instant, the row is read again when the
   * selection leaves it.)
   */
  private coversOnlyOwnWrite(change: LiveChange): boolean {
    if (change.first !== change.last) return false;
    const prefix = `${change.sheet}!`;
    const mine = [...this.written.keys()].filter(
      (key) => key.startsWith(prefix) && tryParseCellRef(key.slice(prefix.length))?.row === change.first,
    );
    if (mine.length === 0) return false;
    // Each write of live mode is one column run: forget one cell per echo, the row's first.
    this.written.delete(mine[0] as string);
    return true;
  }

  /** A change whose every cell live mode itself wrote, with that value: the echo of its own write. */
  private echoesOwnWrite(sheet: string, rows: readonly GridRow[]): boolean {
    if (this.written.size === 0) return false;
    let echoed = false;
    for (const { row, cells } of rows) {
      const old = this.gridRow(sheet, row);
      for (let col = 0; col < Math.max(old.length, cells.length); col++) {
        if ((old[col] ?? "") === (cells[col] ?? "")) continue;
        const key = `${sheet}!${cellAddress(row, col)}`;
        if (this.written.get(key) !== cells[col]) return false;
        echoed = true;
      }
    }
    if (echoed)
      for (const { row, cells } of rows)
        cells.forEach((_, col) => this.written.delete(`${sheet}!${cellAddress(row, col)}`));
    return echoed;
  }

  /** The tab's parsed rows first..last as the checker holds them now: found by binary search, not a scan of the tab. */
  private parsedRows(sheet: string, first: number, last: number): ParsedRow<string>[] {
    const id = tabOf(this.checker.workbook, sheet);
    const rows = ((id === undefined ? undefined : this.checker.workbook[id])?.rows ?? []) as ParsedRow<string>[];
    return rows.slice(firstAtOrAfter(rows, first), firstAtOrAfter(rows, last + 1));
  }

  private gridRow(sheet: string, row: number): readonly string[] {
    return this.checker.gridRow(sheet, row);
  }
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) if ((a[i] ?? "") !== (b[i] ?? "")) return false;
  return true;
}
