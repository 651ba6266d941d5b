/**
 * Writing a text value as an inline-string cell (`t="inlineStr"`), the inverse of what the reader
 * decodes: XML entities for & < >, Excel's `_xHHHH_` escapes for characters XML cannot carry, and
 * `xml:space="preserve"` when spaces or line breaks at the ends must survive.
 */

// Characters XML 1.0 forbids, plus CR (XML parsers turn it into LF) and a literal "_xHHHH_" that
// would otherwise be read back as an escape.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const NEEDS_EXCEL_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|_(?=x[0-9a-fA-F]{4}_)/g;

export function escapeCellText(text: string): string {
  return text
    .replace(NEEDS_EXCEL_ESCAPE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/**
 * `<c r="D7" s="3" t="inlineStr"><is><t>text</t></is></c>`, with the sheet's element prefix
 * ("x:" for parts written by the Open XML SDK, "" usually).
 */
export function inlineStringCell(prefix: string, reference: string, style: string | undefined, text: string): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  const styleAttribute = style === undefined ? "" : ` s="${style}"`;
  return `<${prefix}c r="${reference}"${styleAttribute} t="inlineStr"><${prefix}is><${prefix}t${preserve}>${escapeCellText(text)}</${prefix}t></${prefix}is></${prefix}c>`;
}
