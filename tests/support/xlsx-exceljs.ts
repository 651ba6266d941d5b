/** Builds .xlsx bytes with exceljs, the way a typical JavaScript writer (and our own sample generator) saves workbooks. */
import ExcelJS from "exceljs";

export async function excelJsXlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** A small categorisation-like workbook touching every kind of value the reader must show. */
export function buildCategorisationSample(workbook: ExcelJS.Workbook): void {
  const cover = workbook.addWorksheet("Cover");
  cover.getCell("A1").value = "CER data categorisation";
  cover.getCell("A3").value = "Prepared by";

  const data = workbook.addWorksheet("Data & Systems");
  data.getCell("A1").value = "Header";
  data.mergeCells("A1:D1");
  data.getCell("A2").value = "plain text";
  data.getCell("B2").value = 4.3;
  data.getCell("C2").value = 2.1;
  data.getCell("D2").value = 0.1 + 0.2;
  data.getCell("E2").value = 5;
  data.getCell("F2").value = -12.75;
  data.getCell("G2").value = 1234567;

  data.getCell("A3").value = new Date(Date.UTC(2024, 2, 1));
  data.getCell("B3").value = new Date(Date.UTC(2024, 2, 1, 14, 30));
  data.getCell("B3").numFmt = "yyyy-mm-dd hh:mm";
  data.getCell("C3").value = new Date(Date.UTC(2024, 2, 1, 14, 30, 15));
  data.getCell("C3").numFmt = "dd/mm/yyyy hh:mm:ss";
  data.getCell("D3").value = new Date(Date.UTC(1900, 0, 1));
  data.getCell("E3").value = new Date(Date.UTC(2024, 2, 1, 9, 5));
  data.getCell("E3").numFmt = "h:mm";

  data.getCell("A4").value = true;
  data.getCell("B4").value = false;
  data.getCell("C4").value = { formula: 'A2&"x"', result: "plain textx" };
  data.getCell("D4").value = { formula: "B2*2", result: 8.6 };
  data.getCell("E4").value = { error: "#N/A" };
  data.getCell("F4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  data.getCell("G4").value = { formula: "B2>1", result: true };

  data.getCell("A5").value = {
    richText: [{ text: "Bold", font: { bold: true } }, { text: " and " }, { text: "italic", font: { italic: true } }],
  };
  data.getCell("B5").value = "non\u00a0breaking";
  data.getCell("C5").value = "line one\nline two";
  data.getCell("D5").value = "  padded  ";
  data.getCell("E5").value = "carriage\r\nreturn";
  data.getCell("F5").value = "quotes \" & <angles> 'apos'";

  data.getCell("A6").value = 0.125;
  data.getCell("A6").numFmt = "0.00%";
  data.getCell("B6").value = 0.5;
  data.getCell("B6").numFmt = "0%";
  data.getCell("C6").value = 2.1;
  data.getCell("C6").numFmt = "0.00";
  data.getCell("D6").value = 1234567.891;
  data.getCell("D6").numFmt = "#,##0.00";
  data.getCell("E6").value = 1.005;
  data.getCell("E6").numFmt = "0.00";
  data.getCell("F6").value = 7;
  data.getCell("F6").numFmt = "@";
  data.getCell("G6").value = 0.07;
  data.getCell("G6").numFmt = "0.0%";

  data.getCell("J9").value = "far away";
  data.mergeCells("B8:C10");

  const hidden = workbook.addWorksheet("Lists");
  hidden.state = "hidden";
  hidden.getCell("A1").value = "Personal";
}
