/** Where the add-in keeps which sheet is its Summary tab, and the names it gives a new one. */

/** Settings key: the add-in's Summary sheet, { id, name }. */
export const SUMMARY_SHEET_KEY = "cer.summarySheet";

/** Names for a new Summary sheet, in order: the second when the analyst has a "Summary" of their own. */
export const SUMMARY_SHEET_NAMES = ["Summary", "CER Summary"] as const;
