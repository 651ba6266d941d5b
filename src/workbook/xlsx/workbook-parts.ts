/**
 * Finds the workbook inside the package and what it lists: worksheets in tab order with the part
 * holding each, the shared strings and styles parts, and the date system.
 */
import { parseRelationships, relationshipsPartOf, typeIs, type Relationship } from "./relationships";
import { damaged, WorkbookReadError } from "./workbook-read-error";
import { hasClosedRoot } from "./xml-root";
import { EMPTY, END, OPEN, XmlCursor } from "./xml-cursor";
import { decodeXmlEntities } from "./xml-text";
import type { ZipPackage } from "./zip-package";

export interface SheetEntry {
  name: string;
  /** The worksheet part; undefined when the workbook's relationships do not say (a damaged file). */
  partName: string | undefined;
}

export interface WorkbookParts {
  workbookPart: string;
  /** Worksheets in tab order; chart sheets, dialog sheets and macro sheets are left out. */
  sheets: SheetEntry[];
  /** `<workbookPr date1904="1"/>`: serial 0 is 1904-01-01 instead of 1900-01-00. */
  date1904: boolean;
  sharedStringsPart: string | undefined;
  stylesPart: string | undefined;
}

const DEFAULT_WORKBOOK_PART = "xl/workbook.xml";

export function readWorkbookParts(zip: ZipPackage): WorkbookParts {
  const workbookPart = findWorkbookPart(zip);
  const xml = zip.textOf(workbookPart) ?? "";
  const relationshipsXml = zip.textOf(relationshipsPartOf(workbookPart));
  const relationships = relationshipsXml === undefined ? [] : parseRelationships(relationshipsXml, workbookPart);
  const byId = new Map(relationships.map((r) => [r.id, r]));

  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let sawWorkbookRoot = false;
  const cursor = new XmlCursor(xml);
  for (let kind = cursor.next(); kind !== END; kind = cursor.next()) {
    if (kind !== OPEN && kind !== EMPTY) continue;
    if (!sawWorkbookRoot) {
      if (!cursor.is("workbook")) throw notSpreadsheet(zip);
      sawWorkbookRoot = true;
    } else if (cursor.is("workbookPr")) {
      const flag = cursor.attribute("date1904");
      date1904 = flag === "1" || flag === "true";
    } else if (cursor.is("sheet")) {
      const name = decodeXmlEntities(cursor.attribute("name") ?? "");
      const relationship = byId.get(decodeXmlEntities(cursor.attribute("id") ?? ""));
      if (relationship !== undefined && !typeIs(relationship, "worksheet")) continue; // chart/dialog/macro sheet
      sheets.push({ name, partName: relationship?.partName });
    }
  }
  if (!sawWorkbookRoot) throw notSpreadsheet(zip);
  if (!hasClosedRoot(xml, "workbook")) throw damaged("its workbook part is cut short or not closed");
  // Excel refuses two sheets whose names differ only in case: each reader would check a different one.
  const seen = new Set<string>();
  for (const sheet of sheets) {
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) throw damaged(`two of its sheets are named "${sheet.name}"`);
    seen.add(key);
  }

  return {
    workbookPart,
    sheets,
    date1904,
    sharedStringsPart: partOfType(zip, relationships, "sharedStrings", siblingOf(workbookPart, "sharedStrings.xml")),
    stylesPart: partOfType(zip, relationships, "styles", siblingOf(workbookPart, "styles.xml")),
  };
}

/** The package's officeDocument relationship names the workbook; old or odd writers are trusted to use xl/workbook.xml. */
function findWorkbookPart(zip: ZipPackage): string {
  const packageRelationships = zip.textOf("_rels/.rels");
  if (packageRelationships !== undefined) {
    const office = parseRelationships(packageRelationships, "").find((r) => typeIs(r, "officeDocument"));
    if (office !== undefined && zip.has(office.partName)) {
      if (!/\.xml$/i.test(office.partName)) throw notSpreadsheet(zip);
      return office.partName;
    }
  }
  if (zip.has(DEFAULT_WORKBOOK_PART)) return DEFAULT_WORKBOOK_PART;
  throw notSpreadsheet(zip);
}

function partOfType(
  zip: ZipPackage,
  relationships: readonly Relationship[],
  type: string,
  fallback: string,
): string | undefined {
  const related = relationships.find((r) => typeIs(r, type));
  if (related !== undefined && zip.has(related.partName)) return related.partName;
  return zip.has(fallback) ? fallback : undefined;
}

function siblingOf(partName: string, fileName: string): string {
  return partName.slice(0, partName.lastIndexOf("/") + 1) + fileName;
}

/** Says what the ZIP is when it can tell (a Word file, an .xlsb, an .ods), so the fix is obvious. */
function notSpreadsheet(zip: ZipPackage): WorkbookReadError {
  const what = (): string => {
    if (zip.has("xl/workbook.bin")) return "it is a binary .xlsb workbook; save it as .xlsx and try again";
    if (zip.has("word/document.xml")) return "it is a Word document";
    if (zip.has("ppt/presentation.xml")) return "it is a PowerPoint presentation";
    if (zip.has("content.xml") && zip.has("mimetype"))
      return "it is an OpenDocument file (.ods/.odt); save it as .xlsx and try again";
    return "it is a ZIP archive with no Excel workbook inside";
  };
  return new WorkbookReadError("not-spreadsheet", `This file is not an Excel .xlsx workbook: ${what()}.`);
}
