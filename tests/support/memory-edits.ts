/** Applies a plan's edits to in-memory sheets, the way an adapter would, so tests can plan again. */
import type { CellEdit } from "../../src/autofill/cell-edit";
import { tryParseCellRef } from "../../src/workbook/cell-address";
import type { MemorySheet } from "../../src/workbook/memory/memory-workbook";

export type MemoryCell = string | number | boolean | null | undefined;

export function applyEditsToMemory(
  sheets: Readonly<Record<string, MemorySheet>>,
  edits: readonly CellEdit[],
): Record<string, MemorySheet> {
  const copy: Record<string, { rows: MemoryCell[][]; merges?: MemorySheet["merges"] }> = {};
  for (const [name, sheet] of Object.entries(sheets))
    copy[name] = { rows: sheet.rows.map((row) => [...row]), merges: sheet.merges };
  for (const edit of edits) {
    const sheet = copy[edit.sheet];
    const at = tryParseCellRef(edit.cell);
    if (sheet === undefined || at === undefined) throw new Error(`edit outside the book: ${edit.sheet}!${edit.cell}`);
    while (sheet.rows.length < at.row) sheet.rows.push([]);
    const row = sheet.rows[at.row - 1] ?? [];
    while (row.length <= at.col) row.push("");
    row[at.col] = edit.value;
  }
  return copy;
}

/** The cell's value in the sheets, "" when absent. */
export function memoryCell(sheets: Readonly<Record<string, MemorySheet>>, sheet: string, cell: string): string {
  const at = tryParseCellRef(cell);
  const value = at === undefined ? undefined : sheets[sheet]?.rows[at.row - 1]?.[at.col];
  return value === null || value === undefined ? "" : String(value);
}
