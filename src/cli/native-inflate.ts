/**
 * Node's zlib for unpacking workbook parts on the command line: native, about three times as fast
 * as the portable fflate the core uses by default (the browser build keeps fflate).
 */
import { inflateRawSync } from "node:zlib";
import type { InflateRaw } from "../workbook/xlsx/zip-package";

// One output chunk of the expected size (+1, or zlib allocates a second full-size buffer) instead
// of thousands of 16 KB chunks copied together at the end. maxOutputLength stops zlib at the size
// the directory declares: a part that would unpack to more fails there, whatever it really holds.
export const nativeInflateRaw: InflateRaw = (compressed, size) =>
  inflateRawSync(compressed, { chunkSize: Math.max(size + 1, 64), maxOutputLength: Math.max(size, 1) });
