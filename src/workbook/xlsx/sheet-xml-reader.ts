/**
 * Reads a worksheet part (`<sheetData>` rows and cells, `<mergeCells>`) into a SheetGrid in one
 * pass over the XML string. No object is built per cell: each value goes straight from its
 * position in the string to the text a person sees.
 *
 * Runs of plain rows and cells are read by PlainSheetScanner; this general reader, built on
 * XmlCursor, takes every tag the scanner leaves (prefixed names, inline strings, CDATA, comments,
 * damaged markup...) and hands back as soon as it is between cells again.
 */
import type { CellRange, SheetGrid } from "../port";
import { tryParseRange } from "../cell-address";
import { CellValues, type CellValueSources } from "./cell-values";
import { PlainSheetScanner } from "./plain-sheet-scanner";
import { readStringItem } from "./shared-strings";
import { ReadBudget } from "./read-budget";
import { SheetRows } from "./sheet-rows";
import { damaged } from "./workbook-read-error";
import { hasClosedRoot } from "./xml-root";
import * as tokenKinds from "./xml-cursor";
import { XmlCursor } from "./xml-cursor";
import { decodeXmlCharacterData, normaliseLineEnds } from "./xml-text";

// Bound once: under tsx (esbuild's CommonJS output) every use of an imported binding is a getter
// call, and the loop below compares token kinds several times per tag.
const { CDATA, CLOSE, EMPTY, END, OPEN } = tokenKinds;

export type { CellValueSources } from "./cell-values";

export interface ReadSheetOptions {
  /** Read plain rows and cells with the fast scanner (default). Off only to test one reader against the other. */
  plainFastPath?: boolean;
  /** The run's memory budget, which pays for the rows stored. */
  budget?: ReadBudget;
}

const CODE_R = 114;
const CODE_S = 115;
const CODE_T = 116;

export function readSheetXml(
  xml: string,
  name: string,
  sources: CellValueSources,
  options: ReadSheetOptions = {},
): SheetGrid {
  // A part cut short or never closed is damaged, as Excel says; reading on would check half a sheet.
  if (!hasClosedRoot(xml, "worksheet")) throw damaged(`the XML of sheet "${name}" is cut short or not closed`);
  const rows = new SheetRows(options.budget, name);
  const values = new CellValues(xml, sources, name, () => rows.cellNow());
  const plain = options.plainFastPath === false ? undefined : new PlainSheetScanner(xml, rows, values);
  const merges: CellRange[] = [];
  const cursor = new XmlCursor(xml);

  let inSheetData = false;
  let inCell = false;
  let cellColumn = 0;
  let cellStyle = 0;
  let typeStart = 0; // the cell's `t` value is xml[typeStart, typeEnd); empty when it has none
  let typeEnd = 0;
  let inValue = false;
  let valueText = "";
  let inlineText: string | undefined;
  // Whether the open cell has a formula, and a <v> for its result.
  let cellFormula = false;
  let cellValue = false;
  const uncalculated: string[] = [];
  const storeCell = () => {
    if (cellFormula && !cellValue) uncalculated.push(rows.cellNow());
    rows.store(cellColumn, values.text(typeStart, typeEnd, cellStyle, valueText, inlineText));
  };

  for (;;) {
    if (plain !== undefined && inSheetData && !inCell && !inValue) cursor.resumeAt(plain.scan(cursor.resumePosition()));
    const kind = cursor.next();
    if (kind === END) break;
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
      } else if (nameLength === 1 && first === 99 /* c */ && rows.inRow) {
        // A cell: r (reference), s (style), t (type).
        let column = -1;
        cellStyle = 0;
        typeStart = 0;
        typeEnd = 0;
        for (let a = 0; a < cursor.attributeCount; a++) {
          const attribute = cursor.oneLetterAttribute(a);
          if (attribute === CODE_R) {
            column = referenceColumn(xml, cursor.valueStart(a), cursor.valueEnd(a));
            rows.numberFromReference(referenceRow(xml, cursor.valueStart(a), cursor.valueEnd(a)));
          } else if (attribute === CODE_S) cellStyle = digitsValue(xml, cursor.valueStart(a), cursor.valueEnd(a));
          else if (attribute === CODE_T) {
            typeStart = cursor.valueStart(a);
            typeEnd = cursor.valueEnd(a);
          }
        }
        cellColumn = rows.placeCell(column); // cells without r take the next column
        if (kind === OPEN) {
          inCell = true;
          valueText = "";
          inlineText = undefined;
          cellFormula = false;
          cellValue = false;
        }
      } else if (nameLength === 1 && first === 118 /* v */ && inCell) {
        inValue = kind === OPEN;
        cellValue = true;
      } else if (nameLength === 1 && first === 102 /* f */ && inCell) {
        cellFormula = true; // its text, between the tags, is never read
      } else if (nameLength === 2 && inCell && kind === OPEN && cursor.is("is")) {
        inlineText = readStringItem(cursor);
      } else if (nameLength === 3 && cursor.is("row")) {
        const r = cursor.attributeIndex("r");
        rows.openRow(r < 0 ? 0 : digitsValue(xml, cursor.valueStart(r), cursor.valueEnd(r)));
        if (kind === EMPTY) rows.closeRow();
      } else if (kind === OPEN && !inCell && !rows.inRow) {
        cursor.skipElement(); // something other than rows inside sheetData: not ours
      }
    } else if (kind === CLOSE) {
      if (nameLength === 1 && first === 118 /* v */) inValue = false;
      else if (nameLength === 1 && first === 99 /* c */ && inCell) {
        inCell = false;
        inValue = false;
        storeCell();
      } else if (nameLength === 3 && rows.inRow && cursor.is("row")) {
        if (inCell) {
          inCell = false;
          storeCell();
        }
        rows.closeRow();
      } else if (nameLength === 9 && cursor.is("sheetData")) {
        if (rows.inRow) rows.closeRow();
        inSheetData = false;
      }
    }
  }
  return { name, rows: rows.finish(), merges, ...(uncalculated.length > 0 ? { uncalculated } : {}) };
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
