/**
 * Writes the add-in's settings into an .xlsx as Office keeps them (webextension-settings.ts reads
 * them; the format's sources are named there), so a file the command line made carries what the
 * pane would have kept: `add-tabs` and `template` record the dropdowns they set under
 * `cer.dropdowns`, and the pane's Remove dropdowns then finds them.
 *
 * A package that already has this add-in's webextension part (the analyst used the pane in it) gets
 * only that part's properties changed. Otherwise the part is added as Office's documentation shows
 * for tagging a document with an add-in: a webextension part referring to the add-in's manifest id,
 * listed by the task panes part with `visibility="0"` (the pane does not open by itself; the
 * analyst opens it as usual). Its reference names the Centralized Deployment catalog (`EXCatalog`),
 * the way an organisation installs the add-in; a sideloaded copy keeps its settings apart (office-js
 * #840) and so does not see these. Every other part is carried over byte for byte.
 */
import { escapeAttribute } from "./package-writer";
import { parseRelationships, relationshipsPartOf, typeIs } from "./relationships";
import { readWorkbookParts } from "./workbook-parts";
import { ADD_IN_ID, ADD_IN_VERSION, ownWebExtensionPart } from "./webextension-settings";
import { beforeClosing } from "./xlsx-add-sheet";
import { decodeXmlEntities } from "./xml-text";
import { replaceZipEntries } from "./zip-entry-replace";
import { ZipPackage, type InflateRaw } from "./zip-package";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_2011_RELS = "http://schemas.microsoft.com/office/2011/relationships";
const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const WEBEXTENSION_CONTENT = "application/vnd.ms-office.webextension+xml";
const TASKPANES_CONTENT = "application/vnd.ms-office.webextensiontaskpanes+xml";
const TYPES_PART = "[Content_Types].xml";

/** Setting key -> its value (stored as JSON), or null to take the key away. */
export type SettingsChanges = Readonly<Record<string, unknown>>;

function propertyXml(prefix: string, name: string, value: unknown): string {
  return `<${prefix}property name="${escapeAttribute(name)}" value="${escapeAttribute(JSON.stringify(value))}"/>`;
}

