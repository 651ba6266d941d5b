/**
 * A small, forgiving, allocation-free XML tag scanner. It walks a decoded string with indexOf and
 * char codes, reports one tag at a time and records positions instead of building nodes, so a
 * 50,000-row sheet is read without creating an object per cell.
 *
 * Element and attribute names are compared by local name, so `<x:c>` (Open XML SDK) and `<c>` are
 * the same element and Strict OOXML namespaces need nothing special. Comments, processing
 * instructions and DOCTYPE are skipped; CDATA is reported so text collectors can keep it.
 */

/** Malformed XML; the reader reports it as a damaged file, naming the part it was reading. */
export class XmlSyntaxError extends Error {
  override readonly name = "XmlSyntaxError";
}

/** Token kinds returned by XmlCursor.next(). */
export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
/** A self-closing tag, `<c r="A1"/>`. */
export const EMPTY = 3;
/** `<![CDATA[...]]>`: its raw text is [cdataStart, cdataEnd). */
export const CDATA = 4;
/** Comment, processing instruction or DOCTYPE: nothing to do but keep going. */
export const SKIPPED = 5;

const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const COLON = 58; // :
const EQUALS = 61; // =
const QUOTE = 34; // "
const APOSTROPHE = 39; // '

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

export class XmlCursor {
  /** Kind of the current token. */
  kind = END;
  /** Where the current token's `<` is; text before it starts at textStart. */
  tagStart = 0;
  /** End of the previous token: the text between the two tags is [textStart, tagStart). */
  textStart = 0;
  /** Local name of the current tag, e.g. "c" for `<x:c ...>`, as [localStart, nameEnd). */
  localStart = 0;
  nameEnd = 0;
  cdataStart = 0;
  cdataEnd = 0;
  /** Attributes of the current tag: per attribute its local name start, name end, value start, value end. */
  attributeCount = 0;
  private readonly attributes: number[] = [];
  /** Where scanning resumes. */
  private position: number;

  constructor(
    readonly xml: string,
    start = 0,
    private readonly end = xml.length,
  ) {
    this.position = start;
  }

  /** Moves to the next tag and returns its kind (END once the range is exhausted). */
  next(): number {
    const xml = this.xml;
    const textStart = this.position;
    const lt = xml.indexOf("<", textStart);
    this.textStart = textStart;
    this.attributeCount = 0;
    if (lt < 0 || lt >= this.end) {
      this.tagStart = this.end;
      this.position = this.end;
      return (this.kind = END);
    }
    this.tagStart = lt;
    const first = xml.charCodeAt(lt + 1);
    if (first === SLASH) {
      const gt = this.readName(lt + 2);
      const close = gt < this.end && xml.charCodeAt(gt) === GT ? gt : this.find(">", gt);
      this.position = close + 1;
      return (this.kind = CLOSE);
    }
    if (first === BANG) return this.skipMarkupDeclaration(lt);
    if (first === QUESTION) {
      this.position = this.find("?>", lt + 2) + 2;
      return (this.kind = SKIPPED);
    }
    const afterName = this.readName(lt + 1);
    return this.readAttributes(afterName);
  }

  /** Where the next call to next() starts looking for a tag. */
  resumePosition(): number {
    return this.position;
  }

  /**
   * Continues scanning from `position`, which must be a token boundary: where a tag starts or
   * text between tags does. Lets a fast path read ahead on its own and hand back what it leaves.
   */
  resumeAt(position: number): void {
    this.position = position;
  }

  /** Whether the current tag's local name is `name`. */
  is(name: string): boolean {
    const length = this.nameEnd - this.localStart;
    return length === name.length && this.xml.startsWith(name, this.localStart);
  }

  /** Local name of the current tag (allocates; use `is` in hot loops). */
  localName(): string {
    return this.xml.slice(this.localStart, this.nameEnd);
  }

  /** Raw (undecoded) value of the attribute with this local name, or undefined. */
  attribute(name: string): string | undefined {
    const index = this.attributeIndex(name);
    if (index < 0) return undefined;
    return this.xml.slice(this.attributes[index * 4 + 2] ?? 0, this.attributes[index * 4 + 3] ?? 0);
  }

  /** Index of the attribute with this local name among the current tag's attributes, or -1. */
  attributeIndex(name: string): number {
    const attributes = this.attributes;
    for (let i = 0; i < this.attributeCount; i++) {
      const start = attributes[i * 4] ?? 0;
      const end = attributes[i * 4 + 1] ?? 0;
      if (end - start === name.length && this.xml.startsWith(name, start)) return i;
    }
    return -1;
  }

  /** The char code of attribute i's local name when that name is one letter (r, s, t), else -1. */
  oneLetterAttribute(i: number): number {
    const start = this.attributes[i * 4] ?? 0;
    return (this.attributes[i * 4 + 1] ?? 0) - start === 1 ? this.xml.charCodeAt(start) : -1;
  }

