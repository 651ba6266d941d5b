/**
 * The ZIP central directory of an .xlsx package: where each part's record and compressed data
 * are, how it is compressed and how big it unpacks. Reading parts (ZipPackage) and rewriting a few
 * of them while copying the rest byte for byte (replaceZipEntries) both stand on this one reading.
 */
import { damaged } from "./workbook-read-error";

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const END_SIGNATURE = 0x06054b50;

export interface ZipEntry {
  /** The part name as stored. */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** The entry's central-directory record: where it starts and its length. */
  recordStart: number;
  recordLength: number;
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
}

/**
 * Reads the directory, or returns undefined for a ZIP64 archive (over 65,535 entries or 4 GB),
 * which spreadsheet applications don't write and callers handle the slow way. Throws a "corrupt"
 * WorkbookReadError when the structure is broken.
 */
export function readZipDirectory(zip: Uint8Array): ZipDirectory | undefined {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const endRecord = findEndRecord(zip, view);
  const count = view.getUint16(endRecord + 10, true);
  const directoryOffset = view.getUint32(endRecord + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) return undefined;
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw damaged("its ZIP directory is broken");
    const nameLength = view.getUint16(at + 28, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff) return undefined;
    entries.push({
      // Names in xlsx packages are ASCII; UTF-8 covers the flagged case too.
      name: decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize,
      size,
      recordStart: at,
      recordLength: 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true),
      localOffset: view.getUint32(at + 42, true),
      localEnd: 0,
      dataStart: 0,
    });
    at += entries[entries.length - 1]?.recordLength ?? 0;
  }
  const byOffset = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  byOffset.forEach((entry, i) => {
    entry.localEnd = byOffset[i + 1]?.localOffset ?? directoryOffset;
    if (entry.localOffset + 30 > entry.localEnd || view.getUint32(entry.localOffset, true) !== LOCAL_SIGNATURE) {
      throw damaged(`the ZIP entry ${entry.name} is broken`);
    }
    // The local header's name and extra field may differ in length from the central record's.
    entry.dataStart = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
    if (entry.dataStart + entry.compressedSize > entry.localEnd) throw damaged(`the ZIP entry ${entry.name} is cut short`);
  });
  return { entries, endRecord, directoryOffset };
}

function findEndRecord(zip: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  }
  throw damaged("its ZIP structure is broken; the file may be incomplete (cut short while copying or downloading)");
}
