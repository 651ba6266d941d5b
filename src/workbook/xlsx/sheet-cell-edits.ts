/**
 * Writes text into cells of a worksheet part by splicing the XML string: only the target `<c>`
 * elements change (a replaced cell keeps its style), missing cells are inserted in column order
 * inside their `<row>`, missing rows in row order inside `<sheetData>`. Every other character of
 * the part is copied as it was, so formatting, formulas, merges, validation and conditional
 * formatting are untouched. Values are written as inline strings, so the shared strings part need
 * not change; "" empties a cell (no value, its style kept). Handles what other apps write: prefixed elements (`<x:row>`), rows and cells without
 * `r`, self-closing `<row/>` and `<sheetData/>`. Rows and cells are placed by their order in the part,
 * as Excel stores them: a part storing them out of order (which Excel repairs on opening) is refused,
 * since an edit placed by order there would land beside the cell it meant and lose to it.
 */
import { cellAddress } from "../cell-address";
import { inlineStringCell } from "./inline-string-xml";
import { damaged, WorkbookReadError } from "./workbook-read-error";
import { CLOSE, EMPTY, END, OPEN, XmlCursor } from "./xml-cursor";

export interface SheetCellEdit {
  /** 1-based row. */
  row: number;
  /** 0-based column. */
  col: number;
  value: string;
}

export interface SkippedCellEdit {
  edit: SheetCellEdit;
  reason: string;
}

export interface SheetEditResult {
  xml: string;
  applied: SheetCellEdit[];
  /** Edits not made because the cell holds a formula (whose result may look empty): a person decides. */
  skipped: SkippedCellEdit[];
}

/** A `<col>` range's style, so a cell inserted into a formatted column looks like its neighbours. */
interface ColumnStyle {
  min: number;
  max: number;
  style: string;
}

