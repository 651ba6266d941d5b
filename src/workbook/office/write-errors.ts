/**
 * Excel's errors on a read or write of cells, restated for the analyst: which tab, what happened, what to do. The
 * original error stays as the cause. Codes: office-js-docs-pr, application-specific-api-error-handling.md.
 */

import { excelErrorCode } from "./excel-errors";

/** The sentence for a failed read or change of `sheets`. */
export function describeExcelError(error: unknown, sheets: readonly string[], action: "read" | "change"): Error {
  const tabs = sheets.map((sheet) => `"${sheet}"`).join(", ") || "the workbook";
  const message = (() => {
    switch (excelErrorCode(error)) {
      case "ItemNotFound":
        return `The workbook has no sheet named ${tabs} (was it renamed or deleted?).`;
      case "AccessDenied":
        return `Excel refused to change ${tabs}: the sheet or workbook is protected. Unprotect it (Review > Unprotect Sheet) and try again.`;
      case "InvalidOperationInCellEditMode":
        return "Excel is busy editing a cell. Press Enter or Esc to finish, then try again.";
      case "RequestPayloadSizeLimitExceeded":
      case "ResponsePayloadSizeLimitExceeded":
        return `The ${action === "read" ? "read of" : "change to"} ${tabs} was too large for one request to Excel.`;
      default:
        return `Excel could not ${action} ${tabs}: ${error instanceof Error ? error.message : String(error)}`;
    }
  })();
  return new Error(message, { cause: error });
}
