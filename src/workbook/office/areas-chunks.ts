/**
 * Many cells of one sheet as few `Worksheet.getRanges` addresses: cells are grouped into runs down a
 * column (cell-runs.ts), and runs are joined with commas into addresses of at most `maxChars`
 * characters. Excel refuses long RangeAreas addresses with InvalidArgument at a threshold it does not
 * document (office-js #5198: 8,207 characters failed, some shorter ones with many areas too), so the
 * adapter stays at half of that and under 500 areas per address.
 */
import { cellRuns, runAddress } from "./cell-runs";

export const maxAreasAddressChars = 4000;
export const maxAreasPerAddress = 500;

export function areasAddresses(
  sheet: string,
  cells: readonly string[],
  maxChars = maxAreasAddressChars,
  maxAreas = maxAreasPerAddress,
): string[] {
  const addresses: string[] = [];
  let parts: string[] = [];
  let length = 0;
  for (const run of cellRuns(cells.map((cell) => ({ sheet, cell })))) {
    const address = runAddress(run);
    if (parts.length > 0 && (length + 1 + address.length > maxChars || parts.length >= maxAreas)) {
      addresses.push(parts.join(","));
      parts = [];
      length = 0;
    }
    length += (parts.length > 0 ? 1 : 0) + address.length;
    parts.push(address);
  }
  if (parts.length > 0) addresses.push(parts.join(","));
  return addresses;
}
