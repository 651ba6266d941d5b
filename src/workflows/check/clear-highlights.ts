/** Clear: takes away every highlight the add-in made; the analyst's own formatting stays as it is. */
import type { WorkbookFormatter } from "../../workbook/port";

export async function clearHighlights(
  formatter: WorkbookFormatter,
): Promise<{ removed: number; protectedSheets: string[] }> {
  const { removed, protectedSheets } = await formatter.replaceHighlights([]);
  return { removed, protectedSheets };
}
