/**
 * A tab formatted out to column XFD (as LibreOffice and Excel save one after a whole row range was
 * formatted) reads as its values: every command says what it says of the same workbook unformatted,
 * under a memory budget far below what the padding unpacks to. The run's bounds still hold: a part
 * of empty cells past what a run may unpack is refused before it is unpacked, and one that lies
 * about its size or its CRC is damaged, on this chunked path too.
 */
import { unzipSync } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { ReadBudget } from "../../src/workbook/xlsx/read-budget";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";
import { readZipDirectory } from "../../src/workbook/xlsx/zip-directory";
import {
  categorisationSheetXml,
  entryOf,
  repeatedDeflate,
  SHEET_PART,
  withEntry,
  workbookEntries,
  writeZip,
} from "../support/hostile-files";
import { paddedFormattingBook, SAMPLE_WORKBOOK } from "../support/padded-formatting";
import { withBudget } from "../support/memory-budget";

const dir = mkdtempSync(join(tmpdir(), "padded-"));
// 60 rows x 16,384 cells: a 20 MB sheet part, over the 8 MB a 16 MB budget can hold whole.
const padded = paddedFormattingBook(60);
const paddedPath = join(dir, "padded.xlsx");
writeFileSync(paddedPath, padded);

describe("a tab formatted out to column XFD", () => {
  it("is far larger unpacked than the budget lets a run hold", () => {
    const sheet = readZipDirectory(padded).entries.find((e) => e.name === "xl/worksheets/sheet2.xml");
    expect(sheet?.size).toBeGreaterThan(16 * 1024 * 1024);
  });

  it.each([
    ["validate", ["--format", "json"]],
    ["suggest", []],
    ["summary", []],
  ])("%s says what it says of the unformatted workbook, within a 16 MB budget", async (command, options) => {
    const plain = await runCli([command, SAMPLE_WORKBOOK, ...options]);
    const result = await withBudget(16, () => runCli([command, paddedPath, ...options]));
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(plain.exitCode);
    expect(result.stdout.split(paddedPath).join("BOOK")).toBe(plain.stdout.split(SAMPLE_WORKBOOK).join("BOOK"));
  });

  it("diff finds nothing between it and the unformatted workbook", async () => {
    const result = await withBudget(16, () => runCli(["diff", SAMPLE_WORKBOOK, paddedPath]));
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(
      /\n✔ 0 rows added, 0 removed, 0 changed, 0 moved; 0 findings introduced \(0 errors\), 0 resolved\n$/,
    );
    expect(result.exitCode).toBe(0);
  });

  it("fix reads it once (unpacking it again would pass what the run may unpack) and says how to make it writable", async () => {
    // An 8 MB budget may unpack 32 MB: the 20 MB part once, not twice.
    const result = await withBudget(8, () => runCli(["fix", paddedPath, "--out", join(dir, "fixed.xlsx")]));
    expect(result.stderr).toBe(
      'Cannot write to sheet "Data Categorisation": its part unpacks to 18 MB, mostly formatting of empty cells, more than a run can rewrite. In Excel or LibreOffice select the unused rows and columns, clear their formats, save, and run this again.\n',
    );
    expect(result.exitCode).toBe(2);
  });

  it("reads with the portable reader (the pane's) too, holding only the cells with values", () => {
    const book = openXlsx(padded, { budget: new ReadBudget(16 * 1024 * 1024) });
    const grid = book.readSheetSync("Data Categorisation");
    const sample = openXlsx(readFileSync(SAMPLE_WORKBOOK));
    expect(grid.rows).toEqual(sample.readSheetSync("Data Categorisation").rows);
  });
  it("reads the same when the padded sheet is stored uncompressed (method 0), as some writers store parts", () => {
    const parts = unzipSync(padded);
    const stored = writeZip(
      Object.entries(parts).map(([name, bytes]) =>
        name === "xl/worksheets/sheet2.xml"
          ? { ...entryOf(name, bytes), compressed: bytes, method: 0 as const }
          : entryOf(name, bytes),
      ),
    );
    const book = openXlsx(stored, { budget: new ReadBudget(16 * 1024 * 1024) });
    expect(book.readSheetSync("Data Categorisation").rows).toEqual(
      openXlsx(readFileSync(SAMPLE_WORKBOOK)).readSheetSync("Data Categorisation").rows,
    );
  });
});

describe("the chunked path keeps the run's bounds", () => {
  const head = categorisationSheetXml(["A use case", "An activity", "1.1.1"]).split("</sheetData>")[0] ?? "";
  const emptyCells = '<row r="3"><c r="A3" s="1"/>' + '<c r="B3" s="1"/>'.repeat(50_000) + "</row>";

  it("a part of empty cells past four times the budget is refused before it is unpacked", async () => {
    // 80 MB of empty cells, over the 32 MB an 8 MB budget may unpack.
    const bomb = repeatedDeflate(head, emptyCells, 100, "</sheetData></worksheet>");
    const path = join(dir, "empty-bomb.xlsx");
    writeFileSync(path, writeZip(withEntry(workbookEntries(), { name: SHEET_PART, ...bomb })));
    const result = await withBudget(8, () => runCli(["validate", path]));
    expect(result.stderr).toMatch(
      /^This workbook is too large to read: unpacking the part xl\/worksheets\/sheet1\.xml \(81 MB, empty formatted cells included\) would pass the 32 MB a run may unpack\.\n$/,
    );
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.exitCode).toBe(2);
  });

  it.each([
    [
      "declares less than it holds",
      { sizeDelta: -1000 },
      /could not be unpacked \(it unpacks to more than its directory says\)/,
    ],
    ["declares more than it holds", { sizeDelta: 1000 }, /unpacks to another size than its directory says/],
    ["has a wrong CRC", { crcFlip: true }, /fails its CRC check/],
  ])("a part too large to hold that %s is damaged", async (_what, tamper, message) => {
    const part = repeatedDeflate(head, emptyCells, 30, "</sheetData></worksheet>"); // 24 MB
    const entry = {
      name: SHEET_PART,
      compressed: part.compressed,
      size: part.size + ("sizeDelta" in tamper ? tamper.sizeDelta : 0),
      crc: "crcFlip" in tamper ? (part.crc ^ 1) >>> 0 : part.crc,
    };
    const path = join(dir, "tampered.xlsx");
    writeFileSync(path, writeZip(withEntry(workbookEntries(), entry)));
    const result = await withBudget(16, () => runCli(["validate", path]));
    expect(result.stderr).toMatch(
      new RegExp(`^This \\.xlsx file is damaged: the part xl/worksheets/sheet1\\.xml ${message.source}`),
    );
    expect(result.exitCode).toBe(2);
  });
});
