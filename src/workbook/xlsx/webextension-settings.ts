/**
 * An Office add-in's settings as Office stores them inside the .xlsx, so the command line reads what
 * the task pane saved (`context.workbook.settings`, `Office.context.document.settings`).
 *
 * Source for the format: office-js-docs-pr, docs/develop/automatically-open-a-task-pane-with-a-document.md
 * (the `webextension` and `taskpane` parts, "Use Open XML to tag the document"), and [MS-OWEXML]
 * (Office Web Extensibility Extensions to Office Open XML) for the schema:
 * - the package relationship `http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes`
 *   names `xl/webextensions/taskpanes.xml`, whose `<wetp:webextensionref r:id="..."/>` elements point,
 *   through its relationships of type `.../2011/relationships/webextension`, at
 *   `xl/webextensions/webextension1.xml`...;
 * - a webextension part is `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="...">`
 *   with `<we:reference id="..." version="..." store="..." storeType="..."/>` (the add-in's manifest
 *   GUID, or its AppSource asset id) and `<we:properties><we:property name="..." value="..."/></we:properties>`;
 * - each value is the setting's JSON, XML-escaped in the attribute: `value="&quot;e1c6&quot;"`.
 * Settings belong to one add-in (office-js #840: a sideloaded and a store copy do not share them):
 * the part whose reference id is this add-in's is preferred; else the first part holding a key asked for.
 * A webextension part that is not reachable this way (an odd writer) is found by its folder.
 */
import { parseRelationships, relationshipsPartOf, typeIs } from "./relationships";
import { EMPTY, END, OPEN, XmlCursor } from "./xml-cursor";
import { decodeXmlEntities } from "./xml-text";
import type { ZipPackage } from "./zip-package";

/** The add-in's id in manifest.xml (<Id>). */
export const ADD_IN_ID = "86b153dc-78ea-40ee-abf6-3a4b912130f3";
/** The add-in's version in manifest.xml (<Version>). */
export const ADD_IN_VERSION = "1.0.0.0";

interface WebExtension {
  part: string;
  referenceIds: string[];
  properties: Map<string, string>;
}

function parseWebExtension(part: string, xml: string): WebExtension {
  const extension: WebExtension = { part, referenceIds: [], properties: new Map() };
  const cursor = new XmlCursor(xml);
  for (let kind = cursor.next(); kind !== END; kind = cursor.next()) {
    if (kind !== OPEN && kind !== EMPTY) continue;
    if (cursor.is("reference")) {
      const id = cursor.attribute("id");
      if (id !== undefined) extension.referenceIds.push(decodeXmlEntities(id));
    } else if (cursor.is("property")) {
      const name = cursor.attribute("name");
      const value = cursor.attribute("value");
      if (name !== undefined && value !== undefined)
        extension.properties.set(decodeXmlEntities(name), decodeXmlEntities(value));
    }
  }
  return extension;
}

/** The webextension parts of task panes, in the order taskpanes.xml lists them, then any other in xl/webextensions/. */
export function webExtensionParts(zip: ZipPackage, workbookPart: string): string[] {
  const found: string[] = [];
  const relationshipsOf = (part: string) => {
    const xml = zip.textOf(relationshipsPartOf(part));
    return xml === undefined ? [] : parseRelationships(xml, part);
  };
  // Office puts the task panes part in the package's relationships; some writers put it in the workbook's.
  const taskpanes = [...relationshipsOf(""), ...relationshipsOf(workbookPart)]
    .filter((r) => typeIs(r, "webextensiontaskpanes"))
    .map((r) => r.partName);
  for (const part of taskpanes)
    for (const r of relationshipsOf(part))
      if (typeIs(r, "webextension") && !found.includes(r.partName)) found.push(r.partName);
  for (const name of zip.partNames())
    if (/^xl\/webextensions\/webextension\d*\.xml$/i.test(name) && !found.includes(name)) found.push(name);
  return found;
}

const bare = (id: string): string => id.replace(/^\{|\}$/g, "").toLowerCase();

function webExtensions(zip: ZipPackage, workbookPart: string): WebExtension[] {
  return webExtensionParts(zip, workbookPart).flatMap((part) => {
    const xml = zip.textOf(part);
    return xml === undefined ? [] : [parseWebExtension(part, xml)];
  });
}

/** The webextension part whose reference is this add-in, if the package has one. */
export function ownWebExtensionPart(zip: ZipPackage, workbookPart: string, addInId = ADD_IN_ID): string | undefined {
  return webExtensions(zip, workbookPart).find((extension) =>
    extension.referenceIds.some((id) => bare(id) === bare(addInId)),
  )?.part;
}

/** The stored values of `keys` (parsed JSON); keys not stored, or not JSON, are left out. */
export function readWebExtensionSettings(
  zip: ZipPackage,
  workbookPart: string,
  keys: readonly string[],
  addInId = ADD_IN_ID,
): Record<string, unknown> {
  const extensions = webExtensions(zip, workbookPart);
  const ours =
    extensions.find((extension) => extension.referenceIds.some((id) => bare(id) === bare(addInId))) ??
    extensions.find((extension) => keys.some((key) => extension.properties.has(key)));
  const settings: Record<string, unknown> = {};
  if (ours === undefined) return settings;
  for (const key of keys) {
    const json = ours.properties.get(key);
    if (json === undefined) continue;
    try {
      settings[key] = JSON.parse(json) as unknown;
    } catch {
      // Not JSON: not a value Office wrote; left out.
    }
  }
  return settings;
}
