/**
 * Recognises what a file is from its first bytes, so a wrong file gets a message that says what
 * it is (an old .xls, an encrypted workbook, a CSV renamed) instead of a decompression error.
 */
import { WorkbookReadError } from "./workbook-read-error";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Returns normally when the bytes start like a ZIP archive (.xlsx is one), throws a
 * WorkbookReadError saying what the file is otherwise.
 */
export function assertZipSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) {
    throw new WorkbookReadError("not-zip", "This file is empty (0 bytes), so it is not an Excel .xlsx workbook.");
  }
  if (isZip(bytes)) return;
  if (startsWith(bytes, OLE_MAGIC)) {
    if (containsUtf16le(bytes, "EncryptedPackage")) {
      throw new WorkbookReadError(
        "encrypted",
        "This workbook is password-protected (encrypted); save an unprotected copy and try again.",
      );
    }
    throw new WorkbookReadError(
      "legacy-xls",
      "This is an old-format .xls workbook (or another OLE file); save it as .xlsx and try again.",
    );
  }
  if (looksLikeText(bytes)) {
    const start = leadingText(bytes);
    const markup = /^\s*</.test(start);
    throw new WorkbookReadError(
      "text-file",
      markup
        ? "This file is not an Excel .xlsx workbook: it looks like a web page or XML file renamed to .xlsx."
        : "This file is not an Excel .xlsx workbook: it looks like a CSV or text file renamed to .xlsx.",
    );
  }
  throw new WorkbookReadError(
    "not-zip",
    "This file is not an Excel .xlsx workbook: its content is not in the .xlsx format (it may be damaged or another kind of file).",
  );
}

/** Local file header "PK\3\4", or "PK\5\6" for an archive with no files at all. */
function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** Office stores encrypted workbooks in an OLE file with a stream named "EncryptedPackage". */
function containsUtf16le(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  const first = pattern[0] ?? 0;
  let at = bytes.indexOf(first);
  while (at >= 0 && at + pattern.length <= bytes.length) {
    let i = 1;
    while (i < pattern.length && bytes[at + i] === pattern[i]) i++;
    if (i === pattern.length) return true;
    at = bytes.indexOf(first, at + 1);
  }
  return false;
}

/** Text if the first few KB are mostly printable: no NUL bytes, at most 5% control bytes. UTF-16 with a BOM counts too. */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control <= sample.length * 0.05;
}

function leadingText(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 256);
  const littleEndian = sample[0] === 0xff && sample[1] === 0xfe;
  if (littleEndian || (sample[0] === 0xfe && sample[1] === 0xff)) {
    let text = "";
    for (let i = 2; i + 1 < sample.length; i += 2) {
      const low = sample[littleEndian ? i : i + 1] ?? 0;
      const high = sample[littleEndian ? i + 1 : i] ?? 0;
      text += String.fromCharCode(low | (high << 8));
    }
    return text;
  }
  return new TextDecoder("utf-8").decode(sample).replace(/^\uFEFF/, "");
}
