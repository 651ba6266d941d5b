/**
 * Node's zlib for unpacking workbook parts on the command line: native, about three times as fast
 * as the portable fflate the core uses by default (the browser build keeps fflate).
 */
import { inflateRawSync } from "node:zlib";
import type { InflateRaw } from "../workbook/xlsx/zip-package";

// One output chunk of the expected size (+1, or zlib allocates a second full-size buffer) instead
// of thousands of 16 KB chunks copied together at the end.
export const nativeInflateRaw: InflateRaw = (compressed, size) => inflateRawSync(compressed, { chunkSize: Math.max(size + 1, 64) });
