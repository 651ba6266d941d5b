/**
 * Hand-assembled .xlsx packages for tests: every part is an XML string written in the test, zipped
 * with fflate. This covers what exceljs never writes (namespace prefixes, inline strings, cells
 * without references, chart sheets, absolute relationship targets...).
 */
import { strToU8, zipSync, type Zippable } from "fflate";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface HandBuiltSheet {
  name: string;
  /** The whole part, e.g. from worksheetXml(). */
  xml: string;
  /** Defaults to a worksheet. */
  kind?: "worksheet" | "chartsheet" | "dialogsheet";
}

export interface HandBuiltWorkbook {
  sheets: HandBuiltSheet[];
  sharedStringsXml?: string;
  stylesXml?: string;
  /** Extra content inside <workbook> before <sheets>, e.g. `<workbookPr date1904="1"/>`. */
  workbookPrXml?: string;
  /** Write relationship targets as "/xl/worksheets/sheet1.xml" instead of "worksheets/sheet1.xml". */
  absoluteTargets?: boolean;
  /** Element prefix for the workbook part, e.g. "x" gives <x:workbook xmlns:x=...>. */
  workbookPrefix?: string;
  /** Leave out _rels/.rels so the reader must fall back to xl/workbook.xml. */
  omitPackageRelationships?: boolean;
  /** Parts to add or replace, by name. */
  extraParts?: Record<string, string | Uint8Array>;
}

/** A worksheet part around the given <sheetData> content; `prefix` ("x") qualifies every element. */
export function worksheetXml(
  sheetDataContent: string,
  options: { prefix?: string; afterSheetData?: string } = {},
): string {
  const p = options.prefix === undefined ? "" : `${options.prefix}:`;
  const xmlns = options.prefix === undefined ? `xmlns="${MAIN_NS}"` : `xmlns:${options.prefix}="${MAIN_NS}"`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<${p}worksheet ${xmlns} xmlns:r="${REL_NS}"><${p}dimension ref="A1"/>` +
    `<${p}sheetData>${sheetDataContent}</${p}sheetData>${options.afterSheetData ?? ""}</${p}worksheet>`
  );
}

/** A sharedStrings part from raw <si> contents (XML, not plain text). */
export function sharedStringsXml(items: string[], prefix?: string): string {
  const p = prefix === undefined ? "" : `${prefix}:`;
  const xmlns = prefix === undefined ? `xmlns="${MAIN_NS}"` : `xmlns:${prefix}="${MAIN_NS}"`;
  const body = items.map((item) => `<${p}si>${item}</${p}si>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${p}sst ${xmlns} count="${items.length}" uniqueCount="${items.length}">${body}</${p}sst>`;
}

/** A styles part: custom formats by id, and the numFmtId of each cellXfs entry (index = the cell's s). */
export function stylesXml(cellNumFmtIds: number[], customFormats: Record<number, string> = {}): string {
  const numFmts = Object.entries(customFormats)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`)
    .join("");
  const xfs = cellNumFmtIds
    .map(
      (id) =>
        `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="${MAIN_NS}">` +
    (numFmts === "" ? "" : `<numFmts count="${Object.keys(customFormats).length}">${numFmts}</numFmts>`) +
    `<cellStyleXfs count="1"><xf numFmtId="22" fontId="0"/></cellStyleXfs>` +
    `<cellXfs count="${cellNumFmtIds.length}">${xfs}</cellXfs></styleSheet>`
  );
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function buildXlsx(workbook: HandBuiltWorkbook): Uint8Array {
  const p = workbook.workbookPrefix === undefined ? "" : `${workbook.workbookPrefix}:`;
  const xmlns =
    workbook.workbookPrefix === undefined ? `xmlns="${MAIN_NS}"` : `xmlns:${workbook.workbookPrefix}="${MAIN_NS}"`;
  const target = (path: string): string => (workbook.absoluteTargets === true ? `/xl/${path}` : path);
  const relationships: string[] = [];
  const parts: Record<string, string | Uint8Array> = {};
  const sheetEntries = workbook.sheets.map((sheet, i) => {
    const kind = sheet.kind ?? "worksheet";
    const folder = kind === "worksheet" ? "worksheets" : `${kind}s`;
    const path = `${folder}/sheet${i + 1}.xml`;
    parts[`xl/${path}`] = sheet.xml;
    relationships.push(`<Relationship Id="rId${i + 1}" Type="${REL_NS}/${kind}" Target="${target(path)}"/>`);
    return `<${p}sheet name="${escapeAttribute(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`;
  });
  if (workbook.sharedStringsXml !== undefined) {
    parts["xl/sharedStrings.xml"] = workbook.sharedStringsXml;
    relationships.push(
      `<Relationship Id="rIdSst" Type="${REL_NS}/sharedStrings" Target="${target("sharedStrings.xml")}"/>`,
    );
  }
  if (workbook.stylesXml !== undefined) {
    parts["xl/styles.xml"] = workbook.stylesXml;
    relationships.push(`<Relationship Id="rIdStyles" Type="${REL_NS}/styles" Target="${target("styles.xml")}"/>`);
  }
  parts["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`;
  if (workbook.omitPackageRelationships !== true) {
    parts["_rels/.rels"] =
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  }
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${xmlns} xmlns:r="${REL_NS}">` +
    `${workbook.workbookPrXml ?? ""}<${p}sheets>${sheetEntries.join("")}</${p}sheets></${p}workbook>`;
  parts["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_REL_NS}">${relationships.join("")}</Relationships>`;
  Object.assign(parts, workbook.extraParts ?? {});
  return zipParts(parts);
}

/** Zips parts given as strings or bytes. */
export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(parts))
    zippable[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(zippable);
}

/** A one-sheet workbook from <sheetData> content, with optional shared strings (raw <si> contents) and styles. */
export function oneSheetXlsx(
  sheetDataContent: string,
  options: {
    sharedStrings?: string[];
    styles?: string;
    sheetName?: string;
    workbookPrXml?: string;
    afterSheetData?: string;
  } = {},
): Uint8Array {
  return buildXlsx({
    sheets: [
      {
        name: options.sheetName ?? "Sheet1",
        xml: worksheetXml(sheetDataContent, { afterSheetData: options.afterSheetData }),
      },
    ],
    sharedStringsXml: options.sharedStrings === undefined ? undefined : sharedStringsXml(options.sharedStrings),
    stylesXml: options.styles,
    workbookPrXml: options.workbookPrXml,
  });
}
