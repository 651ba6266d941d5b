/**
 * Revert a batch: put back what each of its cells held, value, formula and number format, except
 * where the analyst changed the cell again since (it no longer shows what the batch wrote): that
 * cell is left alone and reported. A cell that still holds its old content (a batch that failed
 * part-way never reached it) needs nothing. The batch leaves the history in the same write.
 */
import { cleanText } from "../../model/text-normalise";
import type { CellContent, CellWrite, WorkbookWriter } from "../../workbook/port";
import { batchKey, EMPTY_CELL, HISTORY_KEY, parseBatch, parseHistory } from "./change-history";

export interface RevertOutcome {
  label: string;
  restored: number;
  /** Cells changed again since the batch: kept as they are now. */
  kept: Array<{ sheet: string; cell: string; wrote: string; found: string }>;
}

function same(content: CellContent, before: CellContent): boolean {
  return content.formula === before.formula && content.text === before.text && content.value === before.value;
}

export async function revertBatch(writer: WorkbookWriter, id: string): Promise<RevertOutcome> {
  const settings = await writer.readSettings([HISTORY_KEY, batchKey(id)]);
  const batch = parseBatch(settings[batchKey(id)]);
  if (batch === undefined)
    throw new Error("This change can no longer be reverted: its record is missing from the workbook.");
  const now = await writer.readCells(batch.changes);
  if (now.protectedSheets.length > 0) {
    throw new Error(
      `${now.protectedSheets.map((sheet) => `"${sheet}"`).join(", ")} is protected, so nothing was reverted. Unprotect it and try again.`,
    );
  }
  const outcome: RevertOutcome = { label: batch.label, restored: 0, kept: [] };
  const writes: CellWrite[] = [];
  batch.changes.forEach((change, index) => {
    const content = now.cells[index] as CellContent;
    const before = change.before ?? EMPTY_CELL;
    if (same(content, before) && content.numberFormat === before.numberFormat) return;
    // Text written by the batch that looks like a formula ("=1+1", kept as text) reads back with
    // `formulas` equal to that text; a real formula would show its result, not its source.
    const untouched =
      (content.formula === undefined || content.formula === change.after) &&
      cleanText(content.text) === cleanText(change.after);
    if (untouched || same(content, before)) {
      writes.push({ sheet: change.sheet, cell: change.cell, restore: before });
      outcome.restored++;
    } else {
      outcome.kept.push({
        sheet: change.sheet,
        cell: change.cell,
        wrote: change.after,
        found: content.formula ?? content.text,
      });
    }
  });
  const history = parseHistory(settings[HISTORY_KEY]).filter((entry) => entry.id !== id);
  // Cells first, the record after: if Excel fails part-way, the record is still there and Revert
  // again finishes the job (cells already put back count as restored); the other order could drop
  // the record with cells still changed, leaving no way back.
  if (writes.length > 0) await writer.write({ cells: writes });
  // The history entry goes before the record, so a failure between them leaves no entry without its record.
  await writer.write({ settings: { [HISTORY_KEY]: history, [batchKey(id)]: null }, cells: [] });
  return outcome;
}
