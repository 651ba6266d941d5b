/**
 * What every view of the pane reads from the pane rather than through props: the workbook's
 * operations (PaneOperations), the pane's state, and the pane-level actions every view shares.
 * Naming: a view asks the workbook through `operations.x()`; what a component tells its parent is an
 * `onX` prop.
 */
import { createContext, useContext, type Dispatch } from "react";
import type { ProposedChange } from "../workflows/changes/proposed-change";
import type { Finding } from "../check/finding";
import type { PendingChanges } from "./ChangePreview";
import type { PaneOperations } from "./pane-operations";
import type { PaneAction, PaneState } from "./pane-state";

export interface Pane {
  operations: PaneOperations;
  state: PaneState;
  dispatch: Dispatch<PaneAction>;
  /** Checks the workbook; a failure is the pane's notice. */
  check: () => Promise<void>;
  /** Goes to a finding's cell; a failure is the pane's notice. */
  open: (finding: Finding) => void;
  /** Shows changes in the preview; applied, they form one revertible batch. */
  propose: (pending: PendingChanges) => void;
  /** Applies changes the analyst has seen; the notice offers Revert, and the check is redone. */
  apply: (changes: readonly ProposedChange[], label: string) => Promise<void>;
  revert: (batchId: string) => Promise<void>;
  /**
   * Runs an action on the workbook titled `title`: the sentence it returns, or its failure, is the
   * pane's notice, and the views read the workbook again.
   */
  run: (title: string, action: () => Promise<string>) => Promise<void>;
  /** Live mode on or off. */
  switchLive: (on: boolean) => Promise<void>;
  /** Whether the findings are highlighted in the sheets, so live mode redraws them as they change. */
  setHighlighted: (on: boolean) => void;
}

export const PaneContext = createContext<Pane | undefined>(undefined);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (pane === undefined) throw new Error("usePane: a view of the pane rendered outside <PaneProvider>.");
  return pane;
}
