/**
 * Reads the address of an Excel RangeAreas ("Sheet1!A1:C1, 'Gap Analysis'!D4:E5") into cell ranges.
 * Sheet names may be quoted and may hold commas and doubled quotes, so commas separate areas only
 * outside quotes; every area's address follows its sheet name's last "!".
 */
import { tryParseRange } from "../cell-address";
import type { CellRange } from "../port";

function splitOutsideQuotes(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    // A doubled quote inside a quoted name toggles twice, which leaves the state as it was.
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

export function parseAreasAddress(address: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const part of splitOutsideQuotes(address)) {
    const area = part.slice(part.lastIndexOf("!") + 1).trim();
    const range = area === "" ? undefined : tryParseRange(area);
    if (range !== undefined) ranges.push(range);
  }
  return ranges;
}
