/**
 * The totals rows of a worksheet's Excel tables, from the table parts its relationships name
 * (xl/tables/tableN.xml): a table whose `totalsRowCount` is 1 or more ends in that many totals
 * rows, the last rows of its `ref`. (`totalsRowShown` says only whether one was ever shown.)
 * A missing or unreadable table part is passed over: the rows are then judged by their content.
 */
import type { SheetGrid } from "../port";
import { tryParseRange } from "../cell-address";
import { parseRelationships, relationshipsPartOf, typeIs } from "./relationships";
import { EMPTY, END, OPEN, XmlCursor } from "./xml-cursor";
import { decodeXmlEntities } from "./xml-text";
import type { ZipPackage } from "./zip-package";

export function tableTotalsRows(
  zip: Pick<ZipPackage, "textOf">,
  sheetPart: string,
): NonNullable<SheetGrid["totalsRows"]> {
  const rels = zip.textOf(relationshipsPartOf(sheetPart));
  if (rels === undefined) return [];
  const rows: Array<{ row: number; table: string }> = [];
  for (const relationship of parseRelationships(rels, sheetPart)) {
    if (!typeIs(relationship, "table")) continue;
    const xml = zip.textOf(relationship.partName);
    const table = xml === undefined ? undefined : tableHeader(xml);
    if (table === undefined || table.totalsRowCount < 1) continue;
    const range = tryParseRange(table.ref);
    if (range === undefined) continue;
    for (let row = Math.max(range.top + 1, range.bottom - table.totalsRowCount + 1); row <= range.bottom; row++)
      rows.push({ row, table: table.name });
  }
  return rows.sort((a, b) => a.row - b.row);
}

function tableHeader(xml: string): { name: string; ref: string; totalsRowCount: number } | undefined {
  const cursor = new XmlCursor(xml);
  for (let kind = cursor.next(); kind !== END; kind = cursor.next()) {
    if ((kind !== OPEN && kind !== EMPTY) || !cursor.is("table")) continue;
    const ref = cursor.attribute("ref");
    if (ref === undefined) return undefined;
    const name = decodeXmlEntities(cursor.attribute("displayName") ?? cursor.attribute("name") ?? "");
    const count = Number(cursor.attribute("totalsRowCount") ?? "0");
    return { name, ref: decodeXmlEntities(ref), totalsRowCount: Number.isInteger(count) ? count : 0 };
  }
  return undefined;
}
