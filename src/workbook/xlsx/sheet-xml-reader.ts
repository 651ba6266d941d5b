/**
 * Reads a worksheet part (`<sheetData>` rows and cells, `<mergeCells>`) into a SheetGrid in one
 * pass over the XML string. No object is built per cell: each value goes straight from its
 * position in the string to the text a person sees.
 */
import type { CellRange, GridRow, SheetGrid } from "../port";
import { tryParseRange } from "../cell-address";
import type { CellStyles } from "./cell-styles";
import { formatIsoDateCell } from "./date-serial";
import { readStringItem } from "./shared-strings";
import { damaged } from "./workbook-read-error";
import { CDATA, CLOSE, EMPTY, END, OPEN, XmlCursor } from "./xml-cursor";
import { decodeExcelEscapes, decodeXmlCharacterData, normaliseLineEnds } from "./xml-text";

/** Where a sheet's cells get their shared strings and number formats. */
export interface CellValueSources {
  sharedStrings(): readonly string[];
  styles: CellStyles;
}

// Cell types (`t` attribute).
const NUMBER = 0;
const SHARED_STRING = 1;
const INLINE_STRING = 2;
const FORMULA_STRING = 3;
const BOOLEAN = 4;
const ERROR = 5;
const ISO_DATE = 6;

const CODE_R = 114;
const CODE_S = 115;
const CODE_T = 116;

export function readSheetXml(xml: string, name: string, sources: CellValueSources): SheetGrid {
  const rows: GridRow[] = [];
  const merges: CellRange[] = [];
  const cursor = new XmlCursor(xml);

  let inSheetData = false;
  let inRow = false;
  let rowNumber = 0; // 0 until the row's `r` or its first cell's reference says
  let previousRowNumber = 0;
  let cells: string[] = [];
  let lastColumn = -1;

  let inCell = false;
  let cellColumn = 0;
  let cellStyle = 0;
  let cellType = NUMBER;
  let inValue = false;
  let valueText = "";
  let inlineText: string | undefined;
  let sharedStrings: readonly string[] | undefined;

  for (let kind = cursor.next(); kind !== END; kind = cursor.next()) {
    if (inValue) {
      if (cursor.tagStart > cursor.textStart) valueText += decodeXmlCharacterData(cursor.textBefore());
      if (kind === CDATA) {
        valueText += normaliseLineEnds(xml.slice(cursor.cdataStart, cursor.cdataEnd));
        continue;
      }
    }
    const nameLength = cursor.nameEnd - cursor.localStart;
    const first = xml.charCodeAt(cursor.localStart);

    if (kind === OPEN || kind === EMPTY) {
      if (!inSheetData) {
        if (nameLength === 9 && cursor.is("sheetData")) inSheetData = kind === OPEN;
        else if (nameLength === 9 && cursor.is("mergeCell")) {
          const range = tryParseRange(cursor.attribute("ref") ?? "");
          if (range !== undefined) merges.push(range);
        }
      } else if (nameLength === 1 && first === 99 /* c */ && inRow) {
        // A cell: r (reference), s (style), t (type).
        let column = -1;
        cellStyle = 0;
        cellType = NUMBER;
        for (let a = 0; a < cursor.attributeCount; a++) {
          const attribute = cursor.oneLetterAttribute(a);
          if (attribute === CODE_R) {
            column = referenceColumn(xml, cursor.valueStart(a), cursor.valueEnd(a));
            if (rowNumber === 0) rowNumber = referenceRow(xml, cursor.valueStart(a), cursor.valueEnd(a));
          } else if (attribute === CODE_S) cellStyle = digitsValue(xml, cursor.valueStart(a), cursor.valueEnd(a));
          else if (attribute === CODE_T) cellType = typeCode(cursor, a);
        }
        cellColumn = column >= 0 ? column : lastColumn + 1; // cells without r take the next column
        lastColumn = cellColumn;
        if (kind === OPEN) {
          inCell = true;
          valueText = "";
          inlineText = undefined;
        }
      } else if (nameLength === 1 && first === 118 /* v */ && inCell) {
        inValue = kind === OPEN;
      } else if (nameLength === 2 && inCell && kind === OPEN && cursor.is("is")) {
        inlineText = readStringItem(cursor);
      } else if (nameLength === 3 && cursor.is("row")) {
        if (inRow) previousRowNumber = finishRow(rows, cells, rowNumber, previousRowNumber); // an unclosed row: forgive it
        inRow = true;
        cells = [];
        lastColumn = -1;
        const r = cursor.attributeIndex("r");
        rowNumber = r < 0 ? 0 : digitsValue(xml, cursor.valueStart(r), cursor.valueEnd(r));
        if (kind === EMPTY) {
          previousRowNumber = finishRow(rows, cells, rowNumber, previousRowNumber);
          inRow = false;
        }
      } else if (kind === OPEN && !inCell && !inRow) {
        cursor.skipElement(); // something other than rows inside sheetData: not ours
      }
    } else if (kind === CLOSE) {
      if (nameLength === 1 && first === 118 /* v */) inValue = false;
      else if (nameLength === 1 && first === 99 /* c */ && inCell) {
        inCell = false;
        inValue = false;
        if (cellType === SHARED_STRING) sharedStrings ??= sources.sharedStrings();
        storeCell(cells, cellColumn, cellText(cellType, valueText, inlineText, cellStyle, sharedStrings, sources.styles, name));
      } else if (nameLength === 3 && inRow && cursor.is("row")) {
        if (inCell) {
          inCell = false;
          if (cellType === SHARED_STRING) sharedStrings ??= sources.sharedStrings();
          storeCell(cells, cellColumn, cellText(cellType, valueText, inlineText, cellStyle, sharedStrings, sources.styles, name));
        }
        previousRowNumber = finishRow(rows, cells, rowNumber, previousRowNumber);
        inRow = false;
      } else if (nameLength === 9 && cursor.is("sheetData")) {
        if (inRow) previousRowNumber = finishRow(rows, cells, rowNumber, previousRowNumber);
        inRow = false;
        inSheetData = false;
      }
    }
  }
  if (inRow) finishRow(rows, cells, rowNumber, previousRowNumber);
  return { name, rows: inAscendingOrder(rows), merges };
}

