/**
 * Everything the pane, the ribbon and the demo can do to an open workbook, bound to its ports once:
 * the same workflow functions the command line calls, so the surfaces differ only in how they ask
 * and what they show.
 */
import type { ReferenceModel } from "../model/reference-model";
import type { ValidationReport } from "../rules/validation-report";
import type { WorkbookReader, WorkbookWriter } from "../workbook/port";
import { applyChanges, type ApplyOutcome } from "./apply-changes";
import { listBatches, type BatchSummary } from "./change-history";
import { checkWorkbook } from "./check-workbook";
import { planAutoFill, type AutoFillPlan } from "./plan-auto-fill";
import type { ProposedChange } from "./proposed-change";
import { revertBatch, type RevertOutcome } from "./revert-batch";

export interface WorkbookActions {
  /** Reads and checks the open workbook. */
  validate: () => Promise<ValidationReport>;
  /** Plans the lookup fills (safe) and lists the conflicts (for review); writes nothing. */
  planAutoFill: () => Promise<AutoFillPlan>;
  /** Applies changes the analyst has seen, as one revertible batch. */
  apply: (changes: readonly ProposedChange[], label: string) => Promise<ApplyOutcome>;
  /** The batches that can be reverted, newest first. */
  history: () => Promise<BatchSummary[]>;
  revert: (id: string) => Promise<RevertOutcome>;
}

export function workbookActions(reader: WorkbookReader, writer: WorkbookWriter, model: () => ReferenceModel, source: "pane" | "ribbon" | "live" = "pane"): WorkbookActions {
  return {
    // async, so a bad seed file (thrown by the model) reaches the caller as a rejection.
    validate: async () => checkWorkbook(reader, model()),
    planAutoFill: async () => planAutoFill(reader, model()),
    apply: async (changes, label) => applyChanges(writer, changes, { label, source }),
    history: async () => listBatches(writer),
    revert: async (id) => revertBatch(writer, id),
  };
}
