/**
 * Propose gaps: reads the workbook (through the column mapping saved in it), proposes Distinct Gap
 * Analysis rows from the quality issues of Data Categorisation (gaps/propose-gaps.ts) and turns them
 * into proposed changes, one per cell of each new row, in the columns as the tab's header maps
 * them. Nothing is written here: the pane previews the changes and `applyChanges` writes them as one
 * revertible batch. Each cell is expected empty, so a cell typed into since is left alone, and the
 * record keeps it as empty: Revert empties the added rows again.
 */
import { proposeGaps, type GapProposal, type ProposedGap } from "../../gaps/propose-gaps";
import type { ReferenceModel } from "../../model/reference-model";
import { quote } from "../../rules/utils/rule-helpers";
import { cellOf, headerOf, type ParsedTab } from "../../sheets/parsed-tab";
import { readWorkbook, type ParsedWorkbook, type WorkbookOverrides } from "../../sheets/parsed-workbook";
import type { GapColumn } from "../../sheets/tab-definitions";
import { gapsTab } from "../../sheets/tab-definitions";
import type { WorkbookReader } from "../../workbook/port";
import type { ProposedChange } from "../changes/proposed-change";

export interface GapPlan {
  proposal: GapProposal;
  /** Every cell of the new rows, row by row in the tab's column order. */
  changes: ProposedChange[];
  /** The workbook has no Distinct Gap Analysis tab: the gaps are listed, and cannot be written until it is added. */
  tabMissing?: boolean;
}

/** A new gap's cells as changes, in the tab's column order. */
export function changesOfGap(tab: ParsedTab<GapColumn>, gap: ProposedGap): ProposedChange[] {
  const from = gap.sourceRows.length === 1 ? `row ${gap.sourceRows[0] ?? ""}` : `rows ${gap.sourceRows.join(", ")}`;
  const reason = `New gap ${gap.gapId} for ${quote(gap.values.informationObject ?? "")}, from the quality issue on Data Categorisation ${from}.`;
  const keys = gapsTab.columns.map((c) => c.key).filter((key) => tab.columns[key] !== undefined);
  keys.sort((a, b) => (tab.columns[a] ?? 0) - (tab.columns[b] ?? 0));
  return keys.flatMap((key): ProposedChange[] => {
    const value = gap.values[key];
    const cell = cellOf(tab, gap.row, key);
    if (value === undefined || value === "" || cell === undefined) return [];
    return [
      {
        sheet: tab.sheet,
        cell,
        row: gap.row,
        column: headerOf(tab, key),
        value,
        kind: "add",
        applicability: "safe",
        expected: "",
        reason,
      },
    ];
  });
}

/** `withoutTab`: list the gaps of a workbook without the tab too (with no changes: there is nowhere to write them). */
export function gapPlanOf(
  book: ParsedWorkbook,
  model: ReferenceModel,
  options: { withoutTab?: boolean } = {},
): GapPlan {
  const proposal = proposeGaps(book, model, options);
  const tab = book.gaps;
  return {
    proposal,
    changes: tab === undefined ? [] : proposal.gaps.flatMap((gap) => changesOfGap(tab, gap)),
    ...(tab === undefined ? { tabMissing: true } : {}),
  };
}

export async function planProposedGaps(
  reader: WorkbookReader,
  model: ReferenceModel,
  overrides: WorkbookOverrides = {},
  options: { withoutTab?: boolean } = {},
): Promise<GapPlan> {
  return gapPlanOf(await readWorkbook(reader, overrides), model, options);
}
