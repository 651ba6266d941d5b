/**
 * Node's zlib for unpacking workbook parts on the command line: native, about three times as fast
 * as the portable fflate the core uses by default (the browser build keeps fflate).
 */
import { inflateRawSync } from "node:zlib";
import type { InflateRaw } from "../workbook/xlsx/zip-package";

export const nativeInflateRaw: InflateRaw = (compressed) => inflateRawSync(compressed);
