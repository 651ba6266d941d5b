/**
 * What auto-fill proposes: one cell edit with the value to write and why. Plans are lists of these;
 * an adapter (xlsx file, Excel) applies them, the core never does.
 */
import type { Finding } from "../rules/finding";

/** "fill" writes into an empty cell; "normalise" rewrites a valid value to its canonical spelling. */
export type EditKind = "fill" | "normalise";

export interface CellEdit {
  /** The worksheet's actual name. */
  sheet: string;
  /** A1 address of the target cell. */
  cell: string;
  /** 1-based worksheet row. */
  row: number;
  /** The column's header as the workbook spells it. */
  column: string;
  /** The text to write. Always written as text, so "4.10" never turns into the number 4.1. */
  value: string;
  kind: EditKind;
  /** A sentence saying where the value comes from. */
  reason: string;
}

export interface FillPlan {
  edits: CellEdit[];
  /** Non-empty cells that disagree with their lookup: findings with the proposed value, never edits. */
  conflicts: Finding[];
}

export interface PlanOptions {
  /** Also rewrite case/spacing variants of closed vocabularies to their canonical spelling. */
  normalise: boolean;
}
