/**
 * Leaves the empty formatted cells out of a worksheet part while it is unpacked, so a sheet whose
 * formatting reaches column XFD costs what its values cost. LibreOffice writes one
 * `<c r="XFD12" s="3"/>` per formatted cell: 4,000 formatted rows make 1.4 GB of XML for a few
 * hundred cells of content, more than a JavaScript string can hold.
 *
 * Works on the UTF-8 bytes, chunk by chunk as they are inflated ("<", ">" and "/" never occur inside
 * a multi-byte character). A self-closing `<c .../>` holds no value, so dropping it changes nothing
 * the sheet reader sees, with two exceptions kept in: cells of a row not yet numbered (a row without
 * `r` takes its number from its cells' references) and the dropped cell just before a cell without a
 * column in its reference (which takes the column after it). CDATA sections are passed through untouched; only cells inside `<sheetData>`
 * are dropped.
 */

const LT = 0x3c; // <
const GT = 0x3e; // >
const SLASH = 0x2f;
const COLON = 0x3a;
const BANG = 0x21;
const EQUALS = 0x3d;

const CDATA_OPEN = [0x3c, 0x21, 0x5b, 0x43, 0x44, 0x41, 0x54, 0x41, 0x5b]; // <![CDATA[
const SHEET_DATA = "sheetData";

const KEEP = 0;
const DROP = 1;
/** Put the last dropped cell back before this tag. */
const PUT_BACK = 2;
type Action = typeof KEEP | typeof DROP | typeof PUT_BACK;

/** A tag longer than this is no cell of ours: it is passed through instead of waited for, so a hostile part cannot make each chunk rescan it. */
const LONGEST_TAG = 1 << 20;

export class EmptyCellFilter {
  /** Bytes of the last chunk from the last "<" whose tag had not ended yet. */
  private carry: Uint8Array = new Uint8Array(0);
  private inSheetData = false;
  private inCdata = false;
  /** Inside a cell's start and end tags: an empty cell there (damaged XML) would take its value, so it stays. */
  private inCell = false;
  /** Whether the open row's number is known, from its `r` or a kept cell's reference. */
  private rowNumbered = false;
  /**
   * The last empty cell dropped in this row, put back if a cell without `r` follows: where it is in
   * the chunk being read, or a copy of it once that chunk is done (one copy per chunk, not per cell).
   */
  private droppedStart = -1;
  private droppedEnd = -1;
  private dropped: Uint8Array | undefined;

  /** `keep` receives, in order, the bytes that stay. */
  constructor(private readonly keep: (bytes: Uint8Array) => void) {}

  push(chunk: Uint8Array): void {
    const buf = this.carry.length === 0 ? chunk : concat(this.carry, chunk);
    this.carry = new Uint8Array(0);
    let keepFrom = 0;
    let at = 0;
    const length = buf.length;
    while (at < length) {
      if (this.inCdata) {
        const end = indexOfCdataEnd(buf, at);
        if (end < 0) {
          at = Math.max(at, length - 2); // "]]>" may be split by the chunk's end
          break;
        }
        this.inCdata = false;
        at = end + 3;
        continue;
      }
      const open = indexOfByte(buf, LT, at);
      if (open < 0) {
        at = length;
        break;
      }
      if (startsWith(buf, open, CDATA_OPEN)) {
        this.inCdata = true;
        at = open + CDATA_OPEN.length;
        continue;
      }
      if (open + CDATA_OPEN.length > length && buf[open + 1] === BANG) {
        at = open; // maybe the start of "<![CDATA[" cut by the chunk's end
        break;
      }
      const close = indexOfByte(buf, GT, open + 1);
      if (close < 0) {
        at = length - open > LONGEST_TAG ? open + 1 : open;
        if (at === open) break;
        continue;
      }
      const action = this.actionFor(buf, open, close);
      if (action === DROP) {
        if (open > keepFrom) this.keep(buf.subarray(keepFrom, open));
        this.droppedStart = open;
        this.droppedEnd = close + 1;
        this.dropped = undefined;
        keepFrom = close + 1;
      } else if (action === PUT_BACK) {
        if (open > keepFrom) this.keep(buf.subarray(keepFrom, open));
        const dropped = this.droppedStart >= 0 ? buf.subarray(this.droppedStart, this.droppedEnd) : this.dropped;
        if (dropped !== undefined) this.keep(dropped);
        this.forgetDropped();
        keepFrom = open;
      }
      at = close + 1;
    }
    if (at > keepFrom) this.keep(buf.subarray(keepFrom, at));
    if (at < length) this.carry = buf.slice(at);
    if (this.droppedStart >= 0) {
      this.dropped = buf.slice(this.droppedStart, this.droppedEnd);
      this.droppedStart = this.droppedEnd = -1;
    }
  }

  /** Passes on what is left (a tag never closed: the sheet reader reports the damage). */
  finish(): void {
    if (this.carry.length > 0) this.keep(this.carry);
    this.carry = new Uint8Array(0);
  }

