import type { TabDefinition } from "../sheets/tab-definitions";

/**
 * One finding, in the shape of Frictionless Data's validation report errors: where (sheet, cell,
 * row, column), what (rule id, severity, message) and, where one exists, the value to use instead.
 * The same shape feeds the task pane, the CLI's JSON and the text report.
 */

export type Severity = "error" | "warning" | "info";

/**
 * How far a fix can be trusted, after Ruff's applicability: "safe" fixes keep the meaning (the
 * canonical spelling of a value that already matches, a lookup into an empty cell) and may be
 * applied in bulk; "review" fixes change what the analyst wrote ("did you mean", a lookup that
 * disagrees with a filled cell) and are applied only one by one or when explicitly asked.
 */
export type FixApplicability = "safe" | "review";

/** One cell set to one value. The value is always written as text. */
export interface CellChange {
  /** The worksheet's actual name. */
  sheet: string;
  /** A1 address of the target cell. */
  cell: string;
  /** 1-based worksheet row. */
  row: number;
  /** The column's header as the workbook spells it. */
  column: string;
  value: string;
  /**
   * What the cell showed when the fix was planned, for a fix that also rewrites other filled cells
   * of the row (a value and its lookups). Unset: the finding's value for its own cell, else empty.
   */
  previous?: string;
}

/** A finding's fix, after ESLint's: data only; the workflow layer is the one place that applies it. */
export interface FindingFix {
  applicability: FixApplicability;
  edits: CellChange[];
}

export interface Finding {
  sheet: string;
  /** The single most relevant cell, A1-style. */
  cell: string;
  row: number;
  /** The column's header as the workbook spells it. */
  column: string;
  rule: string;
  severity: Severity;
  /** Which of the rule's messages (Rule.messages) this is, as ESLint's messageId. */
  messageId?: string;
  /** A sentence a non-programmer understands, naming what was found and what is expected. */
  message: string;
  /** The cell's value as read (cleaned). */
  value: string;
  suggestion?: string;
  /** Cell edits that would resolve the finding, when the rule knows them. */
  fix?: FindingFix;
  /** Set on the findings a reviewer accepted (ValidationReport.waivedFindings): they no longer count. */
  waived?: WaiverNote;
  /** Its identity across versions (rule, tab, column, row key: baseline.ts), set on the command line's reports. */
  fingerprint?: string;
  /** Against a baseline (validate --baseline): "unchanged" findings are in it and not counted. */
  baselineState?: "new" | "unchanged";
}

/** Who accepted a finding, why and when (ISO time), after ESLint's suppression justifications. */
export interface WaiverNote {
  by: string;
  reason: string;
  at: string;
}

export type TabId = TabDefinition["id"];

/** A reviewer's acceptance of a finding, kept in the workbook and keyed by what the finding is about (waived-findings.ts). */
export interface Waiver extends WaiverNote {
  rule: string;
  tab: TabId;
  /** The finding's column: its canonical key ("sensitivity"), or its header lower-cased when the add-in does not know it. */
  column: string;
  /** The row's key cells, cleaned and lower-cased; [] for a finding that is not on a data row (a header problem). */
  key: string[];
}

export const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
