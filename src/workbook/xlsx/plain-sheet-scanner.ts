/**
 * The worksheet reader's fast path. Nearly every writer stores rows and cells in a few plain shapes:
 *
 *   <row r="7" spans="1:18" x14ac:dyDescent="0.25">
 *   <c r="A7" s="3" t="s"><v>12</v></c>    <c r="B7" s="3"/>    <c r="C7"><f>A7*2</f><v>24</v></c>
 *   </row>
 *
 * This scanner reads runs of those straight from the string with indexOf and char codes, building
 * nothing per tag, and stops at the first tag it does not fully recognise: namespace prefixes on
 * elements, inline strings, CDATA, comments, `<v>` with attributes, references like "a1" or "A",
 * whitespace around `=`... The general reader (XmlCursor) takes that tag and hands back once the
 * cell or row is done. Whatever this scanner accepts, it does exactly what the general reader would
 * do with it: it only recognises, it never interprets differently.
 *
 * Deliberately self-contained (no imported helpers in the loop): under tsx, every use of an
 * imported name is a property getter call, which costs more than the work done per cell here.
 */
import type { CellValues } from "./cell-values";
import type { SheetRows } from "./sheet-rows";

const NOT_PLAIN = -1;

// How the tag whose attributes are being read ended.
const NOT_ENDED = 0;
const START_TAG = 1; // `>`
const EMPTY_TAG = 2; // `/>`

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34; // "
const APOSTROPHE = 39; // '
const SLASH = 47; // /
const COLON = 58; // :
const LT = 60; // <
const EQUALS = 61; // =
const GT = 62; // >
const LOWER_C = 99;
const LOWER_F = 102;
const LOWER_R = 114;
const LOWER_S = 115;
const LOWER_T = 116;
const LOWER_V = 118;

export class PlainSheetScanner {
  private readonly length: number;
  // The attribute just read: local name [localStart, nameEnd), raw value [valueStart, valueEnd).
  private localStart = 0;
  private nameEnd = 0;
  private valueStart = 0;
  private valueEnd = 0;
  /** Set when attribute() met the end of the tag instead of an attribute. */
  private ended = NOT_ENDED;
  // The reference just read by reference().
  private referenceColumn = 0;
  private referenceRow = 0;

  constructor(
    private readonly xml: string,
    private readonly rows: SheetRows,
    private readonly values: CellValues,
  ) {
    this.length = xml.length;
  }

  /**
   * Reads plain rows and cells from `from`, which must be inside `<sheetData>` and outside any cell.
   * Returns where it stopped: the `<` of the first tag it leaves to the general reader, or `from`'s
   * text end when no tag is left.
   */
  scan(from: number): number {
    const xml = this.xml;
    const rows = this.rows;
    let position = from;
    for (;;) {
      const lt = nextTag(xml, position); // text between tags outside <v> means nothing
      if (lt < 0) return position;
      const code = xml.charCodeAt(lt + 1);
      let next = NOT_PLAIN;
      if (code === LOWER_C) {
        if (rows.inRow) next = this.cell(lt + 2);
      } else if (code === LOWER_R) {
        next = this.rowStart(lt + 2);
      } else if (code === SLASH && rows.inRow && isRowEnd(xml, lt + 2)) {
        rows.closeRow();
        next = lt + 6;
      }
      if (next === NOT_PLAIN) return lt;
      position = next;
    }
  }

  /** `<row ...>` or `<row .../>` with a plain `r`, from just after "<r". */
  private rowStart(at: number): number {
    const xml = this.xml;
    if (
      xml.charCodeAt(at) !== 111 /* o */ ||
      xml.charCodeAt(at + 1) !== 119 /* w */ ||
      !endsName(xml.charCodeAt(at + 2))
    )
      return NOT_PLAIN;
    let rowNumber = 0;
    let i = at + 2;
    for (;;) {
      i = this.attribute(i);
      if (i === NOT_PLAIN) return NOT_PLAIN;
      if (this.ended !== NOT_ENDED) break;
      // The first `r` counts, as XmlCursor.attributeIndex finds it.
      if (rowNumber === 0 && this.nameEnd - this.localStart === 1 && xml.charCodeAt(this.localStart) === LOWER_R) {
        rowNumber = this.digits(this.valueStart, this.valueEnd);
        if (rowNumber <= 0) return NOT_PLAIN; // no number, or not one: the general reader decides
      }
    }
    if (rowNumber === 0) return NOT_PLAIN;
    this.rows.openRow(rowNumber);
    if (this.ended === EMPTY_TAG) this.rows.closeRow();
    return i;
  }

