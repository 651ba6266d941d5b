/**
 * The open workbook's file name, for naming it in an exported report: the last part of
 * Office.context.document.url ("Forecasts.xlsx"), or undefined where Office gives none (a new
 * unsaved workbook, a host without the property, the fake Office of the demo and the tests).
 */
export function openDocumentName(): string | undefined {
  if (typeof Office === "undefined") return undefined;
  // Optional all the way down: the demo's and the tests' Office have no `document`.
  const url = (Office.context as Partial<typeof Office.context> | undefined)?.document?.url;
  if (typeof url !== "string" || url.trim() === "") return undefined;
  const last = url
    .split(/[\\/]/)
    .filter((part) => part !== "")
    .pop()
    ?.split(/[?#]/)[0];
  if (last === undefined || last === "") return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