/** Keeps the row if it has content; returns its number, which the next row without `r` follows. */
function finishRow(rows: GridRow[], cells: string[], rowNumber: number, previousRowNumber: number): number {
  const number = rowNumber > 0 ? rowNumber : previousRowNumber + 1;
  if (cells.length > 0) rows.push({ row: number, cells });
  return number;
}

/** The text a person sees for a cell, from its type, raw `<v>` text and style. */
function cellText(
  type: number,
  valueText: string,
  inlineText: string | undefined,
  style: number,
  sharedStrings: readonly string[] | undefined,
  styles: CellStyles,
  sheetName: string,
): string {
  if (inlineText !== undefined) return inlineText; // an <is> is inline text whatever `t` says
  switch (type) {
    case SHARED_STRING: {
      if (valueText === "") return "";
      const text = sharedStrings?.[Number(valueText)];
      if (text === undefined) {
        throw damaged(`a cell in sheet "${sheetName}" refers to shared text number ${valueText.trim()}, which the file does not contain`);
      }
      return text;
    }
    case INLINE_STRING:
      return decodeExcelEscapes(valueText); // a writer that put the text in <v>
    case FORMULA_STRING:
      return decodeExcelEscapes(valueText);
    case BOOLEAN:
      return booleanText(valueText);
    case ERROR:
      return valueText;
    case ISO_DATE:
      return valueText === "" ? "" : formatIsoDateCell(valueText);
    default: {
      if (valueText === "") return "";
      const value = Number(valueText);
      if (Number.isNaN(value)) return valueText; // not a number after all: show what is stored
      return styles.display(style, value);
    }
  }
}

/** Puts a non-empty text at its column, filling any gap with "". */
function storeCell(cells: string[], column: number, text: string): void {
  if (text === "") return;
  if (column === cells.length) cells.push(text);
  else if (column > cells.length) {
    while (cells.length < column) cells.push("");
    cells.push(text);
  } else cells[column] = text; // out of order: the later cell wins
}

function booleanText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "1" || trimmed.toLowerCase() === "true") return "TRUE";
  if (trimmed === "0" || trimmed.toLowerCase() === "false") return "FALSE";
  return trimmed;
}

function typeCode(cursor: XmlCursor, attribute: number): number {
  if (cursor.valueIs(attribute, "s")) return SHARED_STRING;
  if (cursor.valueIs(attribute, "str")) return FORMULA_STRING;
  if (cursor.valueIs(attribute, "inlineStr")) return INLINE_STRING;
  if (cursor.valueIs(attribute, "b")) return BOOLEAN;
  if (cursor.valueIs(attribute, "e")) return ERROR;
  if (cursor.valueIs(attribute, "d")) return ISO_DATE;
  return NUMBER; // "n", or a type we do not know: read the value as stored
}

/** 0-based column of the letters of a reference like "AB12" in xml[start, end); -1 when there are none. */
function referenceColumn(xml: string, start: number, end: number): number {
  let column = 0;
  let i = start;
  for (; i < end; i++) {
    const code = xml.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return i === start ? -1 : column - 1;
}

/** Row number of a reference like "AB12"; 0 when it has none. */
function referenceRow(xml: string, start: number, end: number): number {
  let i = start;
  while (i < end && (xml.charCodeAt(i) | 0x20) >= 97 && (xml.charCodeAt(i) | 0x20) <= 122) i++;
  return digitsValue(xml, i, end);
}

/** A non-negative integer written in xml[start, end); 0 when it is not one. */
function digitsValue(xml: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = xml.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return 0;
    value = value * 10 + digit;
  }
  return value;
}

/** Rows are stored in order; a file that breaks the rule gets sorted, and repeated rows merged. */
function inAscendingOrder(rows: GridRow[]): GridRow[] {
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) sorted = (rows[i - 1]?.row ?? 0) < (rows[i]?.row ?? 0);
  if (sorted) return rows;
  const byNumber = new Map<number, string[]>();
  for (const { row, cells } of rows) {
    const existing = byNumber.get(row);
    if (existing === undefined) byNumber.set(row, [...cells]);
    else cells.forEach((text, column) => {
      if (text !== "") {
        while (existing.length < column) existing.push("");
        existing[column] = text;
      }
    });
  }
  return [...byNumber.entries()].sort((a, b) => a[0] - b[0]).map(([row, cells]) => ({ row, cells }));
}