  /** `<c .../>` or `<c ...>[<f>...</f>][<v>...</v>]</c>`, from just after "<c". */
  private cell(at: number): number {
    const xml = this.xml;
    if (!endsName(xml.charCodeAt(at))) return NOT_PLAIN;
    let column = -1;
    let referenceRow = 0;
    let style = 0;
    let typeStart = 0;
    let typeEnd = 0;
    let seen = 0; // r, s, t already read: a repeated one is left to the general reader
    let i = at;
    if (
      xml.charCodeAt(i) === SPACE &&
      xml.charCodeAt(i + 1) === LOWER_R &&
      xml.charCodeAt(i + 2) === EQUALS &&
      xml.charCodeAt(i + 3) === QUOTE
    ) {
      // Nearly every cell starts `<c r="B7"`: read the reference without the general attribute loop.
      i = this.reference(i + 4);
      if (i === NOT_PLAIN || xml.charCodeAt(i) !== QUOTE) return NOT_PLAIN;
      column = this.referenceColumn;
      referenceRow = this.referenceRow;
      seen = 1;
      i++;
      const end = this.sharedStringCell(i, column, referenceRow);
      if (end !== NOT_PLAIN) return end;
    }
    for (;;) {
      i = this.attribute(i);
      if (i === NOT_PLAIN) return NOT_PLAIN;
      if (this.ended !== NOT_ENDED) break;
      if (this.nameEnd - this.localStart !== 1) continue;
      const name = xml.charCodeAt(this.localStart);
      if (name === LOWER_R) {
        if ((seen & 1) !== 0 || this.reference(this.valueStart) !== this.valueEnd) return NOT_PLAIN;
        seen |= 1;
        column = this.referenceColumn;
        referenceRow = this.referenceRow;
      } else if (name === LOWER_S) {
        if ((seen & 2) !== 0) return NOT_PLAIN;
        seen |= 2;
        style = this.digits(this.valueStart, this.valueEnd);
        if (style < 0) return NOT_PLAIN;
      } else if (name === LOWER_T) {
        if ((seen & 4) !== 0) return NOT_PLAIN;
        seen |= 4;
        typeStart = this.valueStart;
        typeEnd = this.valueEnd;
      }
    }
    if (this.ended === EMPTY_TAG) {
      this.rows.numberFromReference(referenceRow);
      this.rows.placeCell(column); // an empty cell still moves the column on
      return i;
    }

    let lt = nextTag(xml, i);
    if (lt < 0) return NOT_PLAIN;
    const formula = xml.charCodeAt(lt + 1) === LOWER_F;
    if (formula) {
      lt = this.afterFormula(lt + 2);
      if (lt === NOT_PLAIN) return NOT_PLAIN;
    }
    let valueStart = lt;
    let valueEnd = lt;
    const hasValue = xml.charCodeAt(lt + 1) === LOWER_V && xml.charCodeAt(lt + 2) === GT;
    // A formula stored with no result is rare: the general reader lists it (SheetGrid.uncalculated).
    if (formula && !hasValue) return NOT_PLAIN;
    if (hasValue) {
      valueStart = lt + 3;
      valueEnd = xml.indexOf("<", valueStart);
      if (valueEnd < 0 || !isEndTag(xml, valueEnd, LOWER_V)) return NOT_PLAIN; // CDATA, a comment...
      lt = nextTag(xml, valueEnd + 4);
      if (lt < 0) return NOT_PLAIN;
    }
    if (!isEndTag(xml, lt, LOWER_C)) return NOT_PLAIN;
    // Placed before its value is read, so a value that cannot be read is reported at its cell.
    this.rows.numberFromReference(referenceRow);
    const placed = this.rows.placeCell(column);
    this.rows.store(placed, this.values.textAt(typeStart, typeEnd, style, valueStart, valueEnd));
    return lt + 4;
  }