/** The part's XML with each changed key's property taken away and the new values added. */
function withProperties(xml: string, changes: SettingsChanges): string {
  const prefix = /<([\w.-]+:)?webextension\b/.exec(xml)?.[1] ?? "";
  const added = Object.entries(changes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => propertyXml(prefix, name, value))
    .join("");
  const property = /<([\w.-]+:)?property\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?property\s*>)/g;
  const kept = (element: string): boolean => {
    const name = /\bname="([^"]*)"/.exec(element)?.[1];
    return name === undefined || !(decodeXmlEntities(name) in changes);
  };
  const open = /<([\w.-]+:)?properties\b[^>]*?(\/?)>/.exec(xml);
  if (open === null) {
    // No property bag: one before the bindings (the schema's order), else before the end.
    const properties = `<${prefix}properties>${added}</${prefix}properties>`;
    const at = /<(?:[\w.-]+:)?(?:bindings|snapshot)\b/.exec(xml)?.index;
    return at === undefined
      ? beforeClosing(xml, "webextension", properties, "webextension")
      : xml.slice(0, at) + properties + xml.slice(at);
  }
  if (open[2] === "/")
    return (
      xml.slice(0, open.index) +
      `<${prefix}properties>${added}</${prefix}properties>` +
      xml.slice(open.index + open[0].length)
    );
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${open[1] ?? ""}properties`, start);
  if (end < 0) throw new Error("The add-in's settings part has no </properties>.");
  const inner = xml.slice(start, end).replace(property, (element) => (kept(element) ? element : ""));
  return xml.slice(0, start) + inner + added + xml.slice(end);
}

function newWebExtensionXml(changes: SettingsChanges): string {
  const properties = Object.entries(changes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => propertyXml("we:", name, value))
    .join("");
  return (
    XML_DECLARATION +
    `<we:webextension xmlns:we="${WE_NS}" id="{${ADD_IN_ID.toUpperCase()}}">` +
    `<we:reference id="${ADD_IN_ID}" version="${ADD_IN_VERSION}" store="EXCatalog" storeType="EXCatalog"/>` +
    `<we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/>` +
    `<we:snapshot xmlns:r="${REL_NS}"/></we:webextension>`
  );
}

/** The package with the add-in's settings changed; the bytes themselves when nothing is to change. */
export function writeWebExtensionSettings(
  bytes: Uint8Array,
  changes: SettingsChanges,
  inflateRaw?: InflateRaw,
): Uint8Array {
  const zip = new ZipPackage(bytes, inflateRaw);
  const { workbookPart } = readWorkbookParts(zip);
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  const stored = (name: string): string => zip.storedNameOf(name) ?? name;
  const own = ownWebExtensionPart(zip, workbookPart);
  if (own !== undefined)
    return replaceZipEntries(bytes, new Map([[stored(own), encode(withProperties(zip.textOf(own) ?? "", changes))]]));
  // Nothing stored and nothing to store: no part is added for an empty bag.
  if (!Object.values(changes).some((value) => value !== null && value !== undefined)) return bytes;

  let n = 1;
  while (zip.has(`xl/webextensions/webextension${n}.xml`)) n++;
  const part = `xl/webextensions/webextension${n}.xml`;
  const additions = new Map<string, Uint8Array>([[part, encode(newWebExtensionXml(changes))]]);
  const replacements = new Map<string, Uint8Array>();
  const packageRelsXml = zip.textOf("_rels/.rels") ?? "";
  const taskpanes = parseRelationships(packageRelsXml, "").find((r) => typeIs(r, "webextensiontaskpanes"))?.partName;
  const freeId = (xml: string): string => {
    let k = 1;
    while (xml.includes(`Id="rIdCer${k}"`)) k++;
    return `rIdCer${k}`;
  };
  // Declared on the pane itself when it joins another writer's taskpanes part, whose prefix may differ.
  const taskpaneXml = (relId: string, namespace: string): string =>
    `<wetp:taskpane${namespace} dockstate="right" visibility="0" width="350" row="1">` +
    `<wetp:webextensionref xmlns:r="${REL_NS}" r:id="${relId}"/></wetp:taskpane>`;
  let overrides = `<Override PartName="/${part}" ContentType="${WEBEXTENSION_CONTENT}"/>`;

  if (taskpanes !== undefined && zip.has(taskpanes)) {
    // Another add-in's panes are listed already: ours joins them.
    const relsPart = relationshipsPartOf(taskpanes);
    const relsXml = zip.textOf(relsPart);
    const relId = freeId(relsXml ?? "");
    const relationship = `<Relationship Id="${relId}" Type="${OFFICE_2011_RELS}/webextension" Target="/${part}"/>`;
    replacements.set(
      stored(taskpanes),
      encode(
        beforeClosing(
          zip.textOf(taskpanes) ?? "",
          "taskpanes",
          taskpaneXml(relId, ` xmlns:wetp="${WETP_NS}"`),
          taskpanes,
        ),
      ),
    );
    if (relsXml === undefined)
      additions.set(
        relsPart,
        encode(`${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">${relationship}</Relationships>`),
      );
    else replacements.set(stored(relsPart), encode(beforeClosing(relsXml, "Relationships", relationship, relsPart)));
  } else {
    let m = 1;
    const panesName = (k: number): string => `xl/webextensions/taskpanes${k === 1 ? "" : k}.xml`;
    while (zip.has(panesName(m))) m++;
    const panes = panesName(m);
    additions.set(
      panes,
      encode(`${XML_DECLARATION}<wetp:taskpanes xmlns:wetp="${WETP_NS}">${taskpaneXml("rId1", "")}</wetp:taskpanes>`),
    );
    additions.set(
      relationshipsPartOf(panes),
      encode(
        `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${OFFICE_2011_RELS}/webextension" Target="/${part}"/></Relationships>`,
      ),
    );
    const relationship = `<Relationship Id="${freeId(packageRelsXml)}" Type="${OFFICE_2011_RELS}/webextensiontaskpanes" Target="/${panes}"/>`;
    if (zip.has("_rels/.rels"))
      replacements.set(
        stored("_rels/.rels"),
        encode(beforeClosing(packageRelsXml, "Relationships", relationship, "_rels/.rels")),
      );
    else {
      // A package without its relationships (read by the workbook's usual place): given them.
      const workbook = `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="/${workbookPart}"/>`;
      additions.set(
        "_rels/.rels",
        encode(`${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">${workbook}${relationship}</Relationships>`),
      );
    }
    overrides += `<Override PartName="/${panes}" ContentType="${TASKPANES_CONTENT}"/>`;
  }
  replacements.set(
    stored(TYPES_PART),
    encode(beforeClosing(zip.textOf(TYPES_PART) ?? "", "Types", overrides, TYPES_PART)),
  );
  return replaceZipEntries(bytes, replacements, additions);
}
