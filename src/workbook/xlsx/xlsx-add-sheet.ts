/**
 * Adds worksheets at the end (or the start) of an .xlsx package, carrying every existing part over byte for byte
 * except the three that list the sheets: the workbook part (a `<sheet>` each), its relationships and
 * `[Content_Types].xml` (an override each). A sheet of plain cells (text as inline strings, numbers)
 * for `summary --write`; a sheet with its table and dropdowns for `add-tabs`. docProps/app.xml, whose
 * list of titles applications rebuild on save, is left as it is. A workbook saved as Strict Open XML
 * gets its new parts and relationships in the Strict namespaces, as the rest of it is.
 */
import { cellAddress } from "../cell-address";
import { inlineStringCell } from "./inline-string-xml";
import { relationshipsPartOf } from "./relationships";
import { readWorkbookParts } from "./workbook-parts";
import { escapeAttribute } from "./package-writer";
import { replaceZipEntries } from "./zip-entry-replace";
import { ZipPackage, type InflateRaw } from "./zip-package";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export interface PlainSheet {
  name: string;
  /** Rows from row 1; each row's cells from column A; "" is an empty cell. */
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
}

/** The worksheet part's XML: one `<row>` per row with anything in it. */
export function plainSheetXml(rows: PlainSheet["rows"]): string {
  const body = rows
    .map((cells, r) => {
      const xml = cells
        .map((value, c) => {
          if (value === "") return "";
          const ref = cellAddress(r + 1, c);
          return typeof value === "number"
            ? `<c r="${ref}"><v>${value}</v></c>`
            : inlineStringCell("", ref, undefined, value);
        })
        .join("");
      return xml === "" ? "" : `<row r="${r + 1}">${xml}</row>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${body}</sheetData></worksheet>`;
}

/** Inserts `xml` before the last closing tag named `local` (any prefix); throws when there is none. */
export function beforeClosing(document: string, local: string, xml: string, part: string): string {
  const match = [...document.matchAll(new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${local}>`, "g"))].pop();
  if (match?.index === undefined) throw new Error(`The package's ${part} has no </${local}>.`);
  return document.slice(0, match.index) + xml + document.slice(match.index);
}

/** The workbook part with `xml` as the first children of `<sheets>`. */
function afterOpening(workbookXml: string, xml: string): string {
  if (xml === "") return workbookXml;
  if (/\blocalSheetId="/.test(workbookXml))
    throw new Error("A sheet goes first only in a workbook whose names do not count sheet positions.");
  const open = /<(?:[A-Za-z_][\w.-]*:)?sheets\b[^>]*>/.exec(workbookXml);
  if (open === null) throw new Error("The workbook part has no <sheets>.");
  const at = open.index + open[0].length;
  return workbookXml.slice(0, at) + xml + workbookXml.slice(at);
}

/** The package with `sheet` added as its last worksheet. The name must be free (the caller checks). */
export function addPlainSheet(bytes: Uint8Array, sheet: PlainSheet, inflateRaw?: InflateRaw): Uint8Array {
  return addSheetParts(bytes, [{ name: sheet.name, xml: plainSheetXml(sheet.rows) }], inflateRaw);
}

/** A worksheet part to add: its XML, whether it is hidden, and the table it holds (its XML given its id and the relationship id the sheet names). */
export interface SheetPart {
  name: string;
  xml: string | ((tableRelId: string | undefined) => string);
  hidden?: boolean;
  table?: (id: number) => string;
  /**
   * Before the existing sheets rather than after them: for a package the add-in just made, whose
   * sheet positions nothing refers to (a sheet-scoped defined name counts positions: refused).
   */
  first?: boolean;
}

const TABLE_TYPE = `${REL_NS}/table`;
const TABLE_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * The package with `sheets` added at the end (or, `first`, at the start), in order, each with its table when it has one; every
 * existing part is carried over byte for byte except the workbook part, its relationships and
 * `[Content_Types].xml`. Names must be free (the caller checks); table ids follow the package's.
 */
export function addSheetParts(bytes: Uint8Array, sheets: readonly SheetPart[], inflateRaw?: InflateRaw): Uint8Array {
  const zip = new ZipPackage(bytes, inflateRaw);
  const { workbookPart } = readWorkbookParts(zip);
  const relsPart = relationshipsPartOf(workbookPart);
  const typesPart = "[Content_Types].xml";
  const stored = (name: string): string => {
    const found = zip.storedNameOf(name);
    if (found === undefined) throw new Error(`The package has no ${name}.`);
    return found;
  };
  const workbookXml = zip.textOf(workbookPart) ?? "";
  const relsXml = zip.textOf(relsPart) ?? "";
  const typesXml = zip.textOf(typesPart) ?? "";
  const sheetIds = [...workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => Number(m[1]));
  // The sheets' element prefix as the workbook writes it ("x:" from the Open XML SDK, usually none).
  const prefix = /<([\w.-]+:)?sheets[\s>]/.exec(workbookXml)?.[1] ?? "";
  // Strict packages use other namespaces and relationship types for the same parts (content types are the same).
  const strict = workbookXml.includes(STRICT_MAIN_NS);
  const dialect = (text: string): string =>
    strict ? text.split(MAIN_NS).join(STRICT_MAIN_NS).split(REL_NS).join(STRICT_REL_NS) : text;
  const encode = (text: string): Uint8Array => new TextEncoder().encode(dialect(text));
  // The existing parts' own text is never put in the other dialect: only what is added is.
  const encodeKept = (text: string): Uint8Array => new TextEncoder().encode(text);
  const additions = new Map<string, Uint8Array>();
  const taken = (name: string): boolean =>
    zip.has(name) || [...additions.keys()].some((added) => added.toLowerCase() === name.toLowerCase());
  let sheetElements = "";
  let firstElements = "";
  let relationships = "";
  let overrides = "";
  let sheetId = Math.max(0, ...sheetIds);
  let n = 1;
  let t = 1;
  let k = 1;
  // Table ids are unique in a workbook: after the highest any table part holds.
  let tableId = Math.max(
    0,
    ...zip
      .partNames()
      .filter((name) => /^xl\/tables\/[^/]+\.xml$/i.test(name))
      .map((name) => Number(/\bid="(\d+)"/.exec(zip.textOf(name) ?? "")?.[1] ?? 0)),
  );
  for (const sheet of sheets) {
    while (taken(`xl/worksheets/sheet${n}.xml`)) n++;
    const partName = `xl/worksheets/sheet${n}.xml`;
    while (relsXml.includes(`Id="rIdCer${k}"`)) k++;
    const relId = `rIdCer${k++}`;
    let tableRelId: string | undefined;
    if (sheet.table !== undefined) {
      while (taken(`xl/tables/table${t}.xml`)) t++;
      const tablePart = `xl/tables/table${t}.xml`;
      tableRelId = "rId1";
      additions.set(tablePart, encode(sheet.table(++tableId)));
      additions.set(
        relationshipsPartOf(partName),
        encode(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="${tableRelId}" Type="${TABLE_TYPE}" Target="/${tablePart}"/></Relationships>`,
        ),
      );
      overrides += `<Override PartName="/${tablePart}" ContentType="${TABLE_CONTENT}"/>`;
    }
    additions.set(partName, encode(typeof sheet.xml === "string" ? sheet.xml : sheet.xml(tableRelId)));
    const element = `<${prefix}sheet name="${escapeAttribute(sheet.name)}" sheetId="${++sheetId}"${sheet.hidden === true ? ' state="hidden"' : ""} xmlns:r="${REL_NS}" r:id="${relId}"/>`;
    if (sheet.first === true) firstElements += element;
    else sheetElements += element;
    relationships += `<Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="/${partName}"/>`;
    overrides += `<Override PartName="/${partName}" ContentType="${WORKSHEET_CONTENT}"/>`;
  }
  return replaceZipEntries(
    bytes,
    new Map([
      [
        stored(workbookPart),
        encodeKept(
          afterOpening(
            beforeClosing(workbookXml, "sheets", dialect(sheetElements), workbookPart),
            dialect(firstElements),
          ),
        ),
      ],
      [stored(relsPart), encodeKept(beforeClosing(relsXml, "Relationships", dialect(relationships), relsPart))],
      [stored(typesPart), encodeKept(beforeClosing(typesXml, "Types", overrides, typesPart))],
    ]),
    additions,
  );
}
