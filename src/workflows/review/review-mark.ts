/**
 * "Mark as reviewed" and "changed since the last review": the workbook's fingerprint
 * (src/diff/review-fingerprint.ts) kept in its settings under REVIEW_MARK_KEY, and the workbook
 * compared against it. Only that one setting is written; a large one goes where the writer keeps
 * large settings (the office writer spills past 64 KB to a very hidden sheet of its own).
 */
import * as z from "zod/mini";
import {
  changesSinceReview,
  reviewFingerprint,
  type ReviewFingerprint,
  type SinceReview,
} from "../../diff/review-fingerprint";
import type { ReferenceModel } from "../../model/reference-model";
import type { WorkbookReader, WorkbookWriter } from "../../workbook/port";
import { checkWorkbook } from "../check/check";
import { REVIEW_MARK_KEY } from "../settings/review-mark-setting";

export { REVIEW_MARK_KEY };

const fingerprintSchema = z.object({
  version: z.literal(1),
  at: z.string(),
  rows: z.partialRecord(z.enum(["categorisation", "gaps", "options"]), z.string()),
  findings: z.string(),
});

export interface ReviewMark {
  at: string;
  rows: number;
  findings: number;
  /** The setting's size, in characters of JSON. */
  size: number;
}

export async function markReviewed(
  reader: WorkbookReader,
  writer: WorkbookWriter,
  model: ReferenceModel,
  now: Date = new Date(),
): Promise<ReviewMark> {
  const { book, report } = await checkWorkbook({ reader, settings: writer }, model);
  const fingerprint = reviewFingerprint(book, report, now);
  await writer.write({ settings: { [REVIEW_MARK_KEY]: fingerprint }, cells: [] });
  const rows = [book.categorisation, book.gaps, book.options].reduce((n, tab) => n + (tab?.rows.length ?? 0), 0);
  return { at: fingerprint.at, rows, findings: report.findings.length, size: JSON.stringify(fingerprint).length };
}

/** What changed since the workbook was last marked as reviewed; undefined when it never was (or the mark is unreadable). */
export async function sinceLastReview(
  reader: WorkbookReader,
  writer: WorkbookWriter,
  model: ReferenceModel,
): Promise<SinceReview | undefined> {
  const stored = (await writer.readSettings([REVIEW_MARK_KEY]))[REVIEW_MARK_KEY];
  const parsed = fingerprintSchema.safeParse(stored);
  if (!parsed.success) return undefined;
  const { book, report } = await checkWorkbook({ reader, settings: writer }, model);
  return changesSinceReview(parsed.data as ReviewFingerprint, book, report);
}