export function applySheetCellEdits(
  xml: string,
  edits: readonly SheetCellEdit[],
  sheetName = "the sheet",
): SheetEditResult {
  const pending = uniqueInOrder(edits);
  const applied: SheetCellEdit[] = [];
  const skipped: SkippedCellEdit[] = [];
  if (pending.length === 0) return { xml, applied, skipped };

  const out: string[] = [];
  let copiedTo = 0;
  const copyUpTo = (position: number): void => {
    out.push(xml.slice(copiedTo, position));
    copiedTo = position;
  };
  let next = 0; // index of the first edit not yet placed

  const columnStyles: ColumnStyle[] = [];
  const cursor = new XmlCursor(xml);
  let prefix = "";
  let inSheetData = false;
  let previousRow = 0;
  let finished = false;

  const styleForNewCell = (col: number, rowStyle: string | undefined): string | undefined =>
    rowStyle ?? columnStyles.find((c) => c.min <= col + 1 && col + 1 <= c.max)?.style;
  const newCellsOfRow = (row: number, beforeCol: number, rowStyle: string | undefined): string => {
    let cells = "";
    for (
      let edit = pending[next];
      edit !== undefined && edit.row === row && edit.col < beforeCol;
      edit = pending[++next]
    ) {
      cells += cellXml(prefix, cellAddress(edit.row, edit.col), styleForNewCell(edit.col, rowStyle), edit.value);
      applied.push(edit);
    }
    return cells;
  };
  const newRowsBefore = (row: number): string => {
    let rows = "";
    for (let edit = pending[next]; edit !== undefined && edit.row < row; edit = pending[next]) {
      const cells = newCellsOfRow(edit.row, Infinity, undefined);
      // A row of emptied cells alone (a revert of added rows) is no row at all.
      if (cells !== "") rows += `<${prefix}row r="${edit.row}">${cells}</${prefix}row>`;
    }
    return rows;
  };

  for (let kind = cursor.next(); kind !== END && !finished; kind = cursor.next()) {
    if (!inSheetData) {
      if ((kind === OPEN || kind === EMPTY) && cursor.is("col")) {
        const style = cursor.attribute("style");
        if (style !== undefined)
          columnStyles.push({ min: Number(cursor.attribute("min")), max: Number(cursor.attribute("max")), style });
      } else if ((kind === OPEN || kind === EMPTY) && cursor.is("sheetData")) {
        prefix = xml.slice(cursor.tagStart + 1, cursor.localStart);
        if (kind === EMPTY) {
          copyUpTo(cursor.tagStart);
          out.push(`<${prefix}sheetData>${newRowsBefore(Infinity)}</${prefix}sheetData>`);
          copiedTo = tagEnd(cursor);
          finished = true;
        } else inSheetData = true;
      }
      continue;
    }
    if (kind === CLOSE && cursor.is("sheetData")) {
      copyUpTo(cursor.tagStart);
      out.push(newRowsBefore(Infinity));
      finished = true;
    } else if ((kind === OPEN || kind === EMPTY) && cursor.is("row")) {
      const r = cursor.attribute("r");
      const rowNumber = r === undefined || !/^\d+$/.test(r) ? previousRow + 1 : Number(r);
      if (rowNumber <= previousRow) throw outOfOrder(sheetName, `row ${rowNumber} comes after row ${previousRow}`);
      previousRow = rowNumber;
      if ((pending[next]?.row ?? Infinity) < rowNumber) {
        copyUpTo(cursor.tagStart);
        out.push(newRowsBefore(rowNumber));
      }
      if (pending[next]?.row !== rowNumber) {
        if (kind === OPEN) cursor.skipElement();
        continue;
      }
      const rowStyle =
        cursor.attribute("customFormat") === "1" || cursor.attribute("customFormat") === "true"
          ? cursor.attribute("s")
          : undefined;
      const rowTagEnd = tagEnd(cursor);
      const rowTag = xml.slice(cursor.tagStart, rowTagEnd);
      copyUpTo(cursor.tagStart);
      const rowStart = out.length;
      out.push(rowOpenTag(rowTag, kind === EMPTY, columnsOfRow(pending, next, rowNumber)));
      copiedTo = rowTagEnd;
      let rowEnd = rowTagEnd;
      if (kind === EMPTY) out.push(`${newCellsOfRow(rowNumber, Infinity, rowStyle)}</${prefix}row>`);
      else rowEnd = editRowCells(cursor, rowNumber, rowStyle);
      // A row left with no cells and nothing of its own (height, style) goes, so Revert of rows the
      // add-in added leaves the sheet as it was, not with empty <row> elements.
      if (
        isPlainRowTag(rowTag) &&
        out
          .slice(rowStart + 1)
          .join("")
          .replace(`</${prefix}row>`, "")
          .trim() === ""
      ) {
        out.length = rowStart;
        copiedTo = rowEnd;
      }
    }
  }
  if (!finished) throw damaged("the worksheet has no <sheetData>");
  copyUpTo(xml.length);
  return { xml: out.join(""), applied, skipped };

  /**
   * Walks one open `<row>`'s cells, replacing targeted ones and inserting missing ones in column
   * order, up to its closing tag (left to copy); returns where that closing tag ends.
   */
  function editRowCells(rowCursor: XmlCursor, rowNumber: number, rowStyle: string | undefined): number {
    let lastColumn = -1;
    for (let kind = rowCursor.next(); kind !== END; kind = rowCursor.next()) {
      if (kind === CLOSE && rowCursor.is("row")) {
        copyUpTo(rowCursor.tagStart);
        out.push(newCellsOfRow(rowNumber, Infinity, rowStyle));
        const gt = xml.indexOf(">", rowCursor.tagStart);
        if (gt < 0) throw damaged(`row ${rowNumber} of the worksheet is not closed`);
        return gt + 1;
      }
      if ((kind !== OPEN && kind !== EMPTY) || !rowCursor.is("c")) {
        if (kind === OPEN) rowCursor.skipElement(); // extLst and the like
        continue;
      }
      const reference = rowCursor.attribute("r");
      const letters = reference === undefined ? undefined : /^\$?([A-Za-z]{1,3})/.exec(reference)?.[1];
      const column = letters === undefined ? lastColumn + 1 : columnOfLetters(letters);
      if (column <= lastColumn)
        throw outOfOrder(
          sheetName,
          `cell ${cellAddress(rowNumber, column)} comes after ${cellAddress(rowNumber, lastColumn)}`,
        );
      lastColumn = column;
      const cellStart = rowCursor.tagStart;
      if ((pending[next]?.row === rowNumber ? (pending[next]?.col ?? Infinity) : Infinity) < column) {
        copyUpTo(cellStart);
        out.push(newCellsOfRow(rowNumber, column, rowStyle));
      }
      const edit = pending[next];
      const style = rowCursor.attribute("s");
      let holdsFormula = false;
      let cellEnd = tagEnd(rowCursor);
      if (kind === OPEN) {
        for (let depth = 1, inner = rowCursor.next(); inner !== END; inner = rowCursor.next()) {
          if ((inner === OPEN || inner === EMPTY) && rowCursor.is("f")) holdsFormula = true;
          if (inner === OPEN) depth++;
          else if (inner === CLOSE && --depth === 0) {
            cellEnd = tagEnd(rowCursor);
            break;
          }
        }
      }
      if (edit === undefined || edit.row !== rowNumber || edit.col !== column) continue;
      next++;
      if (holdsFormula) {
        skipped.push({ edit, reason: "the cell holds a formula" });
        continue;
      }
      copyUpTo(cellStart);
      out.push(cellXml(prefix, cellAddress(rowNumber, column), style, edit.value));
      copiedTo = cellEnd;
      applied.push(edit);
    }
    throw damaged(`row ${rowNumber} of the worksheet is not closed`);
  }
}

