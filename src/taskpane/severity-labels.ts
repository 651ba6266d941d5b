/** How each severity is named and coloured in the pane (Fluent badge colours). */
import type { Severity } from "../check/finding";
import type { ValidationReport } from "../check/validation-report";

export const severities: readonly Severity[] = ["error", "warning", "info"];

const plural: Record<Severity, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["info", "info"],
};

export const severityTitle: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Info" };

export const badgeColor: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** 1 -> "1 error", 3 -> "3 errors". */
export function countLabel(severity: Severity, count: number): string {
  const [one, many] = plural[severity];
  return `${count} ${count === 1 ? one : many}`;
}

/** The report's summary keyed by severity. */
export function severityCounts(summary: ValidationReport["summary"]): Record<Severity, number> {
  return { error: summary.errors, warning: summary.warnings, info: summary.info };
}
