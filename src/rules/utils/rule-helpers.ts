/**
 * Small pieces every rule uses: walking the tabs that share some columns, and reporting on one cell
 * of a row with the location filled in.
 */
import type { ParsedRow, ParsedTab } from "../../sheets/parsed-tab";
import { cellOf, headerOf } from "../../sheets/parsed-tab";
import type { ParsedWorkbook } from "../../sheets/parsed-workbook";
import type { FixApplicability } from "../../check/finding";
import type { FindingDetails, Reporter, RuleMessage } from "../../check/rule";

type TabId = "categorisation" | "gaps" | "options";

/**
 * The present tabs among `ids`, seen through the columns `K` they all have. A rule about, say,
 * Capability ID runs the same way on Data Categorisation and Distinct Gap Analysis.
 */
export function tabsWith<K extends string>(book: ParsedWorkbook, ids: readonly TabId[]): ParsedTab<K>[] {
  const tabs: ParsedTab<K>[] = [];
  for (const id of ids) {
    const tab = book[id];
    // Every tab listed for K has the columns K names; the tab types differ only in their other keys.
    if (tab !== undefined && tab.headerRow !== undefined) tabs.push(tab as unknown as ParsedTab<K>);
  }
  return tabs;
}

/**
 * Reports a finding on `key`'s cell in `row`; no-op when the tab lacks that column. With `fix`, the
 * suggestion becomes a fix that writes it into that same cell, trusted as `fix` says.
 */
export function reportCell<K extends string>(
  reporter: Reporter,
  tab: ParsedTab<K>,
  row: ParsedRow<K>,
  key: K,
  message: string | RuleMessage,
  suggestion?: string,
  fix?: FixApplicability,
): void {
  const cell = cellOf(tab, row.row, key);
  if (cell === undefined) return;
  const value = row.text[key] !== "" ? row.text[key] : row.raw[key].trim();
  const column = headerOf(tab, key);
  // Built property by property, without spreads: rules report thousands of findings on a big tab.
  const text = typeof message === "string" ? message : message.message;
  const details: FindingDetails = { sheet: tab.sheet, cell, row: row.row, column, message: text, value };
  if (typeof message !== "string") details.messageId = message.messageId;
  if (suggestion !== undefined) {
    details.suggestion = suggestion;
    if (fix !== undefined)
      details.fix = {
        applicability: fix,
        edits: [{ sheet: tab.sheet, cell, row: row.row, column, value: suggestion }],
      };
  }
  reporter.report(details);
}

/**
 * `"value"` for messages, shortened when long; a double quote inside it is written twice, as Excel
 * writes one inside a formula's text, so that where a quoted value ends can always be told (live
 * mode moves the row numbers a message names outside quotes, never a value's: shift-findings.ts).
 */
export function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  return `"${shown.replaceAll('"', '""')}"`;
}
