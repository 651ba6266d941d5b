/**
 * The gap workflow's actions, bound to their ports once, after workbook-actions.ts: propose
 * Distinct Gap Analysis rows from the quality issues (planned only: the pane previews them and
 * WorkbookActions.apply writes them as one revertible batch), and the Key Initiatives view. Both
 * read the tabs through the column mapping saved in the workbook.
 */
import type { KeyInitiatives } from "../gaps/key-initiatives";
import type { GapPlan } from "./propose-gaps";
import { loader, type ActionPorts } from "./workbook-actions";

export interface GapActions {
  /** The gaps the quality issues call for, as changes to preview; writes nothing. */
  proposeGaps: () => Promise<GapPlan>;
  /** Options grouped by Key Initiative, with the gaps they close and the gaps no option closes. */
  keyInitiatives: () => Promise<KeyInitiatives>;
}

export function gapActions(ports: ActionPorts): GapActions {
  const read = loader(ports.reader);
  const write = loader(ports.writer);
  const mapping = async () => (await import("./column-mapping")).readColumnMapping(await write());
  return {
    proposeGaps: async () => (await import("./propose-gaps")).planProposedGaps(await read(), await ports.model(), await mapping()),
    keyInitiatives: async () => {
      const [{ readWorkbook, requireKnownTabs }, { keyInitiatives }] = await Promise.all([import("../sheets/parsed-workbook"), import("../gaps/key-initiatives")]);
      const book = await readWorkbook(await read(), await mapping());
      requireKnownTabs(book);
      return keyInitiatives(book);
    },
  };
}
