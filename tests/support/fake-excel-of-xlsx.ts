/**
 * A .xlsx opened "in Excel" for pane tests: the fake Excel holding what the file holds that the
 * add-in reads back: each sheet's cells as text and its visibility, its list validations (the
 * dropdowns; their source as Excel's API gives it, "=..." for a range) and the add-in's settings.
 * So a file the command line wrote can be handed to the pane as the analyst would open it.
 */
import { FakeExcel, type FakeSheetSpec } from "../../src/workbook/fake-excel/fake-excel";
import { readWebExtensionSettings } from "../../src/workbook/xlsx/webextension-settings";
import { readWorkbookParts } from "../../src/workbook/xlsx/workbook-parts";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";
import { decodeXmlEntities } from "../../src/workbook/xlsx/xml-text";
import { ZipPackage } from "../../src/workbook/xlsx/zip-package";

function listValidations(sheetXml: string): NonNullable<FakeSheetSpec["validations"]> {
  return [...sheetXml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)].flatMap((match) => {
    const attributes = match[1] ?? "";
    const formula = /<formula1>([\s\S]*?)<\/formula1>/.exec(match[2] ?? "")?.[1];
    const sqref = /\bsqref="([^"]*)"/.exec(attributes)?.[1];
    if (!/\btype="list"/.test(attributes) || formula === undefined || sqref === undefined) return [];
    const text = decodeXmlEntities(formula);
    // An inline list is stored quoted ("Yes,No"); a range is a reference, which Excel's API gives with "=".
    const source = /^".*"$/.test(text) ? text.slice(1, -1) : `=${text}`;
    return [{ ranges: sqref.split(" ").join(","), rule: { list: { inCellDropDown: true, source } } }];
  });
}

export async function fakeExcelOfXlsx(bytes: Uint8Array, settingKeys: readonly string[]): Promise<FakeExcel> {
  const zip = new ZipPackage(bytes);
  const parts = readWorkbookParts(zip);
  const workbookXml = zip.textOf(parts.workbookPart) ?? "";
  const book = openXlsx(bytes);
  const spec: Record<string, FakeSheetSpec> = {};
  for (const { name, partName } of parts.sheets) {
    const rows: string[][] = [];
    for (const row of book.readSheetSync(name).rows) rows[row.row - 1] = [...row.cells];
    const hidden = new RegExp(`<sheet [^>]*name="${name}"[^>]*state="hidden"`).test(workbookXml);
    spec[name] = {
      rows: Array.from(rows, (row) => row ?? []),
      validations: listValidations(partName === undefined ? "" : (zip.textOf(partName) ?? "")),
      ...(hidden ? { visibility: "Hidden" as const } : {}),
    };
  }
  const excel = new FakeExcel(spec);
  const settings = readWebExtensionSettings(zip, parts.workbookPart, settingKeys);
  await excel.run(async (context) => {
    for (const [key, value] of Object.entries(settings)) context.workbook.settings.add(key, value);
    await context.sync();
  });
  return excel;
}
