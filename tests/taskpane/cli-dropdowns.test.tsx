/** @jest-environment jsdom */
/**
 * Dropdowns the command line sets are the pane's to remove: `template` and `add-tabs` (their
 * workbooks as the commands make them, before the file is written) install them
 * through the pane's own workflow, which records them in the add-in's settings, and the file
 * carries that record. Opened "in Excel" (the fake, from the file's bytes), the Workbook view's
 * Remove dropdowns takes every one of them away, with the hidden lists sheet, and leaves the
 * analyst's own validations alone.
 */
import { fireEvent, screen } from "@testing-library/react";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { templateWorkbookBytes } from "../../src/cli/template-workbook";
import { workbookWithMissingTabs } from "../../src/cli/workbook-with-missing-tabs";
import { defaultReference } from "../../src/model/default-reference";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { LISTS_SHEET } from "../../src/workflows/tools/dropdown-lists";
import { DROPDOWNS_KEY } from "../../src/workflows/tools/install-dropdowns";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";
import { XlsxWorkbookEditor } from "../../src/workbook/xlsx/xlsx-workbook-editor";
import type { FakeExcel } from "../../src/workbook/fake-excel/fake-excel";
import { fakeExcelOfXlsx } from "../support/fake-excel-of-xlsx";
import { renderOver } from "../support/office-pane";
import { validCategorisation } from "../support/workbook-rows";
import { buildXlsx, escapeAttribute, worksheetXml } from "../support/xlsx-package-builder";

// jsdom has no TextDecoder nor TextEncoder; Node (where the command line runs) and every browser do.
beforeAll(() => {
  if (typeof globalThis.TextDecoder === "undefined") Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
  if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder: NodeTextEncoder });
});

const DC = "Data Categorisation";

async function removeInThePane(excel: FakeExcel): Promise<string> {
  renderOver(excel);
  fireEvent.click(screen.getByRole("button", { name: "Workbook" }));
  fireEvent.click(await screen.findByRole("button", { name: "Remove dropdowns" }));
  return (await screen.findByText(/^Removed the dropdowns from/)).textContent ?? "";
}

describe("dropdowns set by the command line, removed in the pane", () => {
  it("template: the file records every dropdown it has, and Remove dropdowns takes them all away", async () => {
    const bytes = await templateWorkbookBytes(defaultReference());
    const record = (await openXlsx(bytes).readSettings([DROPDOWNS_KEY]))[DROPDOWNS_KEY] as Array<{ sheet: string }>;
    const excel = await fakeExcelOfXlsx(bytes, [DROPDOWNS_KEY]);
    const withRules = excel.sheetNames.flatMap((sheet) => excel.validations(sheet).map(() => sheet));
    // One record per rule in the file: nothing set is left unrecorded.
    expect(record.map((area) => area.sheet).sort()).toEqual(withRules.sort());
    expect(new Set(withRules)).toEqual(new Set([DC, "Distinct Gap Analysis", "Options"]));

    const message = await removeInThePane(excel);
    expect(message).toBe(`Removed the dropdowns from ${record.length} columns.`);
    for (const sheet of excel.sheetNames) expect(excel.validations(sheet)).toEqual([]);
    expect(excel.sheetNames).not.toContain(LISTS_SHEET);
    expect(excel.settings[DROPDOWNS_KEY]).toBeUndefined();
  });

  it("add-tabs: Remove dropdowns takes away those on the tabs it added and leaves the analyst's own", async () => {
    const cells = categorisationTab.columns.map((c) => validCategorisation[c.key] ?? "");
    const row = (r: number, texts: readonly string[]) =>
      `<row r="${r}">${texts.map((text, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${escapeAttribute(text)}</t></is></c>`).join("")}</row>`;
    // The analyst's own dropdown, an inline list on a column of their own (S).
    const own =
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="S2:S50"><formula1>"Yes,No"</formula1></dataValidation></dataValidations>';
    const input = buildXlsx({
      sheets: [
        {
          name: DC,
          xml: worksheetXml(row(1, [...categorisationTab.columns.map((c) => c.header), "Reviewed"]) + row(2, cells), {
            afterSheetData: own,
          }),
        },
      ],
    });
    const { bytes } = await workbookWithMissingTabs(new XlsxWorkbookEditor(input), defaultReference());
    const excel = await fakeExcelOfXlsx(bytes ?? new Uint8Array(), [DROPDOWNS_KEY]);
    const added = [...excel.validations("Distinct Gap Analysis"), ...excel.validations("Options")];
    expect(added.length).toBeGreaterThan(0);
    expect(excel.validations(DC)).toHaveLength(1);

    const message = await removeInThePane(excel);
    expect(message).toBe(`Removed the dropdowns from ${added.length} columns.`);
    expect(excel.validations("Distinct Gap Analysis")).toEqual([]);
    expect(excel.validations("Options")).toEqual([]);
    expect(excel.validations(DC)).toEqual([
      expect.objectContaining({ ranges: "S2:S50", rule: expect.objectContaining({ list: expect.anything() }) }),
    ]);
    expect(excel.sheetNames).not.toContain(LISTS_SHEET);
  });
});
