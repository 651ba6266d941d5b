/**
 * Turning the raw characters between XML tags back into the text Excel stores: XML entities first,
 * then Excel's own `_xHHHH_` escapes for characters XML cannot carry.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const EXCEL_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/** Resolves `&amp; &lt; &gt; &quot; &apos; &#NN; &#xHH;`. Anything else is left exactly as written. */
export function decodeXmlEntities(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(ENTITY, (whole, body: string) => {
    if (body.charCodeAt(0) !== 35 /* # */) return NAMED_ENTITIES[body] ?? whole;
    const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88; // x or X
    const codePoint = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
  });
}

/**
 * Excel writes characters XML cannot hold (CR, control characters) as `_xHHHH_`, and a literal
 * `_x0041_`-looking text as `_x005F_x0041_`. Matching left to right undoes both correctly.
 */
export function decodeExcelEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(EXCEL_ESCAPE, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * Character data between tags: XML turns raw CR LF and lone CR into LF before anything else (a CR
 * that must survive is written `&#13;` or `_x000D_`), then entities are resolved.
 */
export function decodeXmlCharacterData(raw: string): string {
  return decodeXmlEntities(normaliseLineEnds(raw));
}

/** XML end-of-line handling: "\r\n" and a lone "\r" become "\n". */
export function normaliseLineEnds(raw: string): string {
  return raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
}

/** Entities, then Excel escapes: the text of a string value as Excel shows it. */
export function decodeStringValue(raw: string): string {
  return decodeExcelEscapes(decodeXmlCharacterData(raw));
}
