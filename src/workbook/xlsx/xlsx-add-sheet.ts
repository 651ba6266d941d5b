/**
 * Adds a worksheet of plain cells (text as inline strings, numbers) at the end of an .xlsx package,
 * carrying every existing part over byte for byte except the three that list the sheets: the
 * workbook part (a `<sheet>`), its relationships (one more) and `[Content_Types].xml` (an override).
 * No styles, tables or charts: those are written by the add-in in Excel. docProps/app.xml, whose
 * list of titles applications rebuild on save, is left as it is.
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
          return typeof value === "number" ? `<c r="${ref}"><v>${value}</v></c>` : inlineStringCell("", ref, undefined, value);
        })
        .join("");
      return xml === "" ? "" : `<row r="${r + 1}">${xml}</row>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${body}</sheetData></worksheet>`;
}

/** Inserts `xml` before the last closing tag named `local` (any prefix); throws when there is none. */
function beforeClosing(document: string, local: string, xml: string, part: string): string {
  const match = [...document.matchAll(new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${local}>`, "g"))].pop();
  if (match?.index === undefined) throw new Error(`The package's ${part} has no </${local}>.`);
  return document.slice(0, match.index) + xml + document.slice(match.index);
}

/** The package with `sheet` added as its last worksheet. The name must be free (the caller checks). */
export function addPlainSheet(bytes: Uint8Array, sheet: PlainSheet, inflateRaw?: InflateRaw): Uint8Array {
  const zip = new ZipPackage(bytes, inflateRaw);
  const { workbookPart } = readWorkbookParts(zip);
  const relsPart = relationshipsPartOf(workbookPart);
  const typesPart = "[Content_Types].xml";
  const stored = (name: string): string => {
    const found = zip.storedNameOf(name);
    if (found === undefined) throw new Error(`The package has no ${name}.`);
    return found;
  };
  let n = 1;
  while (zip.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const partName = `xl/worksheets/sheet${n}.xml`;

  const workbookXml = zip.textOf(workbookPart) ?? "";
  const relsXml = zip.textOf(relsPart) ?? "";
  const typesXml = zip.textOf(typesPart) ?? "";
  let k = 1;
  while (relsXml.includes(`Id="rIdCer${k}"`)) k++;
  const relId = `rIdCer${k}`;
  const sheetIds = [...workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...sheetIds) + 1;
  // The sheets' element prefix as the workbook writes it ("x:" from the Open XML SDK, usually none).
  const prefix = /<([\w.-]+:)?sheets[\s>]/.exec(workbookXml)?.[1] ?? "";
  const sheetElement = `<${prefix}sheet name="${escapeAttribute(sheet.name)}" sheetId="${sheetId}" xmlns:r="${REL_NS}" r:id="${relId}"/>`;
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  return replaceZipEntries(
    bytes,
    new Map([
      [stored(workbookPart), encode(beforeClosing(workbookXml, "sheets", sheetElement, workbookPart))],
      [stored(relsPart), encode(beforeClosing(relsXml, "Relationships", `<Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="/${partName}"/>`, relsPart))],
      [stored(typesPart), encode(beforeClosing(typesXml, "Types", `<Override PartName="/${partName}" ContentType="${WORKSHEET_CONTENT}"/>`, typesPart))],
    ]),
    new Map([[partName, encode(plainSheetXml(sheet.rows))]]),
  );
}
