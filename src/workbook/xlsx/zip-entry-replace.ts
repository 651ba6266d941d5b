/**
 * Rewrites some entries of a ZIP package and carries every other entry over byte for byte: each
 * unchanged entry's local record (header, compressed data, data descriptor) is copied as stored,
 * never inflated or re-deflated, and entries keep their order. Only the replaced entries are
 * deflated anew; new entries (`additions`) go after the existing ones. This is what lets `fix` promise that charts, images, pivot caches and everything
 * else it does not edit come out exactly as they went in, and it is fast on large workbooks.
 */
import { deflateSync } from "fflate";
import { crc32 } from "./crc32";
import { readZipDirectory } from "./zip-directory";

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
// MS-DOS date 1980-01-01: (0 << 9) | (1 << 5) | 1.
const DOS_DATE_1980 = 0x0021;
const DATA_DESCRIPTOR_FLAG = 0x0008;
const DEFLATE = 8;

/** A local file header for a deflated entry whose sizes and CRC are known (no data descriptor follows). */
function localHeader(entry: {
  name: Uint8Array;
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
}): Uint8Array {
  const header = new Uint8Array(30 + entry.name.length);
  const out = new DataView(header.buffer);
  out.setUint32(0, LOCAL_SIGNATURE, true);
  out.setUint16(4, 20, true); // version needed: deflate
  out.setUint16(6, entry.flags, true);
  out.setUint16(8, DEFLATE, true);
  out.setUint16(10, entry.time, true);
  out.setUint16(12, entry.date, true);
  out.setUint32(14, entry.crc, true);
  out.setUint32(18, entry.compressedSize, true);
  out.setUint32(22, entry.size, true);
  out.setUint16(26, entry.name.length, true);
  out.setUint16(28, 0, true);
  header.set(entry.name, 30);
  return header;
}

/**
 * Replaces entries by their stored name, and adds `additions` at the end; every name in
 * `replacements` must exist in the package, and no name in `additions` may.
 */
