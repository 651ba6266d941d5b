/**
 * Writes a large Data Categorisation workbook for the benchmark: the sample's rows repeated with
 * varied use cases and objects, shared strings as Excel writes them. Streaming keeps memory flat.
 */
import ExcelJS from "exceljs";
import { CATEGORISATION_HEADERS, categorisationRows } from "../scripts/sample/sample-rows";

/** A later version of the book, for the diff figure: rows in reverse order (a sort), and each row's values edited or the row left out. */
export interface BenchVariant {
  reversed?: boolean;
  /** The row's values to write, or undefined to leave the row out. */
  edit?: (values: string[], index: number) => string[] | undefined;
}

export async function writeBenchWorkbook(path: string, rows: number, variant: BenchVariant = {}): Promise<void> {
  const base = categorisationRows();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  writer.addWorksheet("About").commit();
  const sheet = writer.addWorksheet("Data Categorisation");
  sheet.addRow(["Data Categorisation (benchmark)"]).commit();
  sheet.addRow([]).commit();
  sheet.addRow(CATEGORISATION_HEADERS).commit();
  for (let n = 0; n < rows; n++) {
    const i = variant.reversed === true ? rows - 1 - n : n;
    const template = base[i % base.length] ?? [];
    const round = Math.floor(i / base.length);
    const values = [...template];
    // Varied names so rows are distinct, as in a real workbook of many use cases.
    values[1] = `${template[1] ?? ""} ${Math.floor(round / 10) + 1}`;
    values[7] = `${template[7] ?? ""} ${round + 1}`;
    const written = variant.edit === undefined ? values : variant.edit(values, i);
    if (written !== undefined) sheet.addRow(written).commit();
  }
  sheet.commit();
  await writer.commit();
}
