/**
 * The ZIP central directory of an .xlsx package: where each part's record and compressed data
 * are, how it is compressed, how big it unpacks and its CRC. Reading parts (ZipPackage) and
 * rewriting a few of them while copying the rest byte for byte (replaceZipEntries) both stand on
 * this one reading, which is made once, in one pass, for ZIP and ZIP64 archives alike.
 *
 * A directory that could not be what Excel wrote is damaged: entries overlapping or running past
 * the directory, and two entries with one name (also differing only in case, since OPC part names
 * are case-insensitive and each reader would pick a different one). Entries locked with a ZIP
 * password are said to be so, not unpacked into noise and called damaged.
 */
import { damaged, WorkbookReadError } from "./workbook-read-error";

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
const MAX32 = 0xffffffff;

export interface ZipEntry {
  /** The part name as stored. */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** CRC-32 of the unpacked bytes, as the directory records it. */
  crc: number;
  compressedSize: number;
  size: number;
  /** The entry's central-directory record: where it starts and its length. */
  recordStart: number;
  recordLength: number;
  /** Where the ZIP64 extra field's local-header offset is in the central record, when it is there. */
  zip64OffsetAt?: number;
  /** The entry's local record: header, compressed data and any data descriptor, up to localEnd. */
  localOffset: number;
  localEnd: number;
  /** Where the compressed data starts (after the local header's own name and extra field). */
  dataStart: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  /** Where the end-of-central-directory record starts, and where the directory itself starts. */
  endRecord: number;
  directoryOffset: number;
  /** Where the directory ends: the ZIP64 end record when there is one, else the end record. */
  directoryEnd: number;
  zip64: boolean;
}

function lockedWithZipPassword(): WorkbookReadError {
  return new WorkbookReadError(
    "encrypted",
    "This file's parts are locked with a ZIP password, which Excel never sets: unzip it with its password and zip the parts again, or open it in Excel and save it as .xlsx.",
  );
}

/** Normalised part name: lower case, forward slashes, no leading slash (OPC names are case-insensitive). */
export function normalisePartName(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

/** Reads the directory. Throws a "corrupt" WorkbookReadError when the structure is broken. */
export function readZipDirectory(zip: Uint8Array): ZipDirectory {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const endRecord = findEndRecord(zip, view);
  let count = view.getUint16(endRecord + 10, true);
  let directoryOffset = view.getUint32(endRecord + 16, true);
  let directoryEnd = endRecord;
  let zip64 = false;
  const locator = endRecord - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE) {
    const at = big(view, locator + 8);
    if (at + 56 > zip.length || view.getUint32(at, true) !== ZIP64_END_SIGNATURE)
      throw damaged("its ZIP64 directory is broken");
    count = big(view, at + 32);
    directoryOffset = big(view, at + 48);
    directoryEnd = at;
    zip64 = true;
  }
  // Each record takes at least 46 bytes: a count the file cannot hold is a lie, not a reason to loop.
  if (directoryOffset > directoryEnd || count > (directoryEnd - directoryOffset) / 46)
    throw damaged("its ZIP directory is broken");
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directoryEnd || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw damaged("its ZIP directory is broken");
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const recordLength = 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    if (at + recordLength > directoryEnd) throw damaged("its ZIP directory is broken");
    // Names in xlsx packages are ASCII; UTF-8 covers the flagged case too.
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    // Bit 0 of the general purpose flags: the entry is encrypted (zip -P); its data would only unpack to noise.
    if ((view.getUint16(at + 8, true) & 1) !== 0) throw lockedWithZipPassword();
    const key = normalisePartName(name);
    if (names.has(key)) throw damaged(`two of its ZIP entries are named "${name}"`);
    names.add(key);
    const entry: ZipEntry = {
      name,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      recordStart: at,
      recordLength,
      localOffset: view.getUint32(at + 42, true),
      localEnd: 0,
      dataStart: 0,
    };
    readZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += recordLength;
  }
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  byOffset.forEach((entry, i) => {
    entry.localEnd = byOffset[i + 1]?.localOffset ?? directoryOffset;
    if (entry.localOffset + 30 > entry.localEnd || view.getUint32(entry.localOffset, true) !== LOCAL_SIGNATURE) {
      throw damaged(`the ZIP entry ${entry.name} is broken`);
    }
    // The local header's name and extra field may differ in length from the central record's.
    entry.dataStart =
      entry.localOffset +
      30 +
      view.getUint16(entry.localOffset + 26, true) +
      view.getUint16(entry.localOffset + 28, true);
    if (entry.dataStart + entry.compressedSize > entry.localEnd)
      throw damaged(`the ZIP entry ${entry.name} is cut short`);
  });
  return { entries, endRecord, directoryOffset, directoryEnd, zip64 };
}

/** The ZIP64 extra field holds, in this order, whichever of the sizes and the offset do not fit in 32 bits. */
function readZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  if (entry.size !== MAX32 && entry.compressedSize !== MAX32 && entry.localOffset !== MAX32) return;
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const end = field + size;
      const next = (): number => {
        if (field + 8 > end) throw damaged(`the ZIP64 record of ${entry.name} is broken`);
        const value = big(view, field);
        field += 8;
        return value;
      };
      if (entry.size === MAX32) entry.size = next();
      if (entry.compressedSize === MAX32) entry.compressedSize = next();
      if (entry.localOffset === MAX32) {
        entry.zip64OffsetAt = field;
        entry.localOffset = next();
      }
      return;
    }
    at += 4 + size;
  }
  throw damaged(`the ZIP entry ${entry.name} lacks its ZIP64 sizes`);
}

/** An 8-byte little-endian number; past 2^53 it could not be a position in a file held in memory. */
function big(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) throw damaged("its ZIP directory is broken");
  const value = view.getBigUint64(at, true);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function findEndRecord(zip: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  }
  throw damaged("its ZIP structure is broken; the file may be incomplete (cut short while copying or downloading)");
}
