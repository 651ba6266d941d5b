/**
 * The definitions card's actions, bound to their ports once (after gap-actions.ts): hear which
 * cell the analyst selects, read that row's card, rank capabilities and categories for typed words,
 * and plan a chosen one as changes for the preview (WorkbookActions.apply writes them as one
 * revertible batch). The card's code and the framework index load on first use.
 */
import type { LiveChange, LiveWorkbook } from "../workbook/port";
import type { DefinitionCard, DefinitionChoice, DefinitionSearch } from "../workflows/definitions/definition-card";
import type { ProposedChange } from "../workflows/changes/proposed-change";
import { loader, type ActionPorts, type Lazy } from "./workbook-actions";

export interface DefinitionActions {
  /**
   * Calls `onSelect` with the sheet and row of each cell the analyst selects, and `onChange` with
   * each change to the workbook's cells (so a card on screen is read again); resolves to a stop function.
   */
  watchSelection: (
    onSelect: (sheet: string, row: number) => void,
    onChange?: (change: LiveChange) => void,
  ) => Promise<() => Promise<void>>;
  /** The card of a Data Categorisation row; undefined for any other row or sheet. */
  definitionCard: (sheet: string, row: number) => Promise<DefinitionCard | undefined>;
  searchDefinitions: (text: string) => Promise<DefinitionSearch>;
  /** The changes a choice makes to the row (the value and its lookups), to preview; writes nothing. */
  planDefinitionChoice: (sheet: string, row: number, choice: DefinitionChoice) => Promise<ProposedChange[]>;
}

export interface DefinitionPorts extends ActionPorts {
  /** Made anew for the card: its own event registration, apart from live mode's. */
  live: Lazy<LiveWorkbook>;
}

const card = () => import(/* webpackChunkName: "definitions" */ "../workflows/definitions/definition-card");

export function definitionActions(ports: DefinitionPorts): DefinitionActions {
  const read = loader(ports.reader);
  const write = loader(ports.writer);
  let selection: Promise<LiveWorkbook> | undefined;
  return {
    watchSelection: async (onSelect, onChange) => {
      selection ??= loader(ports.live)();
      const { stop } = await (await selection).watch(onChange ?? (() => undefined), onSelect);
      return stop;
    },
    definitionCard: async (sheet, row) =>
      (await card()).readDefinitionCard(await read(), await write(), await ports.model(), sheet, row),
    searchDefinitions: async (text) => (await card()).searchDefinitions(await ports.model(), text),
    planDefinitionChoice: async (sheet, row, choice) =>
      (await card()).planDefinitionChoice(await read(), await write(), await ports.model(), sheet, row, choice),
  };
}
