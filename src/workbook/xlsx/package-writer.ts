/**
 * Writes a new .xlsx package from a plain description: sheets of text cells (inline strings), column
 * widths, a frozen header row, at most one Excel table per sheet and list validations. The parts
 * are SpreadsheetML built as text and zipped with fflate, deterministically (fixed timestamps), so
 * the same description always gives the same bytes. It is what `template` needs and no more;
 * `fix` edits existing packages in place instead (zip-entry-replace.ts).
 */
import { strToU8, zipSync, type Zippable } from "fflate";
import { cellAddress, columnLetter } from "../cell-address";
import { escapeCellText } from "./inline-string-xml";

export interface TableSpec {
  /** The table's name: letters, digits, "_" and ".", unique in the workbook. */
  name: string;
  style: string;
  /** The header row's texts, which are also the table's column names. */
  columns: string[];
  /** Data rows under the header the table covers (at least 1; empty ones stay blank). */
  dataRows: number;
}

export interface ValidationSpec {
  sqref: string;
  /** The list's source, a range such as `'Vocabularies'!$A$2:$A$5`. */
  formula: string;
  errorStyle: "stop" | "warning";
  errorTitle: string;
  error: string;
}

export interface SheetSpec {
  name: string;
  /** Rows from row 1, cells from column A; "" leaves a cell empty. */
  rows: string[][];
  widths: number[];
  /** The table starts at A1 and its header is rows[0]. */
  table?: TableSpec;
  validations: ValidationSpec[];
  /** Bold header cells when there is no table to style them. */
  boldFirstRow?: boolean;
}

export interface PackageSpec {
  creator: string;
  created: Date;
  sheets: SheetSpec[];
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text for an attribute value: the cell escapes plus the double quote. */
export function escapeAttribute(text: string): string {
  return escapeCellText(text).replace(/"/g, "&quot;");
}

export function sheetXml(sheet: SheetSpec, index: number, tableRelId: string | undefined): string {
  const rows = sheet.rows
    .map((cells, r) => {
      const style = r === 0 && sheet.boldFirstRow === true ? ' s="1"' : "";
      const xml = cells
        .map((text, c) =>
          text === ""
            ? ""
            : `<c r="${cellAddress(r + 1, c)}"${style} t="inlineStr"><is><t${/^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : ""}>${escapeCellText(text)}</t></is></c>`,
        )
        .join("");
      return xml === "" ? "" : `<row r="${r + 1}">${xml}</row>`;
    })
    .join("");
  const width = Math.max(1, ...sheet.rows.map((row) => row.length), sheet.widths.length);
  const height = Math.max(1, sheet.rows.length, sheet.table === undefined ? 0 : sheet.table.dataRows + 1);
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const validations =
    sheet.validations.length === 0
      ? ""
      : `<dataValidations count="${sheet.validations.length}">${sheet.validations
          .map(
            (v) =>
              `<dataValidation type="list" errorStyle="${v.errorStyle}" allowBlank="1" showErrorMessage="1" errorTitle="${escapeAttribute(v.errorTitle)}" error="${escapeAttribute(v.error)}" sqref="${v.sqref}"><formula1>${escapeCellText(v.formula)}</formula1></dataValidation>`,
          )
          .join("")}</dataValidations>`;
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${columnLetter(width - 1)}${height}"/>` +
    `<sheetViews><sheetView${index === 0 ? ' tabSelected="1"' : ""} workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols === "" ? "" : `<cols>${cols}</cols>`) +
    `<sheetData>${rows}</sheetData>` +
    validations +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    (tableRelId === undefined ? "" : `<tableParts count="1"><tablePart r:id="${tableRelId}"/></tableParts>`) +
    `</worksheet>`
  );
}

export function tableXml(table: TableSpec, id: number): string {
  const ref = `A1:${columnLetter(table.columns.length - 1)}${table.dataRows + 1}`;
  const columns = table.columns
    .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeAttribute(name)}"/>`)
    .join("");
  return (
    XML_DECLARATION +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${table.name}" displayName="${table.name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${table.style}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

const STYLES =
  XML_DECLARATION +
  `<styleSheet xmlns="${MAIN_NS}">` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

/** The package's bytes. */
export function packageBytes(spec: PackageSpec): Uint8Array {
  const files: Record<string, string> = {};
  const overrides: string[] = [];
  const workbookRels: string[] = [];
  const sheetEntries: string[] = [];
  let tableCount = 0;
  spec.sheets.forEach((sheet, i) => {
    const n = i + 1;
    let tableRelId: string | undefined;
    if (sheet.table !== undefined) {
      tableCount++;
      tableRelId = "rId1";
      files[`xl/tables/table${tableCount}.xml`] = tableXml(sheet.table, tableCount);
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] =
        XML_DECLARATION +
        `<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/table" Target="../tables/table${tableCount}.xml"/></Relationships>`;
      overrides.push(
        `<Override PartName="/xl/tables/table${tableCount}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
      );
    }
    files[`xl/worksheets/sheet${n}.xml`] = sheetXml(sheet, i, tableRelId);
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    workbookRels.push(`<Relationship Id="rId${n}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    sheetEntries.push(`<sheet name="${escapeAttribute(sheet.name)}" sheetId="${n}" r:id="rId${n}"/>`);
  });
  const stylesId = `rId${spec.sheets.length + 1}`;
  workbookRels.push(`<Relationship Id="${stylesId}" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  const created = spec.created.toISOString().replace(/\.\d{3}Z$/, "Z");

  files["[Content_Types].xml"] =
    XML_DECLARATION +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    overrides.join("") +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
    `</Types>`;
  files["_rels/.rels"] =
    XML_DECLARATION +
    `<Relationships xmlns="${PACKAGE_REL_NS}">` +
    `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/>` +
    `</Relationships>`;
  files["docProps/core.xml"] =
    XML_DECLARATION +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${escapeCellText(spec.creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
    `</cp:coreProperties>`;
  files["docProps/app.xml"] =
    XML_DECLARATION +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`;
  files["xl/workbook.xml"] =
    XML_DECLARATION +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews>` +
    `<sheets>${sheetEntries.join("")}</sheets>` +
    `</workbook>`;
  files["xl/_rels/workbook.xml.rels"] =
    XML_DECLARATION + `<Relationships xmlns="${PACKAGE_REL_NS}">${workbookRels.join("")}</Relationships>`;
  files["xl/styles.xml"] = STYLES;

  // [Content_Types].xml first, as Office writes it; a fixed date so the bytes never depend on the clock.
  const order = [
    "[Content_Types].xml",
    "_rels/.rels",
    "docProps/core.xml",
    "docProps/app.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
  ];
  const names = [
    ...order,
    ...Object.keys(files)
      .filter((name) => !order.includes(name))
      .sort(),
  ];
  const zippable: Zippable = {};
  const mtime = new Date(Date.UTC(1980, 0, 1, 12));
  for (const name of names) zippable[name] = [strToU8(files[name] ?? ""), { level: 6, mtime }];
  return zipSync(zippable);
}
