/**
 * A workbook whose Data Categorisation tab is formatted out to the last column, as other
 * applications save one after a whole row range was formatted: LibreOffice writes an empty styled
 * `<c r="XFD12" s="1"/>` for every formatted cell, Excel a `<row spans="1:16384" s=".."
 * customFormat="1">`, a `<col min="1" max="16384" style="..">` and a dimension of A1:XFD1048576.
 * Built from the sample workbook, so its findings are known: padding must change none of them.
 * The sheet part is compressed row by row, so 4,000 padded rows (1.4 GB of XML, more than a
 * JavaScript string holds) are built for the bench as easily as 60 for a test.
 */
import { unzipSync, strFromU8 } from "fflate";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { constants, deflateRawSync } from "node:zlib";
import { columnIndex, columnLetter } from "../../src/workbook/cell-address";
import { crc32 } from "../../src/workbook/xlsx/crc32";
import { entryOf, writeZip, type RawEntry } from "./hostile-files";

export const SAMPLE_WORKBOOK = resolve(__dirname, "..", "..", "seeds", "sample-workbook.xlsx");

const LAST_COLUMN = 16_384;
const LETTERS = Array.from({ length: LAST_COLUMN }, (_, i) => columnLetter(i));

function padding(row: number, from: number): string {
  const cells: string[] = [];
  for (let c = from; c < LAST_COLUMN; c++) cells.push(`<c r="${LETTERS[c]}${row}" s="1"/>`);
  return cells.join("");
}

/** The sample with its Data Categorisation tab padded to XFD on each of its first `rows` rows. */
export function paddedFormattingBook(rows: number): Uint8Array {
  const parts = unzipSync(readFileSync(SAMPLE_WORKBOOK));
  const sheetPart = partOfSheet(parts, "Data Categorisation");
  const xml = strFromU8(parts[sheetPart] ?? new Uint8Array());
  let lastRow = 0;
  const padded = xml
    .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
    .replace(/<cols>.*?<\/cols>/, '<cols><col min="1" max="16384" width="22" style="1" customWidth="1"/></cols>')
    .replace(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g, (_whole, r: string, cells: string) => {
      const row = Number(r);
      lastRow = Math.max(lastRow, row);
      const last = [...cells.matchAll(/<c r="([A-Z]+)\d+"/g)].pop()?.[1];
      const after = last === undefined ? 0 : columnIndex(last) + 1;
      return `<row r="${row}" spans="1:16384" s="1" customFormat="1">${cells}${padding(row, after)}</row>`;
    });
  const [head, tail] = padded.split("</sheetData>");
  // Rows of formatting only after the last row with content, each compressed on its own (a full
  // flush ends each piece on a byte boundary, so the pieces joined are one DEFLATE stream).
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const pieces: Uint8Array[] = [];
  let size = 0;
  let crc = 0;
  const add = (text: string, last = false): void => {
    const bytes = Buffer.from(text);
    pieces.push(last ? deflateRawSync(bytes) : deflateRawSync(bytes, flush));
    size += bytes.length;
    crc = crc32(bytes, crc);
  };
  add(head ?? "");
  for (let row = lastRow + 1; row <= rows; row++)
    add(`<row r="${row}" spans="1:16384" s="1" customFormat="1">${padding(row, 0)}</row>`);
  add(`</sheetData>${tail ?? ""}`, true);
  const sheet: RawEntry = { name: sheetPart, compressed: Buffer.concat(pieces), crc, size };
  return writeZip(Object.entries(parts).map(([name, bytes]) => (name === sheetPart ? sheet : entryOf(name, bytes))));
}

/** The worksheet part of the named tab, through the workbook's relationships. */
function partOfSheet(parts: Record<string, Uint8Array>, name: string): string {
  const workbook = strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array());
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"] ?? new Uint8Array());
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (target === undefined) throw new Error(`no part for sheet ${name}`);
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}
