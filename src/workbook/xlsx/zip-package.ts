/**
 * The .xlsx ZIP container. Only the central directory is read up front (once, for ZIP and ZIP64
 * alike); each part is inflated when it is first asked for, so reading one sheet never decompresses
 * the others. What a part unpacks to is bounded by what the run may hold (ReadBudget), measured on
 * the real output: inflating stops at the size the directory declares, so a part that lies about its
 * size is damaged rather than a way to fill the memory, and its CRC is checked before it is used.
 * A worksheet too large to hold whole is unpacked in chunks with its empty cells left out.
 */
import { Inflate, inflateSync } from "fflate";
import { crc32 } from "./crc32";
import { EmptyCellFilter } from "./empty-cell-filter";
import { ReadBudget } from "./read-budget";
import { damaged, WorkbookReadError } from "./workbook-read-error";
import { normalisePartName, readZipDirectory, type ZipEntry } from "./zip-directory";

/** The longest string a JavaScript engine (V8) can hold; a bigger XML part could never be decoded. */
const LARGEST_READABLE_PART = 0x1fffffe8;

/** Compressed bytes handed to the streaming inflater at a time: at most about 16 MB of output each (DEFLATE expands at most 1032 times). */
const STREAM_INPUT_BYTES = 16 * 1024;

/**
 * Inflates raw DEFLATE data to at most `size` bytes (more is an error or cut off; the caller
 * checks the length and the CRC). fflate's does it everywhere; the command line passes Node's
 * zlib, which is native and about three times as fast on a large sheet.
 */
export type InflateRaw = (compressed: Uint8Array, size: number) => Uint8Array;

/** fflate writes into the buffer it is given and stops at its end: never more than `size` bytes. */
export const inflateWithFflate: InflateRaw = (compressed, size) =>
  inflateSync(compressed, { out: new Uint8Array(size) });

export class ZipPackage {
  /** Normalised part name (lower case, forward slashes, no leading slash) -> name as stored. */
  private readonly storedNames = new Map<string, string>();
  /** Each part's directory entry by stored name. */
  private readonly entries = new Map<string, ZipEntry>();
  /** Worksheets read in chunks, kept once read: unpacking one again would cost seconds, keeping it only its values. */
  private readonly filteredTexts = new Map<string, string>();

