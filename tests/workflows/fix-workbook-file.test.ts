/**
 * `fix` on a workbook holding a chart, an image, a defined name, conditional formatting, a merge,
 * validation and a second sheet with formulas: every package part but the edited worksheet is
 * byte-identical (the shared strings too: values are written inline), and in the edited worksheet
 * only the planned cells changed.
 */
import { unzipSync } from "fflate";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixWorkbookBytes } from "../../src/cli/fix-workbook-file";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";
import { CHART_PART, richWorkbookBytes } from "../support/rich-workbook-fixture";
import { itWithSoffice, sheetsAsCsv } from "../support/libreoffice";

const EDITED_SHEET = "xl/worksheets/sheet1.xml";

describe("fixWorkbookBytes on a rich workbook", () => {
  let input: Uint8Array;
  let fixed: Awaited<ReturnType<typeof fixWorkbookBytes>>;
  beforeAll(async () => {
    input = await richWorkbookBytes();
    fixed = await fixWorkbookBytes(input, { normalise: false });
  });

  it("applies the planned fills and reports the conflict", () => {
    expect(fixed.edits.map((e) => [e.cell, e.value])).toEqual([
      ["D2", "Share near-term operational forecasts"],
      ["E2", "Conduct operational planning and forecasting"],
      ["F2", "Operate"],
      ["I2", "Forecasting"],
      ["C3", "1.1.2"],
      ["E3", "Co-design policy and regulations"],
      ["F3", "Oversee"],
    ]);
    expect(fixed.conflicts.map((c) => [c.cell, c.value, c.suggestion])).toEqual([["F4", "Trade", "Operate"]]);
  });

  it("carries every other part over byte for byte, in the same order", () => {
    const before = unzipSync(input);
    const after = unzipSync(fixed.bytes);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [name, bytes] of Object.entries(before)) {
      if (name === EDITED_SHEET) continue;
      expect({ name, same: Buffer.compare(Buffer.from(after[name] ?? []), Buffer.from(bytes)) === 0 }).toEqual({
        name,
        same: true,
      });
    }
    // The fixture really holds what the test is about.
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining([CHART_PART, "xl/media/image1.png", "xl/sharedStrings.xml", "xl/worksheets/sheet2.xml"]),
    );
    const workbookXml = Buffer.from(before["xl/workbook.xml"] ?? []).toString();
    expect(workbookXml).toContain("UseCases");
  });

  it("changes only the planned cells of the edited sheet, keeping styles, merges, validation and conditional formatting", () => {
    const sheetBefore = Buffer.from(unzipSync(input)[EDITED_SHEET] ?? []).toString();
    const sheetAfter = Buffer.from(unzipSync(fixed.bytes)[EDITED_SHEET] ?? []).toString();
    const outside = (xml: string) => [xml.slice(0, xml.indexOf("<sheetData")), xml.slice(xml.indexOf("</sheetData>"))];
    expect(outside(sheetAfter)).toEqual(outside(sheetBefore));
    expect(sheetAfter).toContain("<conditionalFormatting");
    expect(sheetAfter).toContain('<mergeCell ref="T2:U3"/>');

    const styleOf = (xml: string, cell: string) => new RegExp(`<c r="${cell}"( s="(\\d+)")?`).exec(xml)?.[2];
    expect(styleOf(sheetAfter, "D2")).toBe(styleOf(sheetBefore, "D2"));
    expect(styleOf(sheetBefore, "D2")).toBeDefined();

    const grid = (bytes: Uint8Array) => openXlsx(bytes).readSheetSync("Data Categorisation").rows;
    const cellsOf = (rows: ReturnType<typeof grid>) =>
      new Map(
        rows.flatMap((r) => r.cells.map((text, c) => [`${c}:${r.row}`, text] as const)).filter(([, t]) => t !== ""),
      );
    const before = cellsOf(grid(input));
    const after = cellsOf(grid(fixed.bytes));
    const planned = new Map(fixed.edits.map((e) => [e.cell, e.value]));
    const address = (key: string) => {
      const [c, r] = key.split(":").map(Number);
      return `${String.fromCharCode(65 + (c ?? 0))}${r}`;
    };
    for (const [key, text] of after)
      expect([address(key), text]).toEqual([address(key), planned.get(address(key)) ?? before.get(key)]);
    for (const [key, text] of before) expect(after.get(key)).toBe(text);
    expect(after.size).toBe(before.size + planned.size);
  });

  it("is idempotent on the file: fixing the fixed workbook changes nothing", async () => {
    const again = await fixWorkbookBytes(fixed.bytes, { normalise: false });
    expect(again.edits).toEqual([]);
    expect(again.bytes).toBe(fixed.bytes);
  });

  itWithSoffice("opens in LibreOffice with the filled values, the formulas and the other sheet intact", () => {
    const folder = mkdtempSync(join(tmpdir(), "fix-lo-"));
    const path = join(folder, "fixed.xlsx");
    writeFileSync(path, fixed.bytes);
    const sheets = sheetsAsCsv(path);
    const rows = sheets["Data Categorisation"] ?? [];
    expect(rows[1]?.slice(2, 9)).toEqual([
      "4.1.2",
      "Share near-term operational forecasts",
      "Conduct operational planning and forecasting",
      "Operate",
      "Publish forecasts",
      "Market forecast",
      "Forecasting",
    ]);
    expect(rows[2]?.slice(2, 6)).toEqual([
      "1.1.2",
      "establish  regulations",
      "Co-design policy and regulations",
      "Oversee",
    ]);
    expect(rows[3]?.[5]).toBe("Trade");
    expect(sheets["Totals"]).toEqual([
      ["Rows", "3"],
      ["Double", "6"],
    ]);
  });
});
