/**
 * The add-in's record of the batches it applied, kept in the workbook's settings so a reload, a
 * colleague's copy or the next day keeps the way back: an index of batches, and per batch what each
 * cell held before and what was written. Read defensively: settings are data from a file, so an
 * entry that does not have the expected shape is ignored rather than trusted. zod/mini, as for the
 * seeds, keeps the task pane bundle lean.
 */
import * as z from "zod/mini";
import type { CellContent, WorkbookWriter } from "../../workbook/port";

export const HISTORY_KEY = "cer.history";
/** Older batches beyond this many are forgotten (their records removed) when a new one is kept. */
export const HISTORY_LIMIT = 30;

export function batchKey(id: string): string {
  return `cer.batch.${id}`;
}

const cellContent = z.object({
  value: z.union([z.string(), z.number(), z.boolean()]),
  formula: z.optional(z.string()),
  numberFormat: z.string(),
  text: z.string(),
});

const batchSummary = z.object({
  id: z.string(),
  label: z.string(),
  /** ISO time. */
  at: z.string(),
  /** What asked for it: the pane, the ribbon, live mode. */
  source: z.string(),
  cells: z.number(),
});

const batchRecord = z.extend(batchSummary, {
  // `before` is left out for a cell that was empty with the General format, the common case of a
  // fill: it keeps the record of a 30,000-cell auto-fill small.
  changes: z.array(
    z.object({ sheet: z.string(), cell: z.string(), before: z.optional(cellContent), after: z.string() }),
  ),
});

export type BatchSummary = z.infer<typeof batchSummary>;

export const EMPTY_CELL: CellContent = { value: "", numberFormat: "General", text: "" };

/** What a record keeps of a cell's content before the batch: nothing for an empty General cell. */
export function recordedBefore(content: CellContent): CellContent | undefined {
  const empty =
    content.value === "" && content.text === "" && content.formula === undefined && content.numberFormat === "General";
  return empty ? undefined : content;
}
export type BatchRecord = z.infer<typeof batchRecord>;

export function parseHistory(value: unknown): BatchSummary[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const parsed = batchSummary.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export function parseBatch(value: unknown): BatchRecord | undefined {
  const parsed = batchRecord.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The batches that can be reverted, newest first. */
/** The batches kept in the workbook, oldest first (as stored). */
export async function readHistory(writer: Pick<WorkbookWriter, "readSettings">): Promise<BatchSummary[]> {
  return parseHistory((await writer.readSettings([HISTORY_KEY]))[HISTORY_KEY]);
}

/** The batches, newest first, as History lists them. */
export async function listBatches(writer: WorkbookWriter): Promise<BatchSummary[]> {
  return (await readHistory(writer)).reverse();
}