  constructor(
    private readonly bytes: Uint8Array,
    private readonly inflateRaw: InflateRaw = inflateWithFflate,
    readonly budget: ReadBudget = new ReadBudget(),
  ) {
    for (const entry of readZipDirectory(bytes).entries) {
      this.storedNames.set(normalisePartName(entry.name), entry.name);
      this.entries.set(entry.name, entry);
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

  /** What the part unpacks to, as its directory declares; 0 when it is absent. */
  sizeOf(partName: string): number {
    const stored = this.storedNames.get(normalisePartName(partName));
    return (stored === undefined ? undefined : this.entries.get(stored))?.size ?? 0;
  }

  /** Whether the part exists. OPC part names are case-insensitive; "\" separators are tolerated. */
  has(partName: string): boolean {
    return this.storedNames.has(normalisePartName(partName));
  }

  /** The part's bytes, or undefined when it is absent. Throws a "corrupt" WorkbookReadError when it cannot be inflated or fails its CRC. */
  bytesOf(partName: string): Uint8Array | undefined {
    const stored = this.storedNames.get(normalisePartName(partName));
    const entry = stored === undefined ? undefined : this.entries.get(stored);
    if (stored === undefined || entry === undefined) return undefined;
    if (entry.size > LARGEST_READABLE_PART) {
      // Checked before inflating: a damaged or hostile directory entry must not make us allocate gigabytes.
      throw new WorkbookReadError(
        "too-large",
        `This .xlsx file is too large to read: its part ${stored} unpacks to ${Math.round(entry.size / 1048576)} MB.`,
      );
    }
    // The part's bytes and, once decoded, its text: charged before either exists.
    this.budget.charge(2 * entry.size, `the part ${stored}`);
    let data: Uint8Array;
    try {
      const compressed = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      if (entry.method === 0) data = compressed.slice();
      else if (entry.method === 8) data = this.inflateRaw(compressed, entry.size);
      else throw new Error("unknown compression type");
    } catch (error) {
      throw damaged(`the part ${stored} could not be unpacked (${zipProblem(error)})`, error);
    }
    if (data.length !== entry.size) throw damaged(`the part ${stored} unpacks to another size than its directory says`);
    if (crc32(data) !== entry.crc)
      throw damaged(`the part ${stored} fails its CRC check (its bytes were changed or cut)`);
    return data;
  }

  /** The part decoded as XML text, or undefined when it is absent. */
  textOf(partName: string): string | undefined {
    const bytes = this.bytesOf(partName);
    return bytes === undefined ? undefined : decodeXmlBytes(bytes, partName);
  }

  /**
   * A worksheet part's text for reading its cells: the whole part when the run can hold it, else
   * the part unpacked in chunks with its empty cells (formatting only, no value) left out, which is
   * what a sheet formatted out to column XFD mostly is. Undefined when the part is absent.
   */
  worksheetTextOf(partName: string): string | undefined {
    const stored = this.storedNames.get(normalisePartName(partName));
    const entry = stored === undefined ? undefined : this.entries.get(stored);
    if (stored === undefined || entry === undefined) return undefined;
    if (this.canHoldWhole(stored)) return this.textOf(partName);
    const text = this.filteredTexts.get(stored) ?? this.filteredTextOf(stored, entry);
    this.filteredTexts.set(stored, text);
    return text;
  }

  /** Whether the run can hold the part's text whole (false for an absent part). */
  canHoldWhole(partName: string): boolean {
    const stored = this.storedNames.get(normalisePartName(partName));
    const entry = stored === undefined ? undefined : this.entries.get(stored);
    return entry !== undefined && entry.size <= LARGEST_READABLE_PART && 2 * entry.size <= this.budget.remaining;
  }

  private filteredTextOf(stored: string, entry: ZipEntry): string {
    const what = `the part ${stored}`;
    this.budget.chargeUnpacked(entry.size, what);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    const texts: string[] = [];
    const filter = new EmptyCellFilter((kept) => {
      this.budget.charge(2 * kept.length, what); // the kept bytes and, once joined, their text
      texts.push(strictly(() => decoder.decode(kept, { stream: true }), stored));
    });
    let unpacked = 0;
    let crc = 0;
    const take = (chunk: Uint8Array): void => {
      if (unpacked === 0 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)))
        throw new WorkbookReadError(
          "too-large",
          `This workbook is too large to read: ${what} is UTF-16 text of ${Math.round(entry.size / 1048576)} MB.`,
        );
      unpacked += chunk.length;
      if (unpacked > entry.size) throw new RangeError("more than declared");
      crc = crc32(chunk, crc);
      filter.push(chunk);
    };
    const inflater = new Inflate(take);
    try {
      const compressed = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      if (entry.method === 0) take(compressed);
      else if (entry.method !== 8) throw new Error("unknown compression type");
      else if (compressed.length === 0) inflater.push(compressed, true);
      else
        for (let at = 0; at < compressed.length; at += STREAM_INPUT_BYTES) {
          const end = Math.min(compressed.length, at + STREAM_INPUT_BYTES);
          inflater.push(compressed.subarray(at, end), end === compressed.length);
        }
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      if (error instanceof RangeError && error.message === "more than declared")
        throw damaged(`${what} could not be unpacked (it unpacks to more than its directory says)`);
      throw damaged(`${what} could not be unpacked (${zipProblem(error)})`, error);
    }
    filter.finish();
    if (unpacked !== entry.size) throw damaged(`${what} unpacks to another size than its directory says`);
    if (crc !== entry.crc) throw damaged(`${what} fails its CRC check (its bytes were changed or cut)`);
    texts.push(strictly(() => decoder.decode(), stored));
    return texts.join("");
  }
}

/**
 * XML parts are UTF-8 almost always; a UTF-16 byte-order mark is honoured. Bytes that are not text in
 * that encoding are damage (an XML parser must refuse them), never read as U+FFFD: `fix` would write
 * that character back in place of the bytes of cells it never meant to change.
 */
function decodeXmlBytes(bytes: Uint8Array, partName: string): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  return strictly(() => new TextDecoder(encoding, { fatal: true }).decode(bytes), partName, encoding);
}

function strictly(decode: () => string, partName: string, encoding = "utf-8"): string {
  try {
    return decode();
  } catch (error) {
    // TextDecoder's own TypeError, told by name: one made in another realm (a test's vm) is no instanceof.
    if ((error as Error | undefined)?.name !== "TypeError") throw error;
    throw damaged(`the part ${partName} is not valid ${encoding.toUpperCase().replace(/[LB]E$/, "")} text`, error);
  }
}

/** zlib's and fflate's terse messages, in words a person can follow. */
function zipProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  if (code === "ERR_BUFFER_TOO_LARGE") return "it unpacks to more than its directory says";
  if (/invalid zip data/i.test(message))
    return "its ZIP structure is broken; the file may be incomplete (cut short while copying or downloading)";
  if (
    /unexpected EOF|unexpected end|invalid (?:block|distance|code|stored)|incorrect|too many|invalid literal/i.test(
      message,
    )
  )
    return "compressed data ends too early; the file may be incomplete";
  if (/unknown compression type/i.test(message)) return "it uses a compression method Excel files never use";
  return `its compressed data is invalid (${message})`;
}