  /**
   * The commonest cell of all, `<c r="B7" t="s"><v>12</v></c>` or `<c r="B7" s="3" t="s"><v>12</v></c>`,
   * read from just after the reference's closing quote in one run of character tests, instead of
   * attribute by attribute; NOT_PLAIN for anything else, which cell() then reads the usual way.
   * It stores what cell() would store for the same cell.
   */
  private sharedStringCell(at: number, column: number, referenceRow: number): number {
    const xml = this.xml;
    let i = at;
    let style = 0;
    if (
      xml.charCodeAt(i) === SPACE &&
      xml.charCodeAt(i + 1) === LOWER_S &&
      xml.charCodeAt(i + 2) === EQUALS &&
      xml.charCodeAt(i + 3) === QUOTE
    ) {
      const styleEnd = nearQuote(xml, i + 4);
      style = styleEnd < 0 ? -1 : this.digits(i + 4, styleEnd);
      if (style < 0) return NOT_PLAIN;
      i = styleEnd + 1;
    }
    // ` t="s"><v>`
    if (
      xml.charCodeAt(i) !== SPACE ||
      xml.charCodeAt(i + 1) !== LOWER_T ||
      xml.charCodeAt(i + 2) !== EQUALS ||
      xml.charCodeAt(i + 3) !== QUOTE ||
      xml.charCodeAt(i + 4) !== LOWER_S ||
      xml.charCodeAt(i + 5) !== QUOTE ||
      xml.charCodeAt(i + 6) !== GT ||
      xml.charCodeAt(i + 7) !== LT ||
      xml.charCodeAt(i + 8) !== LOWER_V ||
      xml.charCodeAt(i + 9) !== GT
    ) {
      return NOT_PLAIN;
    }
    const typeStart = i + 4;
    const valueStart = i + 10;
    let valueEnd = valueStart;
    let code = xml.charCodeAt(valueEnd);
    while (code >= 48 && code <= 57) code = xml.charCodeAt(++valueEnd);
    // `</v></c>`
    if (
      valueEnd === valueStart ||
      code !== LT ||
      !isEndTag(xml, valueEnd, LOWER_V) ||
      !isEndTag(xml, valueEnd + 4, LOWER_C)
    )
      return NOT_PLAIN;
    this.rows.numberFromReference(referenceRow);
    const placed = this.rows.placeCell(column);
    this.rows.store(placed, this.values.textAt(typeStart, typeStart + 1, style, valueStart, valueEnd));
    return valueEnd + 8;
  }

  /**
   * Steps over `<f ...>text</f>` or `<f .../>` (the general reader ignores formulas), from just
   * after "<f"; returns the `<` of the tag after it.
   */
  private afterFormula(at: number): number {
    const xml = this.xml;
    if (!endsName(xml.charCodeAt(at))) return NOT_PLAIN;
    let i = at;
    do {
      i = this.attribute(i);
      if (i === NOT_PLAIN) return NOT_PLAIN;
    } while (this.ended === NOT_ENDED);
    let lt = xml.indexOf("<", i);
    if (lt < 0) return NOT_PLAIN;
    if (this.ended === START_TAG) {
      if (!isEndTag(xml, lt, LOWER_F)) return NOT_PLAIN;
      lt = xml.indexOf("<", lt + 4);
      if (lt < 0) return NOT_PLAIN;
    }
    return lt;
  }

