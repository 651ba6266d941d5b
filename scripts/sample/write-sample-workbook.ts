/**
 * Writes the sample workbook the way analysts lay theirs out: a cover sheet first, a merged title
 * and a blank row above each tab's header, wrapped multi-line receivers, frozen headers and filters.
 */
import ExcelJS from "exceljs";
import {
  CATEGORISATION_HEADERS,
  GAP_HEADERS,
  OPTION_HEADERS,
  OPTION_ROWS,
  categorisationRows,
  gapRows,
} from "./sample-rows";

// Fixed so regenerating gives the same workbook.
const CREATED = new Date(Date.UTC(2026, 0, 1));

function addTab(book: ExcelJS.Workbook, name: string, title: string, headers: string[], rows: string[][]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 3 }] });
  sheet.getCell("A1").value = title;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, Math.min(headers.length, 6));
  const header = sheet.getRow(3);
  header.values = headers;
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  rows.forEach((values, i) => {
    const row = sheet.getRow(4 + i);
    row.values = values;
    row.alignment = { wrapText: true, vertical: "top" };
  });
  headers.forEach((_, i) => (sheet.getColumn(i + 1).width = 22));
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + rows.length, column: headers.length } };
}

export async function sampleWorkbookBytes(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "cer-data-categorisation sample generator";
  book.created = CREATED;
  book.modified = CREATED;
  const cover = book.addWorksheet("About");
  cover.getCell("A1").value = "CER data sharing: Data Categorisation Worksheet (sample)";
  cover.getCell("A1").font = { bold: true, size: 16 };
  cover.getCell("A3").value =
    "A small, realistic sample for trying the add-in and its command line. Some rows carry deliberate defects.";
  addTab(book, "Data Categorisation", "Data Categorisation", CATEGORISATION_HEADERS, categorisationRows());
  addTab(book, "Distinct Gap Analysis", "Distinct Gap Analysis", GAP_HEADERS, gapRows());
  addTab(book, "Options and Priority Use Cases", "Options and Priority Use Cases", OPTION_HEADERS, OPTION_ROWS);
  return Buffer.from(await book.xlsx.writeBuffer());
}
