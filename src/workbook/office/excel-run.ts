/**
 * The one seam between the office adapter and Office.js: `Excel.run`, taken as a parameter so the
 * tests can hand in the strict in-memory fake instead of a running Excel.
 */

/** The single-batch overload of `Excel.run`, the only one the adapter uses. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The global `Excel.run`, looked up only when called so that importing this file needs no Office.js. */
export const globalExcelRun: ExcelRun = (batch) => Excel.run(batch);
