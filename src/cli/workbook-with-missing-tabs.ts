/**
 * The command line's road to the pane's Add missing tabs (src/workflows/tools/add-missing-tabs.ts)
 * over an .xlsx, for `add-tabs` and `template`: the same workflow through the xlsx adapter, so the
 * new tabs, their dropdowns on the hidden "CER Lists" sheet and the record of those dropdowns in the
 * add-in's settings are what the pane would have made.
 */
import type { ReferenceModel } from "../model/reference-model";
import { XlsxTabsAdapter } from "../workbook/xlsx/xlsx-tabs-adapter";
import type { XlsxWorkbookEditor } from "../workbook/xlsx/xlsx-workbook-editor";
import type { InflateRaw } from "../workbook/xlsx/zip-package";
import { addMissingTabs, type AddTabsOutcome } from "../workflows/tools/add-missing-tabs";

export interface MissingTabsOptions {
  inflateRaw?: InflateRaw;
  /** The new tabs before the existing sheets (the template's reference tabs), not after them. */
  newTabsFirst?: boolean;
}

/** The workbook with its missing tabs added; `bytes` undefined when none was missing. */
export async function workbookWithMissingTabs(
  editor: XlsxWorkbookEditor,
  model: ReferenceModel,
  options: MissingTabsOptions = {},
): Promise<{ outcome: AddTabsOutcome; bytes: Uint8Array | undefined }> {
  const adapter = new XlsxTabsAdapter(editor, options.inflateRaw, { newTabsFirst: options.newTabsFirst === true });
  const outcome = await addMissingTabs({ reader: adapter, writer: adapter, dropdowns: adapter, tabs: adapter }, model);
  return { outcome, bytes: outcome.added.length === 0 ? undefined : adapter.bytes() };
}
