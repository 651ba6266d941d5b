/**
 * Open Packaging relationships (`_rels/*.rels`): how one part names the parts it uses, and how a
 * relationship target resolves to a part name inside the ZIP.
 */
import { EMPTY, END, OPEN, XmlCursor } from "./xml-cursor";
import { decodeXmlEntities } from "./xml-text";

export interface Relationship {
  id: string;
  /** Full type URI; compare with typeIs, which ignores the Transitional/Strict namespace difference. */
  type: string;
  /** Resolved part name, e.g. "xl/worksheets/sheet1.xml" (no leading slash). */
  partName: string;
}

/** The relationships part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels". */
export function relationshipsPartOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** Parses a .rels part; `sourcePart` is the part the relationships belong to ("" for the package). External targets are left out. */
export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  const relationships: Relationship[] = [];
  const cursor = new XmlCursor(xml);
  for (let kind = cursor.next(); kind !== END; kind = cursor.next()) {
    if ((kind !== OPEN && kind !== EMPTY) || !cursor.is("Relationship")) continue;
    const id = cursor.attribute("Id");
    const type = cursor.attribute("Type");
    const target = cursor.attribute("Target");
    if (id === undefined || type === undefined || target === undefined) continue;
    if (cursor.attribute("TargetMode") === "External") continue;
    relationships.push({
      id: decodeXmlEntities(id),
      type: decodeXmlEntities(type),
      partName: resolveTarget(sourcePart, decodeXmlEntities(target)),
    });
  }
  return relationships;
}

/** Transitional ".../relationships/worksheet" and Strict ".../relationships/worksheet" both end the same way. */
export function typeIs(relationship: Relationship, lastSegment: string): boolean {
  return relationship.type.endsWith(`/${lastSegment}`);
}

/**
 * A target relative to the source part's folder ("worksheets/sheet1.xml", "../media/x.png") or
 * absolute from the package root ("/xl/worksheets/sheet1.xml"), as a part name without leading slash.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target.replace(/\\/g, "/");
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // A stray "%" that is not an escape: keep the target as written.
  }
  const slash = sourcePart.lastIndexOf("/");
  const base = decoded.startsWith("/")
    ? []
    : sourcePart
        .slice(0, slash + 1)
        .split("/")
        .filter((s) => s !== "");
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}
