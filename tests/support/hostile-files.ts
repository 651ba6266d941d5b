/**
 * Hostile .xlsx files for the attack suite (tests/attack) and `npm run bench -- attack`: every one
 * is built here, byte by byte where it must be, so nothing hostile is committed. A small ZIP writer
 * lets a part carry compressed data made by hand (a bomb of repeated DEFLATE blocks), a size that
 * lies, a wrong CRC, a duplicate name, or ZIP64 records.
 */
import { strToU8, unzipSync } from "fflate";
import { randomBytes } from "node:crypto";
import { constants, deflateRawSync } from "node:zlib";
import { buildXlsx, worksheetXml } from "./xlsx-package-builder";

export interface RawEntry {
  name: string;
  /** Raw DEFLATE data (method 8). */
  compressed: Uint8Array;
  crc: number;
  /** The size the directory declares (a lie when it is not what `compressed` unpacks to). */
  size: number;
  /** 8 deflated (default) or 0 stored, when `compressed` is the content itself. */
  method?: 0 | 8;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 continued over `bytes` from `crc` (0 to start), so a long repeated content needs no buffer. */
export function crcContinue(crc: number, bytes: Uint8Array): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

export function entryOf(name: string, content: Uint8Array | string): RawEntry {
  const bytes = typeof content === "string" ? strToU8(content) : content;
  return { name, compressed: deflateRawSync(bytes), crc: crcContinue(0, bytes), size: bytes.length };
}

/**
 * A DEFLATE stream that unpacks to `head`, then `body` `times` over, then `tail`, built from
 * full-flush blocks (each starts afresh, so one compressed block can be repeated): a few MB that
 * unpack to gigabytes, without ever holding them.
 */
export function repeatedDeflate(
  head: string,
  body: string,
  times: number,
  tail: string,
  options: { crc?: boolean } = {},
): { compressed: Uint8Array; size: number; crc: number } {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const [h, b, t] = [Buffer.from(head), Buffer.from(body), Buffer.from(tail)];
  const block = deflateRawSync(b, flush);
  const parts: Uint8Array[] = [deflateRawSync(h, flush)];
  let crc = crcContinue(0, h);
  // The CRC of the body repeated: computed once per repeat (seconds for 480 MB, only in the bench).
  for (let i = 0; i < times; i++) {
    parts.push(block);
    if (options.crc !== false) crc = crcContinue(crc, b);
  }
  parts.push(deflateRawSync(t));
  crc = crcContinue(crc, t);
  return { compressed: Buffer.concat(parts), size: h.length + b.length * times + t.length, crc };
}

/** A ZIP of the entries in order; `zip64` writes every size and offset in ZIP64 fields, as a 4 GB archive would. */
export function writeZip(entries: readonly RawEntry[], options: { zip64?: boolean } = {}): Uint8Array {
  const chunks: Buffer[] = [];
  let at = 0;
  const push = (b: Buffer) => {
    chunks.push(b);
    at += b.length;
  };
  const central: Buffer[] = [];
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const offset = at;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(options.zip64 === true ? 45 : 20, 4);
    local.writeUInt16LE(entry.method ?? 8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(Math.min(entry.compressed.length, 0xffffffff), 18);
    local.writeUInt32LE(Math.min(entry.size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    push(Buffer.concat([local, name]));
    push(Buffer.from(entry.compressed));
    const extra = Buffer.alloc(options.zip64 === true ? 28 : 0);
    if (options.zip64 === true) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(entry.size), 4);
      extra.writeBigUInt64LE(BigInt(entry.compressed.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(45, 4);
    record.writeUInt16LE(options.zip64 === true ? 45 : 20, 6);
    record.writeUInt16LE(entry.method ?? 8, 10);
    record.writeUInt16LE(0x21, 14);
    record.writeUInt32LE(entry.crc, 16);
    record.writeUInt32LE(options.zip64 === true ? 0xffffffff : entry.compressed.length, 20);
    record.writeUInt32LE(options.zip64 === true ? 0xffffffff : entry.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt16LE(extra.length, 30);
    record.writeUInt32LE(options.zip64 === true ? 0xffffffff : offset, 42);
    central.push(Buffer.concat([record, name, extra]));
  }
  const directoryStart = at;
  for (const record of central) push(record);
  const directoryLength = at - directoryStart;
  const wide = options.zip64 === true || entries.length >= 0xffff;
  if (wide) {
    const end64 = Buffer.alloc(56 + 20);
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeUInt16LE(45, 12);
    end64.writeUInt16LE(45, 14);
    end64.writeBigUInt64LE(BigInt(entries.length), 24);
    end64.writeBigUInt64LE(BigInt(entries.length), 32);
    end64.writeBigUInt64LE(BigInt(directoryLength), 40);
    end64.writeBigUInt64LE(BigInt(directoryStart), 48);
    end64.writeUInt32LE(0x07064b50, 56);
    end64.writeBigUInt64LE(BigInt(at), 64);
    end64.writeUInt32LE(1, 72);
    push(end64);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(wide ? 0xffff : entries.length, 8);
  end.writeUInt16LE(wide ? 0xffff : entries.length, 10);
  end.writeUInt32LE(wide ? 0xffffffff : directoryLength, 12);
  end.writeUInt32LE(wide ? 0xffffffff : directoryStart, 16);
  push(end);
  return Buffer.concat(chunks);
}

const HEADERS = ["Use Case", "Activity", "Capability ID", "Capability", "Information Object", "Information Category"];

/** The sheet XML of a small Data Categorisation tab with the given cells in row 2 and any extra rows. */
export function categorisationSheetXml(row2: readonly string[], extraRows = ""): string {
  const cell = (ref: string, text: string) =>
    `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${text.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</t></is></c>`;
  const letters = "ABCDEF";
  return worksheetXml(
    `<row r="1">${HEADERS.map((h, i) => cell(`${letters[i]}1`, h)).join("")}</row><row r="2">${row2.map((t, i) => cell(`${letters[i]}2`, t)).join("")}</row>${extraRows}`,
  );
}

/** The parts of a one-tab workbook ("Data Categorisation"), as raw entries to tamper with; the sheet is xl/worksheets/sheet1.xml. */
export function workbookEntries(
  sheetXml: string = categorisationSheetXml(["A use case", "An activity", "1.1.1"]),
): RawEntry[] {
  const parts = unzipSync(buildXlsx({ sheets: [{ name: "Data Categorisation", xml: sheetXml }] }));
  return Object.entries(parts).map(([name, bytes]) => entryOf(name, bytes));
}

/** Replaces the entry named `name` (the sheet by default). */
export function withEntry(entries: readonly RawEntry[], replacement: RawEntry): RawEntry[] {
  return entries.map((entry) => (entry.name === replacement.name ? replacement : entry));
}

export const SHEET_PART = "xl/worksheets/sheet1.xml";

/** A sheet with one cell in column XFD on each of `rows` rows: 16,384 columns wide, almost empty. */
export function sparseXfdBook(rows: number): Uint8Array {
  const head = worksheetXml("").split("<sheetData>")[0] + "<sheetData>";
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="XFD${r}" t="inlineStr"><is><t>x</t></is></c></row>`);
  const xml = `${head}${parts.join("")}</sheetData></worksheet>`;
  return writeZip(withEntry(workbookEntries(), entryOf(SHEET_PART, xml)));
}

/** A bomb: tiny rows repeated `times` times (49 bytes each); `lie` makes the directory declare 1,000 bytes. */
export function rowBomb(times: number, options: { lie?: boolean } = {}): Uint8Array {
  const head = worksheetXml("").split("<sheetData>")[0] + "<sheetData>";
  const body = '<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(20_000);
  // A lying bomb's CRC is beside the point (its size gives it away first): not computed over gigabytes.
  const bomb = repeatedDeflate(head, body, Math.ceil(times / 20_000), "</sheetData></worksheet>", {
    crc: options.lie !== true,
  });
  const size = options.lie === true ? 1000 : bomb.size;
  return writeZip(withEntry(workbookEntries(), { name: SHEET_PART, compressed: bomb.compressed, crc: bomb.crc, size }));
}

/** A readable workbook with `extra` more tiny parts (over 65,535 makes it ZIP64). */
export function manyPartsBook(extra: number, options: { zip64?: boolean } = {}): Uint8Array {
  const tiny = entryOf("x", "<a/>");
  const more: RawEntry[] = [];
  for (let i = 0; i < extra; i++) more.push({ ...tiny, name: `customXml/item${i}.xml` });
  return writeZip([...workbookEntries(), ...more], options);
}

/** A readable workbook (the sample's parts) carrying a stored part of `megabytes` random bytes: slow to write, quick to plan. */
export function heavyBook(sample: Uint8Array, megabytes: number): Uint8Array {
  const parts = Object.entries(unzipSync(sample)).map(([name, bytes]) => entryOf(name, bytes));
  const noise = randomBytes(megabytes * 1024 * 1024);
  return writeZip([
    ...parts,
    { name: "customXml/noise.bin", compressed: noise, crc: crcContinue(0, noise), size: noise.length, method: 0 },
  ]);
}
