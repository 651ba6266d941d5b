/**
 * Rewrites some entries of a ZIP package and carries every other entry over byte for byte: each
 * unchanged entry's local record (header, compressed data, data descriptor) is copied as stored,
 * never inflated or re-deflated, and entries keep their order. Only the replaced entries are
 * deflated anew; new entries (`additions`) go after the existing ones. This is what lets `fix` promise that charts, images, pivot caches and everything
 * else it does not edit come out exactly as they went in, and it is fast on large workbooks.
 */
import { deflateSync, unzipSync, zipSync, type Zippable } from "fflate";
import { crc32 } from "./crc32";
import { readZipDirectory } from "./zip-directory";

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
// MS-DOS date 1980-01-01: (0 << 9) | (1 << 5) | 1.
const DOS_DATE_1980 = 0x0021;
const DATA_DESCRIPTOR_FLAG = 0x0008;
const DEFLATE = 8;

/** A local file header for a deflated entry whose sizes and CRC are known (no data descriptor follows). */
function localHeader(entry: { name: Uint8Array; flags: number; time: number; date: number; crc: number; compressedSize: number; size: number }): Uint8Array {
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
export function replaceZipEntries(zip: Uint8Array, replacements: ReadonlyMap<string, Uint8Array>, additions: ReadonlyMap<string, Uint8Array> = new Map()): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const directory = readZipDirectory(zip);
  // ZIP64 archives (over 65,535 entries or 4 GB) are not what spreadsheet apps write; rebuild them the slow way.
  if (directory === undefined) return rebuildWithFflate(zip, replacements, additions);
  const { entries, endRecord: end } = directory;
  for (const name of replacements.keys()) {
    if (!entries.some((entry) => entry.name === name)) throw new Error(`The package has no entry ${name} to replace.`);
  }
  for (const name of additions.keys()) {
    if (entries.some((entry) => entry.name.toLowerCase() === name.toLowerCase())) throw new Error(`The package already has an entry ${name}.`);
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
    const nameBytes = zip.subarray(entry.recordStart + 46, entry.recordStart + 46 + view.getUint16(entry.recordStart + 28, true));
    const flags = view.getUint16(entry.recordStart + 8, true) & ~DATA_DESCRIPTOR_FLAG;
    const crc = crc32(content);
    // Modification time and date as stored.
    push(localHeader({ name: nameBytes, flags, time: view.getUint16(entry.recordStart + 12, true), date: view.getUint16(entry.recordStart + 14, true), crc, compressedSize: compressed.length, size: content.length }));
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
    push(localHeader({ name: nameBytes, flags: 0, time: 0, date: DOS_DATE_1980, crc, compressedSize: compressed.length, size: content.length }));
    push(compressed);
  }

  const directoryStart = written;
  entries.forEach((entry, index) => {
    const record = copyOf(zip, entry.recordStart, entry.recordStart + entry.recordLength);
    const out = new DataView(record.buffer);
    out.setUint32(42, newOffsets[index] ?? 0, true);
    const changed = rewritten.get(index);
    if (changed !== undefined) {
      out.setUint16(6, 20, true);
      out.setUint16(8, changed.flags, true);
      out.setUint16(10, DEFLATE, true);
      out.setUint32(16, changed.crc, true);
      out.setUint32(20, changed.compressedSize, true);
      out.setUint32(24, changed.size, true);
    }
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
  const endRecord = copyOf(zip, end, end + 22 + view.getUint16(end + 20, true));
  const endView = new DataView(endRecord.buffer);
  endView.setUint16(8, entries.length + added.length, true);
  endView.setUint16(10, entries.length + added.length, true);
  endView.setUint32(12, written - directoryStart, true);
  endView.setUint32(16, directoryStart, true);
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

/** The slow path: inflate everything and zip it again (contents still identical, compression not). */
function rebuildWithFflate(zip: Uint8Array, replacements: ReadonlyMap<string, Uint8Array>, additions: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const files = unzipSync(zip);
  const parts: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) parts[name] = replacements.get(name) ?? bytes;
  for (const [name, bytes] of additions) parts[name] = bytes;
  return zipSync(parts);
}
