/**
 * What auto-fill proposes: one cell edit with the value to write and why. Plans are lists of these;
 * an adapter (xlsx file, Excel) applies them, the core never does.
 */
import type { CellChange, Finding } from "../check/finding";

/** "fill" writes into an empty cell; "normalise" rewrites a valid value to its canonical spelling. */
export type EditKind = "fill" | "normalise";

export interface CellEdit extends CellChange {
  kind: EditKind;
  /** What the cell held when planned: "" for a fill, the variant spelling for a normalise. */
  previous: string;
  /** A sentence saying where the value comes from. */
  reason: string;
  /** For a fill, what the value was looked up from ("Capability ID 1.2.3"), as the reason names it. */
  source?: string;
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
