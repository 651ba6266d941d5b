/**
 * How the core turns what a person typed into something comparable. Cells arrive with stray
 * spaces, non-breaking spaces, zero-width characters and line breaks; two cells a person would
 * read as the same must compare equal.
 */

// Non-breaking, narrow and other Unicode spaces Excel users paste in from Word and the web.
const UNICODE_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\n\f\v]+/g;
// Invisible characters that change nothing a person sees.
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff]/g;

// Anything cleanText would change; most cells have none of it, so one test saves three replaces.
const NEEDS_CLEANING = /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000\u2060\ufeff\t\r\n\f\v]| {2}|^ | $/;

/** Whether cleanText would change `raw` (stray, doubled or Unicode spaces, line breaks, invisibles). */
export function needsCleaning(raw: string): boolean {
  return NEEDS_CLEANING.test(raw);
}

/** The text as a person reads it: invisible characters gone, any run of whitespace one space, trimmed. */
export function cleanText(raw: string): string {
  if (!NEEDS_CLEANING.test(raw)) return raw;
  return raw.replace(INVISIBLES, "").replace(UNICODE_SPACES, " ").replace(/ {2,}/g, " ").trim();
}

// Typographic forms that Word, Outlook and the web put in for the plain character a framework value
// is spelt with: dashes and the minus sign, the non-breaking and soft hyphens, curly quotes and
// apostrophes, primes, the ellipsis. A person reads them as the same value.
const TYPOGRAPHIC = /[\u00ad\u2010-\u2015\u2212\ufe58\ufe63\uff0d\u2018-\u201f\u2032\u2033\u00b4\u0060\u2026]/;
const TYPOGRAPHIC_ALL = new RegExp(TYPOGRAPHIC.source, "g");

function plainCharacter(c: string): string {
  switch (c) {
    case "\u00ad": // soft hyphen: invisible unless the line breaks there
      return "";
    case "\u2018":
    case "\u2019":
    case "\u201a":
    case "\u201b":
    case "\u2032":
    case "\u00b4":
    case "\u0060":
      return "'";
    case "\u201c":
    case "\u201d":
    case "\u201e":
    case "\u201f":
    case "\u2033":
      return '"';
    case "\u2026":
      return "...";
    default: // every dash, hyphen and minus
      return "-";
  }
}

/** Whether `text` holds a typographic character that plainTypography would change. */
export function hasTypography(text: string): boolean {
  return TYPOGRAPHIC.test(text);
}

/**
 * The text with typographic characters written plainly: "Operate and Trade – Normal" and
 * "Operate and Trade - Normal", "participants’" and "participants'" agree. Spaces and invisibles are
 * cleanText's business.
 */
export function plainTypography(text: string): string {
  return TYPOGRAPHIC.test(text) ? text.replace(TYPOGRAPHIC_ALL, plainCharacter) : text;
}

/**
 * Case-, spacing- and typography-insensitive key for closed vocabularies: "  public " and "Public"
 * agree, and so do an en dash and a hyphen, a curly and a straight apostrophe.
 */
export function vocabularyKey(raw: string): string {
  return plainTypography(cleanText(raw)).toLowerCase();
}

/**
 * A vocabularyKey with the slips of typing that change no meaning taken out: quotes around the
 * value ('"public"'), a full stop, comma, semicolon, colon or footnote star closing it ("public.",
 * "does not exist.", "public,", "public*"), spaces around a slash ("report / publication") and "&"
 * for "and" ("operate & trade").
 */
export function tidiedKey(key: string): string {
  return key
    .replace(/^"(.+)"$/, "$1")
    .replace(/ ?\/ ?/g, "/")
    .replace(/[ .,;:*]+$/, "")
    .replace(/ ?& ?/g, " and ");
}

/**
 * A looser key for suggestions and near-duplicates: case, punctuation, "&"/"and", curly quotes and
 * a plural "s" on each word are ignored, so "Market Forecasts" and "market forecast" agree.
 */
export function looseKey(raw: string): string {
  let text = raw.toLowerCase();
  if (isLooseAlready(text)) return text;
  if (text.includes("(s)")) text = text.replace(/\(s\)/g, "");
  if (text.includes("&")) text = text.replace(/&/g, " and ");
  text = plainTypography(text);
  // One pass: keep letters and digits, turn every other run of characters into one space.
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const alphanumeric = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (alphanumeric && start < 0) start = i;
    else if (!alphanumeric && start >= 0) {
      words.push(singular(text.slice(start, i)));
      start = -1;
    }
  }
  return words.join(" ");
}

/**
 * Whether `text` (lower case) is its own loose key: words of letters and digits separated by single
 * spaces, none ending in an "s" that singular() would drop. Most names are; they skip the word split.
 */
function isLooseAlready(text: string): boolean {
  const length = text.length;
  if (length === 0) return true;
  let wordStart = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    // A space must end a non-empty word and be followed by another.
    if (c !== 32 || i === wordStart || i === length - 1) return false;
    if (endsInPlural(text, wordStart, i)) return false;
    wordStart = i + 1;
  }
  return !endsInPlural(text, wordStart, length);
}

/** Whether singular() would change text[start, end). */
function endsInPlural(text: string, start: number, end: number): boolean {
  if (end - start <= 3 || text.charCodeAt(end - 1) !== 115 /* s */) return false;
  const before = text.charCodeAt(end - 2);
  return before !== 115 /* s */ && before !== 117 /* u */ && before !== 105; /* i */
}

// A plain "s" plural only; "ss" ("process", "access") and short words ("gas", "is") stay as they are.
function singular(word: string): string {
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
    return word.slice(0, -1);
  }
  return word;
}

// A bullet opening a list item, as a list typed one item per line carries: "• ", "- ", "* ", "– ".
const BULLET = /^(?:[\u2022\u00b7\u25aa\u25e6\u2023\u25cf\u25a0\u2043]|[-*\u2013\u2014](?= ))\s*/;

/**
 * Splits a multi-value cell (Receiver, Gap ID lists) on ";", ",", line breaks or tabs; blanks and the
 * bullets of a bulleted list dropped. Lists of names that may hold commas themselves (use cases)
 * split on ";" and line breaks only.
 */
export function splitList(raw: string, options: { commas: boolean } = { commas: true }): string[] {
  const parts = raw.includes("(") ? splitOutsideBrackets(raw, options.commas) : undefined;
  return (parts ?? raw.split(options.commas ? /[;,\r\n\t]+/ : /[;\r\n\t]+/))
    .map((part) => cleanText(part).replace(BULLET, ""))
    .filter((part) => part.length > 0);
}

/**
 * The list split as splitList does, except at a ";" or "," inside brackets ("Retailers (eg AGL,
 * Origin)"); undefined when the brackets do not pair up, for the plain split. A line break or tab
 * always separates.
 */
function splitOutsideBrackets(raw: string, commas: boolean): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    if (depth < 0) return undefined;
    const always = c === "\n" || c === "\r" || c === "\t";
    if (always || (depth === 0 && (c === ";" || (commas && c === ",")))) {
      parts.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(raw.slice(start));
  return depth === 0 ? parts : undefined;
}
