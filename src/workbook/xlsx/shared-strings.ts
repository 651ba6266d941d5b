/**
 * String items: the `<si>` entries of xl/sharedStrings.xml and the `<is>` of inline-string cells
 * share one content model, plain `<t>` or rich-text runs `<r><t>`, plus phonetic guides `<rPh>`
 * that Excel does not show in the cell.
 */
import { readPlainStringItems } from "./plain-string-items";
import * as tokenKinds from "./xml-cursor";
import { XmlCursor } from "./xml-cursor";
import { decodeExcelEscapes, decodeXmlCharacterData, normaliseLineEnds } from "./xml-text";

// Bound once: under tsx (esbuild's CommonJS output) every use of an imported binding is a getter
// call, and the loops below compare token kinds for every tag.
const { CDATA, CLOSE, EMPTY, END, OPEN } = tokenKinds;

/** All strings of a sharedStrings part, by index. */
export function parseSharedStrings(xml: string, options: { plainFastPath?: boolean } = {}): string[] {
  const fast = options.plainFastPath !== false; // off only to test one reader against the other
  const strings: string[] = [];
  const cursor = new XmlCursor(xml);
  for (;;) {
    if (fast) cursor.resumeAt(readPlainStringItems(xml, cursor.resumePosition(), strings));
    const kind = cursor.next();
    if (kind === END) break;
    if (!cursor.is("si")) continue;
    if (kind === OPEN) strings.push(readStringItem(cursor));
    else if (kind === EMPTY) strings.push("");
  }
  return strings;
}

/**
 * With the cursor on an opening `<si>` or `<is>`, reads to its end and returns the text it shows:
 * every `<t>` outside phonetic runs, concatenated, entities and `_xHHHH_` escapes decoded.
 */
export function readStringItem(cursor: XmlCursor): string {
  let text = "";
  let inText = "";
  let depth = 1;
  let phoneticDepth = 0;
  let collecting = false;
  for (;;) {
    const kind = cursor.next();
    if (collecting) inText += decodeXmlCharacterData(cursor.textBefore());
    if (kind === END) break;
    if (kind === OPEN) {
      depth++;
      if (cursor.is("rPh")) phoneticDepth++;
      else if (cursor.is("t") && phoneticDepth === 0) collecting = true;
    } else if (kind === CLOSE) {
      if (collecting) {
        // Excel escapes each <t> on its own, so an escape never spans two runs.
        text += decodeExcelEscapes(inText);
        inText = "";
        collecting = false;
      }
      if (cursor.is("rPh")) phoneticDepth--;
      if (--depth === 0) break;
    } else if (kind === CDATA && collecting) {
      inText += normaliseLineEnds(cursor.xml.slice(cursor.cdataStart, cursor.cdataEnd));
    }
  }
  return text + decodeExcelEscapes(inText);
}

/** Shared strings that are parsed only when a sheet first needs one. */
export class LazySharedStrings {
  private strings: string[] | undefined;

  constructor(private readonly load: () => string | undefined) {}

  get(): string[] {
    if (this.strings === undefined) {
      const xml = this.load();
      this.strings = xml === undefined ? [] : parseSharedStrings(xml);
    }
    return this.strings;
  }
}
