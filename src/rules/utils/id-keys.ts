/**
 * Comparing Gap and Option ids: exact ids agree ignoring case and spacing; a loose form (letters and
 * digits only, leading zeros dropped) finds the id someone meant when they typed "G-1" for "G01".
 */
import { vocabularyKey } from "../../model/text-normalise";

export const idKey = vocabularyKey;

export function looseIdKey(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "")
    .replace(/(^|[a-z])0+(?=\d)/g, "$1");
}
