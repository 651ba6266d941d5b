/**
 * The pane's Compare view, bound to its ports once (as review-actions.ts is): compare the open
 * workbook with an earlier copy the analyst picks (its bytes read in the pane by the xlsx adapter,
 * never sent anywhere), export the comparison as a document, mark the workbook as reviewed and see
 * what changed since. The workbook's name comes as the export's does.
 */
import type { SinceReview } from "../diff/review-fingerprint";
import type { WorkbookDiff } from "../diff/workbook-diff";
import type { ReviewMark } from "../workflows/review/review-mark";
import { loader, type ActionPorts } from "./workbook-actions";

export type ComparisonFormat = "html" | "markdown";

export interface ExportedComparison {
  fileName: string;
  mimeType: string;
  text: string;
}

export interface CompareActions {
  /** The open workbook against an earlier copy's .xlsx bytes. */
  compareWith: (earlier: { name: string; bytes: Uint8Array }) => Promise<WorkbookDiff>;
  exportComparison: (diff: WorkbookDiff, format: ComparisonFormat) => Promise<ExportedComparison>;
  markReviewed: () => Promise<ReviewMark>;
  sinceLastReview: () => Promise<SinceReview | undefined>;
}

export interface CompareOptions {
  workbook?: string | (() => string | undefined);
  generator?: string;
  now?: () => Date;
}

export function compareActions(ports: ActionPorts, options: CompareOptions = {}): CompareActions {
  const read = loader(ports.reader);
  const write = loader(ports.writer);
  const now = () => (options.now ?? (() => new Date()))();
  const name = () =>
    (typeof options.workbook === "function" ? options.workbook() : options.workbook) ?? "This workbook";
  return {
    compareWith: async (earlier) => {
      const [{ openXlsx }, { compareWorkbooks }] = await Promise.all([
        import("../workbook/xlsx/xlsx-workbook"),
        import("../workflows/compare/compare-workbooks"),
      ]);
      const old = openXlsx(earlier.bytes);
      return compareWorkbooks(
        { name: earlier.name, reader: old, settings: old },
        { name: name(), reader: await read(), settings: await write() },
        await ports.model(),
      );
    },
    exportComparison: async (diff, format) => {
      const { renderDiff, DIFF_FILE } = await import("../reports/diff-formats");
      const at = now();
      const text = renderDiff(format, diff, {
        generatedAt: at,
        generator: options.generator ?? "the CER Data Categorisation add-in",
      });
      return {
        fileName: `cer-changes-${at.toISOString().slice(0, 10)}.${DIFF_FILE[format].extension}`,
        mimeType: DIFF_FILE[format].mimeType,
        text,
      };
    },
    markReviewed: async () =>
      (await import("../workflows/review/review-mark")).markReviewed(
        await read(),
        await write(),
        await ports.model(),
        now(),
      ),
    sinceLastReview: async () =>
      (await import("../workflows/review/review-mark")).sinceLastReview(
        await read(),
        await write(),
        await ports.model(),
      ),
  };
}
