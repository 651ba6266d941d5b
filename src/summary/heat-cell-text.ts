/** What a heat map cell says, on the Summary tab and as the pane's accessible label and tooltip. */
import { plural } from "../text/plural";
import type { HeatMapCapability } from "./capability-heat-map";

/** What a heat map cell says: "4.3.2 Monitor network / power system: 5 objects, 1 issue, 0 gaps". */
export function heatCellText(capability: HeatMapCapability, name = capability.name): string {
  return `${capability.id} ${name}: ${plural(capability.objects, "object", "objects")}, ${plural(capability.qualityIssues, "issue", "issues")}, ${plural(capability.gaps, "gap", "gaps")}`;
}
