/**
 * Everything the pane, the ribbon and the demo can do to an open workbook, bound to its ports once:
 * the same workflow functions the command line calls, so the surfaces differ only in how they ask
 * and what they show. Each workflow, the reference model and the writer are imported when first
 * used, so the task pane's first load is its shell alone (the pane prefetches the checking code).
 */
import type { ReferenceModel } from "../model/reference-model";
import type { ValidationReport } from "../check/validation-report";
import type { WorkbookReader, WorkbookWriter } from "../workbook/port";
import type { ApplyOutcome } from "../workflows/changes/apply-changes";
import type { BatchSummary } from "../workflows/changes/change-history";
import type { AutoFillPlan } from "../workflows/changes/plan-auto-fill";
import type { ProposedChange } from "../workflows/changes/proposed-change";
import type { RevertOutcome } from "../workflows/changes/revert-batch";

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

/** A port given as it is, or loaded on first use. */
export type Lazy<T> = T | (() => Promise<T>);

export function loader<T extends object>(source: Lazy<T>): () => Promise<T> {
  return async () => (typeof source === "function" ? (source as () => Promise<T>)() : source);
}

export interface ActionPorts {
  reader: Lazy<WorkbookReader>;
  writer: Lazy<WorkbookWriter>;
  /** The reference model; a bad seed file rejects, naming the file and field. */
  model: () => Promise<ReferenceModel>;
}

/** The ports loaded on first use; settings (the column mapping, the waivers) are read through the writer. */
export function boundPorts(ports: ActionPorts) {
  const read = loader(ports.reader);
  const write = loader(ports.writer);
  return {
    read,
    write,
    /** The ports of the one check (check.ts). */
    checkPorts: async () => ({ reader: await read(), settings: await write() }),
    /** The column mapping the analyst saved in the workbook, if any. */
    mapping: async () => (await import("../workflows/settings/column-mapping")).readColumnMapping(await write()),
  };
}

export function workbookActions(ports: ActionPorts, source: "pane" | "ribbon" | "live" = "pane"): WorkbookActions {
  const { read, write, checkPorts, mapping } = boundPorts(ports);
  const { model } = ports;
  return {
    // Both read the tabs through the column mapping the analyst saved in the workbook, if any.
    // Findings the workbook's waivers accept are set apart and not counted.
    validate: async () =>
      (await (await import("../workflows/check/check")).checkWorkbook(await checkPorts(), await model())).report,
    planAutoFill: async () =>
      (await import("../workflows/changes/plan-auto-fill")).planAutoFill(await read(), await model(), {
        normalise: false,
        overrides: await mapping(),
      }),
    apply: async (changes, label) =>
      (await import("../workflows/changes/apply-changes")).applyChanges(await write(), changes, { label, source }),
    history: async () => (await import("../workflows/changes/change-history")).listBatches(await write()),
    revert: async (id) => (await import("../workflows/changes/revert-batch")).revertBatch(await write(), id),
  };
}
