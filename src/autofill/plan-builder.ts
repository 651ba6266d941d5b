/**
 * Collects a plan's edits and conflicts while the lookups run, and holds the rules that protect the
 * analyst's work in one place: only empty cells are filled, merged (non top-left) cells and cells
 * holding a formula error are never targeted, a non-empty cell that disagrees with its lookup
 * becomes a conflict finding, and each cell is edited at most once (the first lookup wins).
 */
import { cleanText, vocabularyKey } from "../model/text-normalise";
import type { Finding } from "../check/finding";
import { quote } from "../rules/utils/rule-helpers";
import type { ParsedRow, ParsedTab } from "../sheets/parsed-tab";
import { cellOf, headerOf } from "../sheets/parsed-tab";
import type { CellEdit, FillPlan } from "./cell-edit";

export const CONFLICT_RULE = "autofill.conflict";

/** A proposed value for one cell, and how to tell whether a value already there says the same. */
export interface Proposal {
  value: string;
  /** Where the value comes from, e.g. 'Capability ID 4.1.2'; the edit's reason and the conflict's message are built from it. */
  source: string;
  /** Whether the cell's existing (cleaned, non-empty) text means the proposed value; defaults to a case/spacing-insensitive comparison. */
  agrees?: (existing: string) => boolean;
}

export class PlanBuilder {
  private readonly edits: CellEdit[] = [];
  private readonly conflicts: Finding[] = [];
  /** "sheet!A1" of every cell already edited or reported. */
  private readonly touched = new Set<string>();

  /** Fills `key`'s cell in `row` when it is empty; reports a conflict when it holds something else. */
  fill<K extends string>(tab: ParsedTab<K>, row: ParsedRow<K>, key: K, proposal: Proposal): void {
    const cell = cellOf(tab, row.row, key);
    if (cell === undefined || tab.mergedCells.has(cell)) return;
    const id = `${tab.sheet}!${cell}`;
    if (this.touched.has(id)) return;
    const raw = row.raw[key];
    const existing = cleanText(raw);
    if (existing === "") {
      this.touched.add(id);
      this.edits.push({
        sheet: tab.sheet,
        cell,
        row: row.row,
        column: headerOf(tab, key),
        value: proposal.value,
        kind: "fill",
        previous: "",
        reason: `${proposal.source} gives ${quote(proposal.value)}.`,
        source: proposal.source,
      });
      return;
    }
    const agrees = proposal.agrees ?? ((text: string) => vocabularyKey(text) === vocabularyKey(proposal.value));
    // A formula error (#N/A) is not empty, and never agrees: the cell needs a person.
    if (row.text[key] !== "" && agrees(existing)) return;
    this.touched.add(id);
    this.conflicts.push({
      sheet: tab.sheet,
      cell,
      row: row.row,
      column: headerOf(tab, key),
      rule: CONFLICT_RULE,
      severity: "warning",
      message: `${headerOf(tab, key)} holds ${quote(existing)}, but ${proposal.source} gives ${quote(proposal.value)}; left unchanged.`,
      value: existing,
      suggestion: proposal.value,
    });
  }

  /** Rewrites a non-empty cell to `value` (its canonical spelling); no-op when already exact. */
  normalise<K extends string>(tab: ParsedTab<K>, row: ParsedRow<K>, key: K, value: string, reason: string): void {
    const cell = cellOf(tab, row.row, key);
    if (cell === undefined || tab.mergedCells.has(cell) || row.raw[key] === value) return;
    const id = `${tab.sheet}!${cell}`;
    if (this.touched.has(id)) return;
    this.touched.add(id);
    this.edits.push({
      sheet: tab.sheet,
      cell,
      row: row.row,
      column: headerOf(tab, key),
      value,
      kind: "normalise",
      previous: row.raw[key],
      reason,
    });
  }

  plan(): FillPlan {
    return { edits: this.edits, conflicts: this.conflicts };
  }
}
