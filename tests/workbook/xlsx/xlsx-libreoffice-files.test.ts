/**
 * A workbook saved again by LibreOffice Calc (a different writer: its own styles, `t="n"`,
 * boolean formulas, shared strings with `&#10;`) reads the same as the exceljs original.
 * Needs LibreOffice; .ci/run installs it. Without it the test is skipped with a note.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { openXlsx } from "../../../src/workbook/xlsx/xlsx-workbook";
import { buildCategorisationSample, excelJsXlsx } from "../../support/xlsx-exceljs";

const SOFFICE = "/usr/bin/soffice";
const itIfSoffice = fs.existsSync(SOFFICE) ? it : it.skip;
if (!fs.existsSync(SOFFICE)) console.warn("skipped: LibreOffice (soffice) not installed; .ci/run installs it");

/** Converts .xlsx bytes to .xlsx with LibreOffice and returns the new file's bytes. */
function resaveWithLibreOffice(bytes: Uint8Array): Uint8Array {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "xlsx-libreoffice-"));
  try {
    const input = path.join(work, "original.xlsx");
    const outDir = path.join(work, "out");
    fs.writeFileSync(input, bytes);
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${path.join(work, "profile")}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        input,
      ],
      { stdio: "pipe", timeout: 120_000 },
    );
    return new Uint8Array(fs.readFileSync(path.join(outDir, "original.xlsx")));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

describe("workbooks saved by LibreOffice", () => {
  itIfSoffice(
    "read the same sheets, values and merges as the exceljs original",
    async () => {
      const original = await excelJsXlsx(buildCategorisationSample);
      const fromExcelJs = openXlsx(original);
      const fromLibreOffice = openXlsx(resaveWithLibreOffice(original));

      expect(fromLibreOffice.sheetNamesSync()).toEqual(fromExcelJs.sheetNamesSync());
      for (const name of fromExcelJs.sheetNamesSync()) {
        const expected = fromExcelJs.readSheetSync(name);
        const actual = fromLibreOffice.readSheetSync(name);
        expect(actual.rows).toEqual(expected.rows);
        expect([...actual.merges].sort(byPosition)).toEqual([...expected.merges].sort(byPosition));
      }
    },
    180_000,
  );
});

function byPosition(a: { top: number; left: number }, b: { top: number; left: number }): number {
  return a.top - b.top || a.left - b.left;
}
