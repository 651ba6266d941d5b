/**
 * Excel's errors arrive as OfficeExtension.Error, whose messages ("The requested resource doesn't
 * exist.") never say which sheet. The one error an analyst can cause here, a sheet renamed or
 * deleted while the pane is open, is restated with the sheet's name; every other error passes on.
 */

/** The `code` of an OfficeExtension.Error (or anything shaped like one): "ItemNotFound", "AccessDenied"... */
export function excelErrorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** True for an OfficeExtension.Error (or anything shaped like one) with code ItemNotFound. */
export function isItemNotFound(error: unknown): boolean {
  return error instanceof Error && excelErrorCode(error) === "ItemNotFound";
}

/** ItemNotFound from looking up `sheet` becomes a message naming it; the original is the cause. */
export function nameMissingSheet(error: unknown, sheet: string): unknown {
  if (!isItemNotFound(error)) return error;
  return new Error(`The workbook has no sheet named "${sheet}" (was it renamed or deleted?).`, { cause: error });
}
