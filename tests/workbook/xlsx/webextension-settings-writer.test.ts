/**
 * The add-in's settings written into an .xlsx read back as the pane and `validate` read them: into
 * the add-in's own webextension part when the file has one (its other settings kept, a key set to
 * null taken away), else in a part of its own listed by the task panes part, beside another
 * add-in's, whose part is left byte for byte. Nothing to store adds nothing.
 */
import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ADD_IN_ID, ADD_IN_VERSION, readWebExtensionSettings } from "../../../src/workbook/xlsx/webextension-settings";
import { writeWebExtensionSettings } from "../../../src/workbook/xlsx/webextension-settings-writer";
import { readWorkbookParts } from "../../../src/workbook/xlsx/workbook-parts";
import { openXlsx } from "../../../src/workbook/xlsx/xlsx-workbook";
import { ZipPackage } from "../../../src/workbook/xlsx/zip-package";
import { webExtensionParts } from "../../support/webextension-parts";
import { buildXlsx, worksheetXml } from "../../support/xlsx-package-builder";

const sheet = {
  name: "Data Categorisation",
  xml: worksheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'),
};
const area = [{ sheet: "Options", address: "B2:B1048576" }];

function settingsOf(bytes: Uint8Array, keys: string[], addInId = ADD_IN_ID): Record<string, unknown> {
  const zip = new ZipPackage(bytes);
  return readWebExtensionSettings(zip, readWorkbookParts(zip).workbookPart, keys, addInId);
}

describe("writeWebExtensionSettings", () => {
  it("refers to the add-in by manifest.xml's own id and version, which Office matches it by", () => {
    const manifest = readFileSync(join(__dirname, "../../../manifest.xml"), "utf8");
    expect(/<Id>([^<]*)<\/Id>/.exec(manifest)?.[1]).toBe(ADD_IN_ID);
    expect(/<Version>([^<]*)<\/Version>/.exec(manifest)?.[1]).toBe(ADD_IN_VERSION);
  });

  it("changes only the properties of the add-in's own part, keeping its other settings", () => {
    const waivers = [{ rule: "category.unknown", by: 'Ana "A" & co' }];
    const before = buildXlsx({
      sheets: [sheet],
      extraParts: webExtensionParts({ "cer.waivers": waivers, "cer.addingTabs": ["gaps"] }, ADD_IN_ID),
    });
    const after = writeWebExtensionSettings(before, { "cer.dropdowns": area, "cer.addingTabs": null });
    expect(settingsOf(after, ["cer.waivers", "cer.dropdowns", "cer.addingTabs"])).toEqual({
      "cer.waivers": waivers,
      "cer.dropdowns": area,
    });
    const changed = Object.keys(unzipSync(after)).filter(
      (name) =>
        strFromU8(unzipSync(after)[name] ?? new Uint8Array()) !==
        strFromU8(unzipSync(before)[name] ?? new Uint8Array()),
    );
    expect(changed).toEqual(["xl/webextensions/webextension1.xml"]);
  });

  it("adds a part of its own, listed beside another add-in's, when the file has none", async () => {
    const other = "5f5b0fd5-0000-4000-8000-000000000001";
    const before = buildXlsx({ sheets: [sheet], extraParts: webExtensionParts({ theirs: 1 }, other) });
    const after = writeWebExtensionSettings(before, { "cer.dropdowns": area });
    expect(settingsOf(after, ["cer.dropdowns", "theirs"])).toEqual({ "cer.dropdowns": area });
    expect(settingsOf(after, ["theirs"], other)).toEqual({ theirs: 1 });
    const parts = unzipSync(after);
    expect(parts["xl/webextensions/webextension1.xml"]).toEqual(
      unzipSync(before)["xl/webextensions/webextension1.xml"],
    );
    const panes = strFromU8(parts["xl/webextensions/taskpanes.xml"] ?? new Uint8Array());
    expect(panes.match(/<wetp:taskpane\b/g)).toHaveLength(2);
    // The pane does not open by itself: the analyst opens it as usual.
    expect(panes).toMatch(/<wetp:taskpane xmlns:wetp="[^"]+" dockstate="right" visibility="0"/);
    expect(strFromU8(parts["[Content_Types].xml"] ?? new Uint8Array())).toContain(
      '<Override PartName="/xl/webextensions/webextension2.xml" ContentType="application/vnd.ms-office.webextension+xml"/>',
    );
    expect(await openXlsx(after).readSettings(["cer.dropdowns"])).toEqual({ "cer.dropdowns": area });
  });

  it("in a file with no add-in, adds the task panes part and the package relationship to it", async () => {
    const after = writeWebExtensionSettings(buildXlsx({ sheets: [sheet] }), { "cer.dropdowns": area });
    const parts = unzipSync(after);
    expect(strFromU8(parts["_rels/.rels"] ?? new Uint8Array())).toMatch(
      /Type="http:\/\/schemas\.microsoft\.com\/office\/2011\/relationships\/webextensiontaskpanes" Target="\/xl\/webextensions\/taskpanes\.xml"/,
    );
    expect(strFromU8(parts["xl/webextensions/webextension1.xml"] ?? new Uint8Array())).toContain(
      `<we:reference id="${ADD_IN_ID}" version="1.0.0.0" store="EXCatalog" storeType="EXCatalog"/>`,
    );
    expect(await openXlsx(after).readSettings(["cer.dropdowns"])).toEqual({ "cer.dropdowns": area });
  });

  it("gives a package without its relationships part one, naming the workbook and the task panes", async () => {
    const after = writeWebExtensionSettings(buildXlsx({ sheets: [sheet], omitPackageRelationships: true }), {
      "cer.dropdowns": area,
    });
    expect(await openXlsx(after).readSettings(["cer.dropdowns"])).toEqual({ "cer.dropdowns": area });
    expect(openXlsx(after).sheetNamesSync()).toEqual(["Data Categorisation"]);
  });

  it("adds nothing when there is nothing to store", () => {
    const before = buildXlsx({ sheets: [sheet] });
    expect(writeWebExtensionSettings(before, { "cer.addingTabs": null })).toBe(before);
  });
});