function outOfOrder(sheetName: string, where: string): WorkbookReadError {
  return new WorkbookReadError(
    "corrupt",
    `Cannot write to sheet "${sheetName}": its rows or cells are not stored in order (${where}), which Excel repairs when it opens the file. Open it in Excel or LibreOffice, save it, and run this again.`,
  );
}

/**
 * A written cell: an inline string, or for "" (a cell emptied again, as Revert does) no value at all:
 * the cell keeps its style when it has one and is left out when it has none, so nothing reads as
 * an empty string where the analyst had an empty cell.
 */
function cellXml(prefix: string, reference: string, style: string | undefined, value: string): string {
  if (value !== "") return inlineStringCell(prefix, reference, style, value);
  return style === undefined ? "" : `<${prefix}c r="${reference}" s="${style}"/>`;
}

/** A row tag with nothing of its own: only its number, its column hint and Excel's baseline hint (no height, style, outline or hiding). */
function isPlainRowTag(tag: string): boolean {
  return /^<(?:[\w.-]+:)?row\s*\/?>$/.test(tag.replace(/\s(?:r|spans|(?:[\w.-]+:)?dyDescent)="[^"]*"/g, ""));
}

/** Edits sorted by row then column; a second edit of the same cell is dropped (the plan never makes one). */
function uniqueInOrder(edits: readonly SheetCellEdit[]): SheetCellEdit[] {
  const sorted = [...edits].sort((a, b) => a.row - b.row || a.col - b.col);
  return sorted.filter((edit, i) => i === 0 || sorted[i - 1]?.row !== edit.row || sorted[i - 1]?.col !== edit.col);
}

function columnsOfRow(pending: readonly SheetCellEdit[], from: number, row: number): number[] {
  const columns: number[] = [];
  for (let i = from; pending[i]?.row === row; i++) columns.push(pending[i]?.col ?? 0);
  return columns;
}

/** End of the current tag (after its `>`). Attribute values may hold ">", so search after the last one. */
function tagEnd(cursor: XmlCursor): number {
  const last = cursor.attributeCount > 0 ? cursor.valueEnd(cursor.attributeCount - 1) + 1 : cursor.nameEnd;
  const gt = cursor.xml.indexOf(">", last);
  if (gt < 0) throw damaged("an XML tag is not closed");
  return gt + 1;
}

/**
 * The row's opening tag, opened up when it was self-closing, with `spans` (an optional hint of the
 * row's first and last column) widened when a new cell falls outside it.
 */
function rowOpenTag(tag: string, selfClosing: boolean, editColumns: readonly number[]): string {
  let open = selfClosing ? tag.replace(/\s*\/>$/, ">") : tag;
  const spans = /(\bspans=")([^"]*)(")/.exec(open);
  if (spans !== null && editColumns.length > 0) {
    const bounds = (spans[2] ?? "")
      .split(/[\s:]+/)
      .filter((part) => part !== "")
      .map(Number);
    if (bounds.length > 0 && bounds.every(Number.isFinite)) {
      const low = Math.min(...bounds, ...editColumns.map((c) => c + 1));
      const high = Math.max(...bounds, ...editColumns.map((c) => c + 1));
      if (low < Math.min(...bounds) || high > Math.max(...bounds)) {
        open =
          open.slice(0, spans.index) +
          `${spans[1] ?? ""}${low}:${high}${spans[3] ?? ""}` +
          open.slice(spans.index + spans[0].length);
      }
    }
  }
  return open;
}

function columnOfLetters(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
