/**
 * The parts Office writes into an .xlsx for a task-pane add-in and its settings, for tests that
 * build such a file: a package relationship to xl/webextensions/taskpanes.xml, which points to
 * webextension1.xml, whose <we:property> elements hold each setting as JSON, XML-escaped (source:
 * office-js-docs-pr, docs/develop/automatically-open-a-task-pane-with-a-document.md; [MS-OWEXML]).
 */
import { escapeAttribute, REL_NS } from "./xlsx-package-builder";

const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_2011 = "http://schemas.microsoft.com/office/2011/relationships";

export function webExtensionParts(settings: Record<string, unknown>, referenceId: string): Record<string, string> {
  const properties = Object.entries(settings)
    .map(
      ([name, value]) =>
        `<we:property name="${escapeAttribute(name)}" value="${escapeAttribute(JSON.stringify(value))}"/>`,
    )
    .join("");
  return {
    "_rels/.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId9" Type="${OFFICE_2011}/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`,
    "xl/webextensions/taskpanes.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">` +
      `<wetp:taskpane dockstate="right" visibility="1" width="350" row="3"><wetp:webextensionref xmlns:r="${REL_NS}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
    "xl/webextensions/_rels/taskpanes.xml.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL_NS}">` +
      `<Relationship Id="rId1" Type="${OFFICE_2011}/webextension" Target="webextension1.xml"/></Relationships>`,
    "xl/webextensions/webextension1.xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5C4D5B4A-7E61-4F0B-9D5B-3C2E2E1F0A11}">` +
      `<we:reference id="${referenceId}" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>` +
      `<we:properties>${properties}</we:properties><we:bindings/><we:snapshot xmlns:r="${REL_NS}"/></we:webextension>`,
  };
}
