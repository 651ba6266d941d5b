/**
 * The .xlsx ZIP container. Only the central directory is read up front; each part is inflated when
 * it is first asked for, so reading one sheet never decompresses the others.
 */
import { inflateSync, unzipSync } from "fflate";
import { damaged, WorkbookReadError } from "./workbook-read-error";
import { readZipDirectory, type ZipEntry } from "./zip-directory";

/** The longest string a JavaScript engine (V8) can hold; a bigger XML part could never be decoded. */
const LARGEST_READABLE_PART = 0x1fffffe8;

/**
 * Inflates raw DEFLATE data to `size` bytes. fflate's does it everywhere; the command line passes
 * Node's zlib, which is native and about three times as fast on a large sheet.
 */
export type InflateRaw = (compressed: Uint8Array, size: number) => Uint8Array;

export const inflateWithFflate: InflateRaw = (compressed, size) => inflateSync(compressed, { out: new Uint8Array(size) });

export class ZipPackage {
  /** Normalised part name (lower case, forward slashes, no leading slash) -> name as stored. */
  private readonly storedNames = new Map<string, string>();
  /** Each part's directory entry by stored name; empty for a ZIP64 archive, read with fflate instead. */
  private readonly entries = new Map<string, ZipEntry>();
  private readonly sizes = new Map<string, number>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflateRaw: InflateRaw = inflateWithFflate,
  ) {
    const directory = readZipDirectory(bytes);
    if (directory !== undefined) {
      for (const entry of directory.entries) {
        this.storedNames.set(normalisePartName(entry.name), entry.name);
        this.entries.set(entry.name, entry);
        this.sizes.set(entry.name, entry.size);
      }
      return;
    }
    try {
      unzipSync(bytes, {
        filter: (file) => {
          this.storedNames.set(normalisePartName(file.name), file.name);
          this.sizes.set(file.name, file.originalSize);
          return false;
        },
      });
    } catch (error) {
      throw damaged(zipProblem(error), error);
    }
  }

  /** Part names in archive order, as stored. */
  partNames(): string[] {
    return [...this.storedNames.values()];
  }

  /** The part's name as the package spells it (OPC names are case-insensitive; a rewrite must use the stored one). */
  storedNameOf(partName: string): string | undefined {
    return this.storedNames.get(normalisePartName(partName));
  }

  /** Whether the part exists. OPC part names are case-insensitive; "\" separators are tolerated. */
  has(partName: string): boolean {
    return this.storedNames.has(normalisePartName(partName));
  }

  /** The part's bytes, or undefined when it is absent. Throws a "corrupt" WorkbookReadError when it cannot be inflated. */
  bytesOf(partName: string): Uint8Array | undefined {
    const stored = this.storedNames.get(normalisePartName(partName));
    if (stored === undefined) return undefined;
    const size = this.sizes.get(stored) ?? 0;
    if (size > LARGEST_READABLE_PART) {
      // Checked before inflating: a damaged or hostile directory entry must not make us allocate gigabytes.
      throw new WorkbookReadError("corrupt", `This .xlsx file is too large to read: its part ${stored} unpacks to ${Math.round(size / 1048576)} MB.`);
    }
    const entry = this.entries.get(stored);
    try {
      if (entry === undefined) return unzipSync(this.bytes, { filter: (file) => file.name === stored })[stored];
      const data = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      if (entry.method === 0) return data.slice();
      if (entry.method !== 8) throw new Error("unknown compression type");
      const inflated = this.inflateRaw(data, entry.size);
      if (inflated.length !== entry.size) throw new Error("unexpected EOF");
      return inflated;
    } catch (error) {
      throw damaged(`the part ${stored} could not be unpacked (${zipProblem(error)})`, error);
    }
  }

  /** The part decoded as XML text, or undefined when it is absent. */
  textOf(partName: string): string | undefined {
    const bytes = this.bytesOf(partName);
    return bytes === undefined ? undefined : decodeXmlBytes(bytes);
  }
}

function normalisePartName(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

/** XML parts are UTF-8 almost always; a UTF-16 byte-order mark is honoured. */
function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/** fflate's terse messages, in words a person can follow. */
function zipProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/invalid zip data/i.test(message)) return "its ZIP structure is broken; the file may be incomplete (cut short while copying or downloading)";
  if (/unexpected EOF|unexpected end|invalid (?:block|distance|code|stored)|incorrect|too many|invalid literal/i.test(message)) return "compressed data ends too early; the file may be incomplete";
  if (/unknown compression type/i.test(message)) return "it uses a compression method Excel files never use";
  return `its compressed data is invalid (${message})`;
}
