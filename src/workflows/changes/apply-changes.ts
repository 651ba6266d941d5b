/**
 * Apply a plan: the one place where the add-in's proposed changes become writes. In order:
 * 1. read what each target cell holds now (one read);
 * 2. leave out any cell that no longer shows what the plan expected (edited since the check);
 * 3. refuse, before writing anything, when a target sheet is protected;
 * 4. write the batch's record (what each cell held), then the history entry naming it, then the
 *    cells, in one write: Excel stops a failed request at the failing action, so whatever cell was
 *    written is listed in the history and can be reverted.
 */
import { cleanText } from "../../model/text-normalise";
import type { CellContent, CellsRead, WorkbookWriter } from "../../workbook/port";
import {
  batchKey,
  HISTORY_KEY,
  HISTORY_LIMIT,
  readHistory,
  recordedBefore,
  type BatchRecord,
  type BatchSummary,
} from "./change-history";
import type { ProposedChange } from "./proposed-change";

export interface ApplyOptions {
  /** Shown in the history, beside the batch's count of cells: "Auto-fill", "Fix J7". */
  label: string;
  source: "pane" | "ribbon" | "live" | "cli";
  /** Keep a record for Revert (the command line writes a copy instead, so it does not). */
  record?: boolean;
  /**
   * What the target cells hold, when the caller has just read them (live mode reads the edited rows
   * anyway): saves a request. One entry per change, in order.
   */
  current?: CellsRead;
  /** The history as the caller keeps it (live mode), instead of reading it: saves a request. */
  history?: BatchSummary[];
  /** For tests: the time and the batch id. */
  now?: () => Date;
  makeId?: () => string;
}

export interface ApplyOutcome {
  /** The kept batch, undefined when nothing was written or no record was asked for. */
  batch?: BatchSummary;
  applied: ProposedChange[];
  /** Cells that no longer show what the plan expected: left alone. */
  stale: Array<{ change: ProposedChange; found: string }>;
  /** Writes the adapter could not make (a formula cell in an .xlsx file), with why. */
  skipped: Array<{ change: ProposedChange; reason: string }>;
  /** The history after this batch, when a record was kept. */
  history?: BatchSummary[];
}

/** A write refused before anything was written, or failed part-way; `batchId` names what Revert can undo. */
export class ApplyError extends Error {
  override readonly name = "ApplyError";
  constructor(
    message: string,
    readonly batchId?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

let counter = 0;
function newId(now: Date): string {
  counter = (counter + 1) % 1296;
  return `${now.getTime().toString(36)}${counter.toString(36).padStart(2, "0")}`;
}

function isEmpty(content: CellContent): boolean {
  return content.formula === undefined && content.text === "" && content.value === "";
}

/** Whether the cell still shows what the plan saw: empty for a fill, the same cleaned text otherwise. */
function stillAsPlanned(change: ProposedChange, content: CellContent): boolean {
  if (change.expected === "") return isEmpty(content);
  return content.formula === undefined && cleanText(content.text) === cleanText(change.expected);
}

export async function applyChanges(
  writer: WorkbookWriter,
  changes: readonly ProposedChange[],
  options: ApplyOptions,
): Promise<ApplyOutcome> {
  const outcome: ApplyOutcome = { applied: [], stale: [], skipped: [] };
  if (changes.length === 0) return outcome;
  const read = options.current ?? (await writer.readCells(changes));
  if (read.protectedSheets.length > 0) {
    const tabs = read.protectedSheets.map((sheet) => `"${sheet}"`).join(", ");
    throw new ApplyError(
      `${tabs} ${read.protectedSheets.length === 1 ? "is" : "are"} protected, so nothing was changed. Unprotect it (Review > Unprotect Sheet) and try again.`,
    );
  }
  const befores: CellContent[] = [];
  changes.forEach((change, index) => {
    const content = read.cells[index] as CellContent;
    if (stillAsPlanned(change, content)) {
      outcome.applied.push(change);
      befores.push(content);
    } else {
      outcome.stale.push({ change, found: content.formula ?? content.text });
    }
  });
  if (outcome.applied.length === 0) return outcome;

  const record = options.record ?? true;
  const now = (options.now ?? (() => new Date()))();
  const id = (options.makeId ?? (() => newId(now)))();
  const summary: BatchSummary = {
    id,
    label: options.label,
    at: now.toISOString(),
    source: options.source,
    cells: outcome.applied.length,
  };
  const settings: Record<string, unknown> = {};
  if (record) {
    const batch: BatchRecord = {
      ...summary,
      changes: outcome.applied.map((change, i) => {
        const before = recordedBefore(befores[i] as CellContent);
        return {
          sheet: change.sheet,
          cell: change.cell,
          ...(before === undefined ? {} : { before }),
          after: change.value,
        };
      }),
    };
    const history = options.history ?? (await readHistory(writer));
    const kept = [...history, summary];
    outcome.history = kept;
    const dropped = kept.splice(0, Math.max(0, kept.length - HISTORY_LIMIT));
    settings[batchKey(id)] = batch;
    settings[HISTORY_KEY] = kept;
    for (const old of dropped) settings[batchKey(old.id)] = null;
  }
  try {
    const result = await writer.write({
      settings,
      cells: outcome.applied.map((change) => ({ sheet: change.sheet, cell: change.cell, text: change.value })),
    });
    const skipped = new Set(result.skipped.map(({ write }) => `${write.sheet}!${write.cell}`));
    const reasons = new Map(result.skipped.map(({ write, reason }) => [`${write.sheet}!${write.cell}`, reason]));
    outcome.skipped = outcome.applied
      .filter((change) => skipped.has(`${change.sheet}!${change.cell}`))
      .map((change) => ({ change, reason: reasons.get(`${change.sheet}!${change.cell}`) ?? "" }));
    outcome.applied = outcome.applied.filter((change) => !skipped.has(`${change.sheet}!${change.cell}`));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const way = record ? " Part of it may have been written: Revert it from the history." : "";
    throw new ApplyError(`${message}${way}`, record ? id : undefined, { cause: error });
  }
  if (record) outcome.batch = summary;
  return outcome;
}
