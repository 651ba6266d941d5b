/**
 * The consistency review: the cross-row findings (object.category-inconsistent,
 * object.sensitivity-inconsistent) grouped by information object. For each object, every row that
 * uses it with its category, group, sensitivity, initiator and receivers side by side, and per
 * column the values the rows give, so a reviewer sees where they disagree and can pick one.
 * Values are compared as the rules compare them: ignoring case and spacing, receivers as a set.
 * Pure; the workflow that turns a chosen value into changes is src/workflows/review/consistency-review.ts.
 */
import type { ReferenceModel } from "../model/reference-model";
import { BoundedMemo } from "../model/bounded-memo";
import type { ClosedVocabulary } from "../model/closed-vocabulary";
import { canonicalRole, splitRoles } from "../model/role-reading";
import { splitList, vocabularyKey } from "../model/text-normalise";
import type { ParsedWorkbook } from "../sheets/parsed-workbook";
import { cellOf, hasColumn, headerOf } from "../sheets/parsed-tab";
import type { Finding } from "./finding";
import { rowsByObject } from "../rules/utils/rows-by-object";
import { roleVocabulary } from "./role-vocabulary";

/** The rules whose findings the review groups. */
export const CONSISTENCY_RULES: readonly string[] = ["object.category-inconsistent", "object.sensitivity-inconsistent"];

export type ReviewColumn = "informationCategory" | "informationGroup" | "sensitivity" | "initiator" | "receiver";
export const REVIEW_COLUMNS: readonly ReviewColumn[] = [
  "informationCategory",
  "informationGroup",
  "sensitivity",
  "initiator",
  "receiver",
];

export interface ReviewCell {
  /** A1 address. */
  cell: string;
  /** The cell's cleaned text. */
  value: string;
  /** Whether the value differs from the one most rows give, in a column where the rows disagree. */
  differs: boolean;
  /** The value as rows are compared (comparable(), roles by their canonical name). */
  key?: string;
}

export interface ReviewRow {
  row: number;
  useCase: string;
  activity: string;
  /** The object as this row spells it. */
  informationObject: string;
  cells: Partial<Record<ReviewColumn, ReviewCell>>;
}

export interface ReviewValue {
  /** The value as first spelt by a row. */
  value: string;
  /** How many rows give it (compared ignoring case and spacing). */
  rows: number;
  /** For an Information Category the framework knows: its Information Group. */
  group?: string;
  /** The value as rows are compared (comparable(), roles by their canonical name). */
  key?: string;
}

export interface ReviewColumnSummary {
  column: ReviewColumn;
  /** The header as the workbook spells it. */
  header: string;
  /** The values given, most rows first. */
  values: ReviewValue[];
  /** Whether every row that gives a value gives the same one. */
  agrees: boolean;
}

export interface ConsistencyGroup {
  /** The object as its first row spells it. */
  object: string;
  sheet: string;
  /** The cross-row rules that fired on its rows. */
  rules: string[];
  /** Findings on its rows that a reviewer accepted. */
  waived: number;
  columns: ReviewColumnSummary[];
  rows: ReviewRow[];
}

/**
 * A value as rows are compared: lower-cased, typography read plainly; with `roles`, Initiator and
 * Receiver as the set of roles they name, each by its canonical name ("AEMO" is "Market Operator"),
 * and without, receivers as a sorted set of names.
 */
export function comparable(column: ReviewColumn, value: string, roles?: ClosedVocabulary): string {
  if ((column === "initiator" || column === "receiver") && roles !== undefined) {
    return [...new Set(splitRoles(roles, value).map((name) => vocabularyKey(canonicalRole(roles, name))))]
      .sort()
      .join(";");
  }
  const lower = vocabularyKey(value);
  return column === "receiver" ? [...new Set(splitList(lower))].sort().join(";") : lower;
}

/** The rows the findings name, by row number (the last row wins, should two share a number); a long tab's other rows are passed over. */
function rowsNumbered<R extends { row: number }>(rows: readonly R[], findings: readonly Finding[]): Map<number, R> {
  const wanted = new Set(findings.map((finding) => finding.row));
  const byNumber = new Map<number, R>();
  if (wanted.size === 0) return byNumber;
  for (const row of rows) if (wanted.has(row.row)) byNumber.set(row.row, row);
  return byNumber;
}

export function consistencyGroups(
  book: ParsedWorkbook,
  findings: readonly Finding[],
  model: ReferenceModel,
): ConsistencyGroup[] {
  const tab = book.categorisation;
  if (tab === undefined) return [];
  const objects = new Map<string, { rules: Set<string>; waived: number }>();
  const reviewed = findings.filter(
    (finding) => finding.sheet === tab.sheet && CONSISTENCY_RULES.includes(finding.rule),
  );
  const rowsByNumber = rowsNumbered(tab.rows, reviewed);
  for (const finding of reviewed) {
    const row = rowsByNumber.get(finding.row);
    if (row === undefined || row.text.informationObject === "") continue;
    const key = row.text.informationObject.toLowerCase();
    const entry = objects.get(key) ?? { rules: new Set<string>(), waived: 0 };
    entry.rules.add(finding.rule);
    if (finding.waived !== undefined) entry.waived++;
    objects.set(key, entry);
  }
  const groups = rowsByObject(tab);
  const columns = REVIEW_COLUMNS.filter((column) => hasColumn(tab, column));
  // The same few values recur across objects (receiver lists above all, split and sorted to compare).
  const comparables = new Map(REVIEW_COLUMNS.map((column) => [column, new BoundedMemo<string>()]));
  const roles = roleVocabulary(book, model);
  const comparableOf = (column: ReviewColumn, value: string): string =>
    comparables.get(column)?.get(value, (v) => comparable(column, v, roles)) ?? comparable(column, value, roles);
  const result: ConsistencyGroup[] = [];
  for (const [key, { rules, waived }] of objects) {
    const rows = groups.get(key) ?? [];
    const majority = new Map<ReviewColumn, string>();
    const summaries = columns.map((column): ReviewColumnSummary => {
      const counts = new Map<string, ReviewValue>();
      for (const row of rows) {
        const value = row.text[column];
        if (value === "") continue;
        const k = comparableOf(column, value);
        const seen = counts.get(k);
        if (seen === undefined) {
          const group =
            column === "informationCategory" ? model.information.categories.match(value)?.term.group.name : undefined;
          counts.set(k, { value, rows: 1, key: k, ...(group === undefined ? {} : { group }) });
        } else seen.rows++;
      }
      const values = [...counts.values()].sort((a, b) => b.rows - a.rows);
      const first = values[0];
      if (first !== undefined) majority.set(column, comparableOf(column, first.value));
      return { column, header: headerOf(tab, column), values, agrees: values.length < 2 };
    });
    result.push({
      object: rows[0]?.text.informationObject ?? key,
      sheet: tab.sheet,
      rules: [...rules].sort(),
      waived,
      columns: summaries,
      rows: rows.map((row) => ({
        row: row.row,
        useCase: row.text.useCase,
        activity: row.text.activity,
        informationObject: row.text.informationObject,
        cells: Object.fromEntries(
          summaries.map((summary) => {
            const value = row.text[summary.column];
            const differs =
              !summary.agrees && value !== "" && comparableOf(summary.column, value) !== majority.get(summary.column);
            const key = value === "" ? "" : comparableOf(summary.column, value);
            return [summary.column, { cell: cellOf(tab, row.row, summary.column) ?? "", value, differs, key }];
          }),
        ),
      })),
    });
  }
  return result;
}
