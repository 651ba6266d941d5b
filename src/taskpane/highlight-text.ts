/**
 * What Highlight and Clear say they did, including what they could not do: a protected sheet is
 * neither marked nor cleared, and a sheet whose conditional formats Excel failed to list (some
 * rule kinds make the list throw, office-js #6827, #6835) keeps whatever marks the add-in made
 * there before, since the add-in could not find them to take them away.
 */
import type { ClearOutcome } from "../workflows/check/clear-highlights";
import type { HighlightSummary } from "../workflows/check/highlight-findings";
import { plural } from "../text/plural";

function sheetList(sheets: readonly string[]): string {
  return sheets.map((sheet) => `"${sheet}"`).join(", ");
}

/**
 * Why an unread sheet may still show the add-in's colours, and where the analyst can take them off
 * by hand; `done` ends the first clause with what the action did there (or nothing), `remain` says
 * what may remain.
 */
function unreadText(sheets: readonly string[], done: string, remain: string): string {
  if (sheets.length === 0) return "";
  return ` Excel could not read the conditional formats on ${sheetList(sheets)} (a known Excel fault with some kinds of rule)${done}: your own conditional formats there were left alone, and ${remain}. Home > Conditional Formatting > Manage Rules lists them (formula =ISTEXT("CER add-in highlight: …")).`;
}

/** What a highlight could not do: protected sheets not marked, sheets whose formats Excel could not read. */
function highlightGaps(outcome: Pick<HighlightSummary, "protectedSheets" | "unreadSheets">): string {
  const { protectedSheets, unreadSheets } = outcome;
  const locked = protectedSheets.length === 0 ? "" : ` Not marked on protected ${sheetList(protectedSheets)}.`;
  return `${locked}${unreadText(unreadSheets, "", "the add-in's earlier highlights there may remain, on cells that are now fine too")}`;
}

export function highlightMessage(
  outcome: Pick<HighlightSummary, "cells" | "protectedSheets" | "unreadSheets">,
): string {
  const { cells } = outcome;
  const marked = `Marked ${plural(cells.error, "error")}, ${plural(cells.warning, "warning")} and ${cells.info} info.`;
  return `${marked}${highlightGaps(outcome)}`;
}

/**
 * What live mode's redraw of the highlights after a change could not do, or undefined when it did
 * everything: said when it first happens, not after every change.
 */
export function redrawGaps(outcome: Pick<HighlightSummary, "protectedSheets" | "unreadSheets">): string | undefined {
  const gaps = highlightGaps(outcome).trim();
  return gaps === "" ? undefined : `The highlights were redrawn after the change. ${gaps}`;
}

export function clearMessage(outcome: ClearOutcome): string {
  const locked =
    outcome.protectedSheets.length === 0
      ? ""
      : ` Highlights on protected ${sheetList(outcome.protectedSheets)} stay until the sheet is unprotected.`;
  return `Cleared ${plural(outcome.removed, "highlight")}.${locked}${unreadText(outcome.unreadSheets, ", so nothing there was cleared", "the add-in's highlights there may remain")}`;
}
