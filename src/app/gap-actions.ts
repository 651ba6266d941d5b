/**
 * The gap workflow's actions, bound to their ports once, after workbook-actions.ts: propose
 * Distinct Gap Analysis rows from the quality issues (planned only: the pane previews them and
 * WorkbookActions.apply writes them as one revertible batch), and the Key Initiatives view. Both
 * read the tabs through the column mapping saved in the workbook.
 */
import type { KeyInitiatives } from "../gaps/key-initiatives";
import type { GapPlan } from "../workflows/gaps/propose-gaps";
import { boundPorts, type ActionPorts } from "./workbook-actions";

export interface GapActions {
  /** The gaps the quality issues call for, as changes to preview; writes nothing. */
  proposeGaps: () => Promise<GapPlan>;
  /** Options grouped by Key Initiative, with the gaps they close and the gaps no option closes. */
  keyInitiatives: () => Promise<KeyInitiatives>;
}

export function gapActions(ports: ActionPorts): GapActions {
  const { read, mapping } = boundPorts(ports);
  return {
    proposeGaps: async () =>
      (await import("../workflows/gaps/propose-gaps")).planProposedGaps(
        await read(),
        await ports.model(),
        await mapping(),
      ),
    keyInitiatives: async () => {
      const [{ readKnownTabs }, { keyInitiatives }] = await Promise.all([
        import("../workflows/check/check"),
        import("../gaps/key-initiatives"),
      ]);
      return keyInitiatives(await readKnownTabs(await read(), await mapping()));
    },
  };
}
