/**
 * The text a person sees for a cell, from its type (`t`), style (`s`) and stored value: shared
 * strings looked up, numbers formatted, booleans and dates spelled out. Both worksheet readers end
 * every cell here, so they agree by construction.
 */
import type { CellStyles } from "./cell-styles";
import { formatIsoDateCell } from "./date-serial";
import { damaged } from "./workbook-read-error";
import { decodeExcelEscapes, decodeXmlCharacterData } from "./xml-text";

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

const CODE_S = 115;
/** Longer digit runs are not exact as numbers; they take the general way (and fail there). */
const MAX_INDEX_DIGITS = 15;

export class CellValues {
  /** Loaded when the first shared-string cell is finished, never for a sheet without one. */
  private sharedStrings: readonly string[] | undefined;
  private readonly styles: CellStyles;

  constructor(
    /** The worksheet XML, which the `t` and raw value ranges point into. */
    private readonly xml: string,
    private readonly sources: CellValueSources,
    private readonly sheetName: string,
    /** The address of the cell being read, for a message about it. */
    private readonly cellNow: () => string = () => "a cell",
  ) {
    this.styles = sources.styles;
  }

  /**
   * A cell whose `t` value is xml[typeStart, typeEnd) (an empty range when it has none), with the
   * decoded text of its `<v>`s and, when it has an `<is>`, that inline text.
   */
  text(typeStart: number, typeEnd: number, style: number, valueText: string, inlineText: string | undefined): string {
    const type = this.typeAt(typeStart, typeEnd);
    if (type === SHARED_STRING) this.sharedStrings ??= this.sources.sharedStrings();
    if (inlineText !== undefined) return inlineText; // an <is> is inline text whatever `t` says
    return this.textOf(type, style, valueText);
  }

  /** The same for a cell whose one `<v>` holds the raw character data xml[valueStart, valueEnd). */
  textAt(typeStart: number, typeEnd: number, style: number, valueStart: number, valueEnd: number): string {
    const xml = this.xml;
    if (
      typeEnd - typeStart === 1 &&
      xml.charCodeAt(typeStart) === CODE_S &&
      valueEnd > valueStart &&
      valueEnd - valueStart <= MAX_INDEX_DIGITS
    ) {
      // t="s" with a plain index: look it up without making a string of the digits.
      const strings = (this.sharedStrings ??= this.sources.sharedStrings());
      let index = 0;
      let i = valueStart;
      for (; i < valueEnd; i++) {
        const digit = xml.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) break;
        index = index * 10 + digit;
      }
      const text = i === valueEnd ? strings[index] : undefined;
      if (text !== undefined) return text;
    }
    return this.text(typeStart, typeEnd, style, decodeXmlCharacterData(xml.slice(valueStart, valueEnd)), undefined);
  }

  private textOf(type: number, style: number, valueText: string): string {
    switch (type) {
      case SHARED_STRING: {
        if (valueText === "") return "";
        const text = this.sharedStrings?.[Number(valueText)];
        if (text === undefined) {
          throw damaged(
            `cell ${this.cellNow()} of sheet "${this.sheetName}" refers to shared text number ${valueText.trim()}, which the file does not contain`,
          );
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
        return this.styles.display(style, value);
      }
    }
  }

  private typeAt(start: number, end: number): number {
    const xml = this.xml;
    const length = end - start;
    if (length === 1) {
      switch (xml.charCodeAt(start)) {
        case CODE_S:
          return SHARED_STRING;
        case 98 /* b */:
          return BOOLEAN;
        case 101 /* e */:
          return ERROR;
        case 100 /* d */:
          return ISO_DATE;
      }
    } else if (length === 3 && xml.startsWith("str", start)) return FORMULA_STRING;
    else if (length === 9 && xml.startsWith("inlineStr", start)) return INLINE_STRING;
    return NUMBER; // "n", or a type we do not know: read the value as stored
  }
}

function booleanText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "1" || trimmed.toLowerCase() === "true") return "TRUE";
  if (trimmed === "0" || trimmed.toLowerCase() === "false") return "FALSE";
  return trimmed;
}
