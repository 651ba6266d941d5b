/** Clear: takes away every highlight the add-in made; the analyst's own formatting stays as it is. */
import type { WorkbookFormatter } from "../../workbook/port";

export interface ClearOutcome {
  removed: number;
  /** Sheets whose marks stay because they are protected. */
  protectedSheets: string[];
  /** Sheets whose conditional formats Excel failed to list (office-js #6827): their marks may stay. */
  unreadSheets: string[];
}

export async function clearHighlights(formatter: WorkbookFormatter): Promise<ClearOutcome> {
  const { removed, protectedSheets, unreadSheets = [] } = await formatter.replaceHighlights([]);
  return { removed, protectedSheets, unreadSheets };
}
