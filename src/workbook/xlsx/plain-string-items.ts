/**
 * The shared strings' fast path. Almost every item is one plain run, `<si><t>text</t></si>` (or
 * `<t xml:space="preserve">` when the text has edge spaces). Those are read with indexOf alone;
 * the first item of any other shape (rich text, phonetic runs, prefixes, CDATA, comments, `<si/>`)
 * stops the run and is left to the general reader, readStringItem, which gives the same text.
 */
import { decodeStringValue } from "./xml-text";

const PLAIN_TEXT_START = "<t>";
const PRESERVED_TEXT_START = '<t xml:space="preserve">';

/**
 * Appends to `strings` the plain items from `from`, a token boundary outside any item; returns
 * where it stopped: the `<` of the first tag that is not the start of a plain item, or `from`'s
 * text end when no tag is left.
 */
export function readPlainStringItems(xml: string, from: number, strings: string[]): number {
  let position = from;
  for (;;) {
    const lt = xml.indexOf("<", position); // text between items means nothing
    if (lt < 0) return position;
    if (!xml.startsWith("<si>", lt)) return lt;
    const textTag = xml.indexOf("<", lt + 4);
    if (textTag < 0) return lt;
    let textStart: number;
    if (xml.startsWith(PLAIN_TEXT_START, textTag)) textStart = textTag + PLAIN_TEXT_START.length;
    else if (xml.startsWith(PRESERVED_TEXT_START, textTag)) textStart = textTag + PRESERVED_TEXT_START.length;
    else return lt;
    const textEnd = xml.indexOf("<", textStart);
    if (textEnd < 0 || !xml.startsWith("</t>", textEnd)) return lt;
    const itemEnd = xml.indexOf("<", textEnd + 4);
    if (itemEnd < 0 || !xml.startsWith("</si>", itemEnd)) return lt;
    strings.push(decodeStringValue(xml.slice(textStart, textEnd)));
    position = itemEnd + 5;
  }
}