  /** Value range of attribute i: [valueStart(i), valueEnd(i)). */
  valueStart(i: number): number {
    return this.attributes[i * 4 + 2] ?? 0;
  }

  valueEnd(i: number): number {
    return this.attributes[i * 4 + 3] ?? 0;
  }

  /** The raw text between the previous tag and this one. */
  textBefore(): string {
    return this.xml.slice(this.textStart, this.tagStart);
  }

  /**
   * Skips everything up to and including the close tag of the element just opened (nested
   * elements included) and returns the position of that close tag's `<`.
   */
  skipElement(): number {
    if (this.kind !== OPEN) return this.tagStart;
    let depth = 1;
    for (;;) {
      const kind = this.next();
      if (kind === OPEN) depth++;
      else if (kind === CLOSE && --depth === 0) return this.tagStart;
      else if (kind === END) return this.tagStart;
    }
  }

  /** Reads a tag name starting at `start`; sets localStart/nameEnd and returns the position after it. */
  private readName(start: number): number {
    const xml = this.xml;
    const end = this.end;
    let local = start;
    let i = start;
    for (; i < end; i++) {
      const code = xml.charCodeAt(i);
      if (code === GT || code === SLASH || isSpace(code)) break;
      if (code === COLON) local = i + 1;
    }
    this.localStart = local;
    this.nameEnd = i;
    return i;
  }

  /** Reads attributes up to `>` or `/>`, recording their positions; quoted `>` does not end the tag. */
  private readAttributes(from: number): number {
    const xml = this.xml;
    const end = this.end;
    const attributes = this.attributes;
    let i = from;
    for (;;) {
      let code = xml.charCodeAt(i);
      while (isSpace(code)) code = xml.charCodeAt(++i);
      if (i >= end) throw new XmlSyntaxError("an XML tag is not closed");
      if (code === GT) {
        this.position = i + 1;
        return (this.kind = OPEN);
      }
      if (code === SLASH) {
        const gt = xml.charCodeAt(i + 1) === GT ? i + 1 : this.find(">", i);
        this.position = gt + 1;
        return (this.kind = EMPTY);
      }
      // Attribute name, local part only.
      let local = i;
      const nameStart = i;
      while (i < end) {
        code = xml.charCodeAt(i);
        if (code === EQUALS || code === GT || code === SLASH || isSpace(code)) break;
        if (code === COLON) local = i + 1;
        i++;
      }
      const nameEnd = i;
      if (nameEnd === nameStart) {
        i++; // a stray "=": step over it
        continue;
      }
      while (isSpace(xml.charCodeAt(i))) i++;
      let valueStart = i;
      let valueEnd = i;
      if (xml.charCodeAt(i) === EQUALS) {
        i++;
        while (isSpace(xml.charCodeAt(i))) i++;
        const quote = xml.charCodeAt(i);
        if (quote === QUOTE || quote === APOSTROPHE) {
          valueStart = i + 1;
          valueEnd = xml.indexOf(quote === QUOTE ? '"' : "'", valueStart);
          if (valueEnd < 0 || valueEnd >= end) throw new XmlSyntaxError("an XML attribute value is not closed");
          i = valueEnd + 1;
        } else {
          // Unquoted value: not XML, but take it up to the next space or tag end.
          valueStart = i;
          while (i < end && !isSpace(xml.charCodeAt(i)) && xml.charCodeAt(i) !== GT) i++;
          valueEnd = i;
        }
      }
      const slot = this.attributeCount * 4;
      attributes[slot] = local;
      attributes[slot + 1] = nameEnd;
      attributes[slot + 2] = valueStart;
      attributes[slot + 3] = valueEnd;
      this.attributeCount++;
    }
  }

  private skipMarkupDeclaration(lt: number): number {
    const xml = this.xml;
    if (xml.startsWith("<![CDATA[", lt)) {
      this.cdataStart = lt + 9;
      this.cdataEnd = this.find("]]>", this.cdataStart);
      this.position = this.cdataEnd + 3;
      return (this.kind = CDATA);
    }
    if (xml.startsWith("<!--", lt)) {
      this.position = this.find("-->", lt + 4) + 3;
      return (this.kind = SKIPPED);
    }
    this.position = this.find(">", lt) + 1; // DOCTYPE and friends
    return (this.kind = SKIPPED);
  }

  /** indexOf that treats running off the end as damage rather than looping forever. */
  private find(text: string, from: number): number {
    const at = this.xml.indexOf(text, from);
    if (at < 0 || at >= this.end) throw new XmlSyntaxError("an XML part ends in the middle of a tag");
    return at;
  }
}
