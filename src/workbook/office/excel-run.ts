/**
 * The one seam between the office adapter and Office.js: `Excel.run`, taken as a parameter so the
 * tests and the browser demo can hand in the in-memory fake instead of a running Excel.
 */

export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Again on an earlier run's context: how an event handler is removed (excel-add-ins-events.md). */
  <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** The global `Excel.run`, looked up only when called so that importing this file needs no Office.js. */
export const globalExcelRun: ExcelRun = <T>(
  first: Excel.RunOptions | OfficeExtension.ClientRequestContext | ((context: Excel.RequestContext) => Promise<T>),
  second?: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> =>
  typeof first === "function"
    ? Excel.run(first)
    : Excel.run(first as Excel.RunOptions, second as (context: Excel.RequestContext) => Promise<T>);

/** Whether the host has requirement set ExcelApi 1.`minor`; false where Office.js is absent. */
export function hostSupports(minor: number): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", `1.${minor}`);
}