export function replaceZipEntries(
  zip: Uint8Array,
  replacements: ReadonlyMap<string, Uint8Array>,
  additions: ReadonlyMap<string, Uint8Array> = new Map(),
): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const directory = readZipDirectory(zip);
  const { entries, endRecord: end } = directory;
  for (const name of replacements.keys()) {
    if (!entries.some((entry) => entry.name === name)) throw new Error(`The package has no entry ${name} to replace.`);
  }
  for (const name of additions.keys()) {
    if (entries.some((entry) => entry.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`The package already has an entry ${name}.`);
    if (!/^[\x20-\x7e]+$/.test(name)) throw new Error(`Entry names added are ASCII: ${name}`);
  }

  const chunks: Uint8Array[] = [];
  let written = 0;
  const push = (chunk: Uint8Array): void => {
    chunks.push(chunk);
    written += chunk.length;
  };
  const newOffsets: number[] = [];
  const rewritten = new Map<number, { crc: number; compressedSize: number; size: number; flags: number }>();
  entries.forEach((entry, index) => {
    newOffsets.push(written);
    const content = replacements.get(entry.name);
    if (content === undefined) {
      push(zip.subarray(entry.localOffset, entry.localEnd));
      return;
    }
    const compressed = deflateSync(content, { level: 6 });
    const nameBytes = zip.subarray(
      entry.recordStart + 46,
      entry.recordStart + 46 + view.getUint16(entry.recordStart + 28, true),
    );
    const flags = view.getUint16(entry.recordStart + 8, true) & ~DATA_DESCRIPTOR_FLAG;
    const crc = crc32(content);
    // Modification time and date as stored.
    push(
      localHeader({
        name: nameBytes,
        flags,
        time: view.getUint16(entry.recordStart + 12, true),
        date: view.getUint16(entry.recordStart + 14, true),
        crc,
        compressedSize: compressed.length,
        size: content.length,
      }),
    );
    push(compressed);
    rewritten.set(index, { crc, compressedSize: compressed.length, size: content.length, flags });
  });

  // New entries: a local header with sizes and CRC (no data descriptor), dated 1980-01-01 00:00.
  const added: Array<{ name: Uint8Array; crc: number; compressedSize: number; size: number; offset: number }> = [];
  for (const [name, content] of additions) {
    const nameBytes = new TextEncoder().encode(name);
    const compressed = deflateSync(content, { level: 6 });
    const crc = crc32(content);
    added.push({ name: nameBytes, crc, compressedSize: compressed.length, size: content.length, offset: written });
    push(
      localHeader({
        name: nameBytes,
        flags: 0,
        time: 0,
        date: DOS_DATE_1980,
        crc,
        compressedSize: compressed.length,
        size: content.length,
      }),
    );
    push(compressed);
  }

  const directoryStart = written;
  entries.forEach((entry, index) => {
    const changed = rewritten.get(index);
    const offset = newOffsets[index] ?? 0;
    if (changed !== undefined) {
      // A rewritten entry gets a plain record (its sizes fit in 32 bits), without any ZIP64 field.
      const nameLength = view.getUint16(entry.recordStart + 28, true);
      const record = copyOf(zip, entry.recordStart, entry.recordStart + 46 + nameLength);
      const out = new DataView(record.buffer);
      out.setUint16(6, 20, true);
      out.setUint16(8, changed.flags, true);
      out.setUint16(10, DEFLATE, true);
      out.setUint32(16, changed.crc, true);
      out.setUint32(20, changed.compressedSize, true);
      out.setUint32(24, changed.size, true);
      out.setUint16(30, 0, true);
      out.setUint16(32, 0, true);
      out.setUint32(42, offset, true);
      push(record);
      return;
    }
    const record = copyOf(zip, entry.recordStart, entry.recordStart + entry.recordLength);
    const out = new DataView(record.buffer);
    // An offset kept in the ZIP64 field is moved there; the 32-bit one then stays 0xFFFFFFFF.
    if (entry.zip64OffsetAt !== undefined)
      out.setBigUint64(entry.zip64OffsetAt - entry.recordStart, BigInt(offset), true);
    else out.setUint32(42, offset, true);
    push(record);
  });
  for (const entry of added) {
    const record = new Uint8Array(46 + entry.name.length);
    const out = new DataView(record.buffer);
    out.setUint32(0, CENTRAL_SIGNATURE, true);
    out.setUint16(4, 20, true); // made by: MS-DOS, ZIP 2.0
    out.setUint16(6, 20, true);
    out.setUint16(8, 0, true);
    out.setUint16(10, DEFLATE, true);
    out.setUint16(12, 0, true);
    out.setUint16(14, DOS_DATE_1980, true);
    out.setUint32(16, entry.crc, true);
    out.setUint32(20, entry.compressedSize, true);
    out.setUint32(24, entry.size, true);
    out.setUint16(28, entry.name.length, true);
    out.setUint32(42, entry.offset, true);
    record.set(entry.name, 46);
    push(record);
  }
  const total = entries.length + added.length;
  const directoryLength = written - directoryStart;
  // Over 65,535 entries (or from a ZIP64 input): the counts and offsets go in ZIP64 end records.
  if (directory.zip64 || total >= 0xffff) push(zip64EndRecords(total, directoryLength, directoryStart, written));
  const endRecord = copyOf(zip, end, end + 22 + view.getUint16(end + 20, true));
  const endView = new DataView(endRecord.buffer);
  const wide = directory.zip64 || total >= 0xffff;
  endView.setUint16(8, wide ? 0xffff : total, true);
  endView.setUint16(10, wide ? 0xffff : total, true);
  endView.setUint32(12, wide ? 0xffffffff : directoryLength, true);
  endView.setUint32(16, wide ? 0xffffffff : directoryStart, true);
  push(endRecord);

  const result = new Uint8Array(written);
  let at = 0;
  for (const chunk of chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
}

/** A fresh copy of zip[start, end): Node's Buffer.slice shares memory, and these records get patched. */
function copyOf(zip: Uint8Array, start: number, end: number): Uint8Array {
  return new Uint8Array(zip.subarray(start, end));
}

/** The ZIP64 end-of-central-directory record and its locator, for a directory of `count` entries at `offset`. */
function zip64EndRecords(count: number, length: number, offset: number, at: number): Uint8Array {
  const bytes = new Uint8Array(56 + 20);
  const out = new DataView(bytes.buffer);
  out.setUint32(0, 0x06064b50, true);
  out.setBigUint64(4, 44n, true); // size of the rest of this record
  out.setUint16(12, 45, true); // made by: ZIP 4.5
  out.setUint16(14, 45, true); // needed: ZIP 4.5 (ZIP64)
  out.setBigUint64(24, BigInt(count), true);
  out.setBigUint64(32, BigInt(count), true);
  out.setBigUint64(40, BigInt(length), true);
  out.setBigUint64(48, BigInt(offset), true);
  out.setUint32(56, 0x07064b50, true);
  out.setBigUint64(64, BigInt(at), true);
  out.setUint32(72, 1, true); // one disk
  return bytes;
}