  /**
   * Reads one attribute at or after `i`, in the strict form `name="value"` or `name='value'`, and
   * returns the position after it. At the tag's end it sets `ended` and returns the position after
   * `>`. Anything else (no quotes, whitespace around `=`, a lone `/`) is NOT_PLAIN. On what it
   * accepts it finds the same names and values as XmlCursor.
   */
  private attribute(from: number): number {
    const xml = this.xml;
    let i = from;
    let code = xml.charCodeAt(i);
    while (code === SPACE || code === LF || code === TAB || code === CR) code = xml.charCodeAt(++i);
    if (code === GT) {
      this.ended = START_TAG;
      return i + 1;
    }
    if (code === SLASH) {
      if (xml.charCodeAt(i + 1) !== GT) return NOT_PLAIN;
      this.ended = EMPTY_TAG;
      return i + 2;
    }
    const nameStart = i;
    let local = i;
    while (code !== EQUALS) {
      if (
        i >= this.length ||
        code === GT ||
        code === SLASH ||
        code === LT ||
        code === SPACE ||
        code === LF ||
        code === TAB ||
        code === CR
      )
        return NOT_PLAIN;
      if (code === COLON) local = i + 1;
      code = xml.charCodeAt(++i);
    }
    if (i === nameStart) return NOT_PLAIN;
    const quote = xml.charCodeAt(i + 1);
    if (quote !== QUOTE && quote !== APOSTROPHE) return NOT_PLAIN;
    const valueEnd = xml.indexOf(quote === QUOTE ? '"' : "'", i + 2);
    if (valueEnd < 0) return NOT_PLAIN;
    this.ended = NOT_ENDED;
    this.localStart = local;
    this.nameEnd = i;
    this.valueStart = i + 2;
    this.valueEnd = valueEnd;
    return valueEnd + 1;
  }

  /**
   * Reads a plain reference, letters A-Z then 1 to 9 digits ("B7"), from `start`; returns where it
   * ends, with its 0-based column and its row in referenceColumn/referenceRow, or NOT_PLAIN.
   */
  private reference(start: number): number {
    const xml = this.xml;
    let i = start;
    let code = xml.charCodeAt(i);
    let letters = 0;
    while (code >= 65 && code <= 90) {
      letters = letters * 26 + (code - 64);
      code = xml.charCodeAt(++i);
    }
    const digitsStart = i;
    let row = 0;
    while (code >= 48 && code <= 57) {
      row = row * 10 + (code - 48);
      code = xml.charCodeAt(++i);
    }
    if (letters === 0 || row === 0 || i - digitsStart > 9) return NOT_PLAIN;
    this.referenceColumn = letters - 1;
    this.referenceRow = row;
    return i;
  }

  /** The positive integer written in xml[start, end) with 1 to 9 digits; -1 otherwise. */
  private digits(start: number, end: number): number {
    if (end <= start || end - start > 9) return -1;
    const xml = this.xml;
    let value = 0;
    for (let i = start; i < end; i++) {
      const digit = xml.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return -1;
      value = value * 10 + digit;
    }
    return value;
  }
}

/** The next `<` at or after `from`, usually right there (writers rarely put whitespace between tags). */
function nextTag(xml: string, from: number): number {
  return xml.charCodeAt(from) === LT ? from : xml.indexOf("<", from);
}

/** The `"` closing a short attribute value that starts at `from` (a style number), or -1 when none is near. */
function nearQuote(xml: string, from: number): number {
  const end = Math.min(from + 12, xml.length);
  for (let i = from; i < end; i++) if (xml.charCodeAt(i) === QUOTE) return i;
  return -1;
}

/** Whether a tag name ends before this character: whitespace, `>` or `/`. */
function endsName(code: number): boolean {
  return code === SPACE || code === GT || code === SLASH || code === LF || code === TAB || code === CR;
}

/** Whether xml has `</x>` at `lt`, x being the one-letter name `letter`. */
function isEndTag(xml: string, lt: number, letter: number): boolean {
  return xml.charCodeAt(lt + 1) === SLASH && xml.charCodeAt(lt + 2) === letter && xml.charCodeAt(lt + 3) === GT;
}

/** Whether "row>" follows at `at`. */
function isRowEnd(xml: string, at: number): boolean {
  return (
    xml.charCodeAt(at) === LOWER_R &&
    xml.charCodeAt(at + 1) === 111 /* o */ &&
    xml.charCodeAt(at + 2) === 119 /* w */ &&
    xml.charCodeAt(at + 3) === GT
  );
}
