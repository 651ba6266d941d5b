/**
 * Writes a large Data Categorisation workbook for the benchmark: the sample's rows repeated with
 * varied use cases and objects, shared strings as Excel writes them. Streaming keeps memory flat.
 */
import ExcelJS from "exceljs";
import { CATEGORISATION_HEADERS, categorisationRows } from "../scripts/sample/sample-rows";

export async function writeBenchWorkbook(path: string, rows: number): Promise<void> {
  const base = categorisationRows();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  writer.addWorksheet("About").commit();
  const sheet = writer.addWorksheet("Data Categorisation");
  sheet.addRow(["Data Categorisation (benchmark)"]).commit();
  sheet.addRow([]).commit();
  sheet.addRow(CATEGORISATION_HEADERS).commit();
  for (let i = 0; i < rows; i++) {
    const template = base[i % base.length] ?? [];
    const round = Math.floor(i / base.length);
    const values = [...template];
    // Varied names so rows are distinct, as in a real workbook of many use cases.
    values[1] = `${template[1] ?? ""} ${Math.floor(round / 10) + 1}`;
    values[7] = `${template[7] ?? ""} ${round + 1}`;
    sheet.addRow(values).commit();
  }
  sheet.commit();
  await writer.commit();
}
