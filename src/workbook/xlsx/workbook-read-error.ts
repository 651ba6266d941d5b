/**
 * The one error the .xlsx reader throws. `reason` lets callers react by kind; `message` is a single
 * line a non-programmer can act on.
 */

export type WorkbookReadErrorReason =
  | "not-zip"
  | "text-file"
  | "encrypted"
  | "legacy-xls"
  | "corrupt"
  | "not-spreadsheet"
  | "sheet-missing"
  /** Over the run's memory budget (read-budget.ts). */
  | "too-large";

export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";

  constructor(
    readonly reason: WorkbookReadErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A WorkbookReadError("corrupt") with the standard wording around a short reason. */
export function damaged(shortReason: string, cause?: unknown): WorkbookReadError {
  return new WorkbookReadError(
    "corrupt",
    `This .xlsx file is damaged: ${shortReason}.`,
    cause === undefined ? undefined : { cause },
  );
}

/**
 * Anything thrown while reading becomes a WorkbookReadError: ours pass through, anything else (a
 * decompression failure, an index out of range in a malformed part) means the file is damaged.
 */
export function asWorkbookReadError(error: unknown, whileReading: string): WorkbookReadError {
  if (error instanceof WorkbookReadError) return error;
  return damaged(`${whileReading} could not be read (${describeCause(error)})`, error);
}

function describeCause(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const oneLine = text.replace(/\s+/g, " ").trim();
  if (oneLine === "") return "unknown problem";
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}
