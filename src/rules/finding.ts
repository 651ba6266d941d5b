/**
 * One finding, in the shape of Frictionless Data's validation report errors: where (sheet, cell,
 * row, column), what (rule id, severity, message) and, where one exists, the value to use instead.
 * The same shape feeds the task pane, the CLI's JSON and the text report.
 */

export type Severity = "error" | "warning" | "info";

export interface Finding {
  sheet: string;
  /** The single most relevant cell, A1-style. */
  cell: string;
  row: number;
  /** The column's header as the workbook spells it. */
  column: string;
  rule: string;
  severity: Severity;
  /** A sentence a non-programmer understands, naming what was found and what is expected. */
  message: string;
  /** The cell's value as read (cleaned). */
  value: string;
  suggestion?: string;
}

export const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
