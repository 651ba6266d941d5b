/** Auto-fill: lookup fills planned as cell edits, never applied here. */
export type { CellEdit, EditKind, FillPlan, PlanOptions } from "./cell-edit";
export { CONFLICT_RULE } from "./plan-builder";
export { planFills } from "./plan-fills";