  private forgetDropped(): void {
    this.droppedStart = this.droppedEnd = -1;
    this.dropped = undefined;
  }

  /** What to do with the tag buf[open..close]; tracks rows and sheetData on the way. */
  private actionFor(buf: Uint8Array, open: number, close: number): Action {
    const isEnd = buf[open + 1] === SLASH;
    const nameStart = localNameStart(buf, open + (isEnd ? 2 : 1), close);
    const nameEnd = nameEndOf(buf, nameStart, close);
    const nameLength = nameEnd - nameStart;
    if (nameLength === SHEET_DATA.length && matches(buf, nameStart, SHEET_DATA)) {
      this.inSheetData = !isEnd && buf[close - 1] !== SLASH;
      return KEEP;
    }
    if (!this.inSheetData) return KEEP;
    if (isEnd) {
      if ((nameLength === 1 && buf[nameStart] === 0x63) || (nameLength === 3 && matches(buf, nameStart, "row")))
        this.inCell = false;
      return KEEP;
    }
    if (nameLength === 3 && matches(buf, nameStart, "row")) {
      this.rowNumbered = rowOf(buf, attributeR(buf, nameEnd, close), 0) > 0;
      this.forgetDropped();
      return KEEP;
    }
    if (nameLength !== 1 || buf[nameStart] !== 0x63 /* c */) return KEEP;
    // As the sheet reader reads a reference: its letters give the column, the digits after them the row.
    const reference = attributeR(buf, nameEnd, close);
    let letters = reference;
    while (letters >= 0 && isLetter(buf[letters])) letters++;
    const hasColumn = letters > reference;
    const empty = buf[close - 1] === SLASH;
    if (empty && hasColumn && this.rowNumbered && !this.inCell) return DROP;
    if (!empty) this.inCell = true;
    if (rowOf(buf, reference, letters - reference) > 0) this.rowNumbered = true;
    if (!hasColumn && (this.droppedStart >= 0 || this.dropped !== undefined)) return PUT_BACK;
    this.forgetDropped();
    return KEEP;
  }
}

/** A plain loop: the gaps between tags are a few bytes, where a native indexOf call costs more than it saves. */
function indexOfByte(buf: Uint8Array, byte: number, from: number): number {
  for (let i = from; i < buf.length; i++) if (buf[i] === byte) return i;
  return -1;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

function startsWith(buf: Uint8Array, at: number, bytes: readonly number[]): boolean {
  if (at + bytes.length > buf.length) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[at + i] !== bytes[i]) return false;
  return true;
}

function matches(buf: Uint8Array, at: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) if (buf[at + i] !== name.charCodeAt(i)) return false;
  return true;
}

function indexOfCdataEnd(buf: Uint8Array, from: number): number {
  for (let i = buf.indexOf(0x5d, from); i >= 0 && i + 2 < buf.length; i = buf.indexOf(0x5d, i + 1)) {
    if (buf[i + 1] === 0x5d && buf[i + 2] === GT) return i;
  }
  return -1;
}

function isNameByte(byte: number | undefined): boolean {
  return byte !== undefined && byte > 0x20 && byte !== SLASH && byte !== GT && byte !== EQUALS;
}

/** Where a tag's local name starts: after any "prefix:". */
function localNameStart(buf: Uint8Array, start: number, close: number): number {
  for (let i = start; i < close && isNameByte(buf[i]); i++) if (buf[i] === COLON) return i + 1;
  return start;
}

function nameEndOf(buf: Uint8Array, start: number, close: number): number {
  let i = start;
  while (i < close && isNameByte(buf[i])) i++;
  return i;
}

/** Where the value of the unprefixed `r` attribute in buf[from, close) starts; -1 when there is none. */
function attributeR(buf: Uint8Array, from: number, close: number): number {
  for (let i = from; i < close; i++) {
    if (buf[i] !== 0x72 /* r */ || (buf[i - 1] ?? 0) > 0x20) continue;
    let j = i + 1;
    while (j < close && (buf[j] ?? 0) <= 0x20) j++;
    if (buf[j] !== EQUALS) continue;
    j++;
    while (j < close && (buf[j] ?? 0) <= 0x20) j++;
    return buf[j] === 0x22 || buf[j] === 0x27 ? j + 1 : -1;
  }
  return -1;
}

function isLetter(byte: number | undefined): boolean {
  const lower = (byte ?? 0) | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** The number written by the digits at buf[start + skip] up to the closing quote; 0 when there is none or they are not all digits. */
function rowOf(buf: Uint8Array, start: number, skip: number): number {
  if (start < 0) return 0;
  let value = 0;
  for (let i = start + skip; i < buf.length; i++) {
    const byte = buf[i] ?? 0;
    if (byte === 0x22 || byte === 0x27) return value;
    const digit = byte - 0x30;
    if (digit < 0 || digit > 9) return 0;
    value = value * 10 + digit;
  }
  return 0;
}
