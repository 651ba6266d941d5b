/**
 * `fix` over generated workbooks (fast-check, fixed seed, bounded runs): it writes nothing outside
 * its plan. Input and output are unzipped with fflate: the same parts in the same order, every part
 * byte-identical except worksheets of sheets the plan edits; and in every sheet every cell reads the
 * same except the planned ones, which read the planned value. Workbooks are written by exceljs with a
 * Data Categorisation tab (some lookups blank, some cells arbitrary text, numbers, booleans,
 * formulas), a notes tab of arbitrary cells and a number-formatted tab.
 */
import { unzipSync } from "fflate";
import fc from "fast-check";
import type ExcelJS from "exceljs";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { fixWorkbookBytes } from "../../src/cli/fix-workbook-file";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";
import { cellAddress } from "../../src/workbook/cell-address";
import { validCategorisation } from "../support/workbook-rows";
import { excelJsXlsx } from "../support/xlsx-exceljs";

const SEED = 20261202;
const headers = categorisationTab.columns.map((c) => c.header);
const validRow = categorisationTab.columns.map((c) => validCategorisation[c.key]);

type Cell = string | number | boolean | { formula: string } | null;
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom("public", "system to  system", "4.1.2", "Telemetry (Devices)", "  Daily ", "\u202eRTL", "🔥"),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  text,
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constantFrom({ formula: "1+1" }, { formula: "A1" }),
  fc.constant(null),
);

const book = fc.record({
  rows: fc.array(
    fc.record({
      blankLookups: fc.boolean(),
      blankId: fc.boolean(),
      overrides: fc.array(fc.tuple(fc.integer({ min: 0, max: headers.length - 1 }), cell), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  notes: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 }),
  normalise: fc.boolean(),
});

function setCell(sheet: ExcelJS.Worksheet, row: number, column: number, value: Cell): void {
  if (value === null) return;
  sheet.getCell(row, column).value = value as ExcelJS.CellValue;
}

function grids(bytes: Uint8Array): Map<string, string> {
  const workbook = openXlsx(bytes);
  const out = new Map<string, string>();
  for (const name of workbook.sheetNamesSync()) {
    for (const row of workbook.readSheetSync(name).rows)
      row.cells.forEach((value, c) => value !== "" && out.set(`${name}!${cellAddress(row.row, c)}`, value));
  }
  return out;
}

it("fix writes nothing outside its plan: other parts byte-identical, other cells unchanged", async () => {
  await fc.assert(
    fc.asyncProperty(book, async (spec) => {
      const input = await excelJsXlsx((workbook) => {
        const dc = workbook.addWorksheet("Data Categorisation");
        headers.forEach((h, c) => setCell(dc, 1, c + 1, h));
        spec.rows.forEach((row, r) => {
          const values: Cell[] = [...validRow];
          if (row.blankLookups) values[3] = values[4] = values[5] = null;
          if (row.blankId) values[2] = null;
          for (const [c, v] of row.overrides) values[c] = v;
          values.forEach((v, c) => setCell(dc, r + 2, c + 1, v));
        });
        const notes = workbook.addWorksheet("Notes");
        spec.notes.forEach((row, r) => row.forEach((v, c) => setCell(notes, r + 1, c + 1, v)));
        const figures = workbook.addWorksheet("Figures");
        figures.getCell("A1").value = 0.25;
        figures.getCell("A1").numFmt = "0%";
      });
      const fixed = await fixWorkbookBytes(input, { normalise: spec.normalise });
      const before = unzipSync(input);
      const after = unzipSync(fixed.bytes);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      const changedParts = Object.keys(before).filter(
        (name) => Buffer.compare(Buffer.from(before[name] ?? []), Buffer.from(after[name] ?? [])) !== 0,
      );
      const editedSheets = new Set(fixed.edits.map((e) => e.sheet));
      expect(changedParts.every((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))).toBe(true);
      expect(changedParts.length).toBeLessThanOrEqual(editedSheets.size);
      if (fixed.edits.length === 0) expect(fixed.bytes).toBe(input);

      const planned = new Map(fixed.edits.map((e) => [`${e.sheet}!${e.cell}`, e.value]));
      const was = grids(input);
      const now = grids(fixed.bytes);
      for (const [key, value] of now) expect([key, value]).toEqual([key, planned.get(key) ?? was.get(key)]);
      for (const [key, value] of was) if (!planned.has(key)) expect([key, now.get(key)]).toEqual([key, value]);
      for (const key of planned.keys()) expect(now.has(key)).toBe(true);
    }),
    { seed: SEED, numRuns: 30 },
  );
});
