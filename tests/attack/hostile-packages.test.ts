/**
 * Attack: packages built to exhaust or deceive the reader, each answered in one line (exit 2) or read
 * truly: bombs (honest and lying about their size), sheets padded to 16,384 columns, ZIP64 archives
 * with many parts, and damage Excel calls corrupt (a wrong CRC, duplicate entries, XML cut short,
 * two sheets of one name, rows past 1,048,576). The full-size cases run in `npm run bench -- attack`;
 * these scaled-down ones fail as soon as the protection is taken away.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../../src/cli/main";
import { budgetLimit } from "../../src/cli/run-budget";
import { ReadBudget } from "../../src/workbook/xlsx/read-budget";
import { openXlsx, WorkbookReadError } from "../../src/workbook/xlsx/xlsx-workbook";
import { readZipDirectory } from "../../src/workbook/xlsx/zip-directory";
import {
  categorisationSheetXml,
  entryOf,
  manyPartsBook,
  rowBomb,
  SHEET_PART,
  sparseXfdBook,
  withEntry,
  workbookEntries,
  writeZip,
} from "../support/hostile-files";
import { buildXlsx, worksheetXml } from "../support/xlsx-package-builder";
import { withBudget } from "../support/memory-budget";

const root = resolve(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "attack-pkg-"));
function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function expectOneLine(result: { exitCode: number; stderr: string; stdout: string }, message: RegExp): void {
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.exitCode).toBe(2);
}

describe("attack: bounded by what the file really holds", () => {
  it("a sheet with one cell in XFD on each row is refused as too large once its padding passes the budget", async () => {
    const path = file("sparse.xlsx", sparseXfdBook(2_000)); // 2,000 x 16,384 slots = 256 MB, over a 32 MB budget
    const result = await withBudget(32, () => runCli(["validate", path]));
    expectOneLine(
      result,
      /^This workbook is too large to read: sheet "Data Categorisation" \(row \d+ spans 16384 columns\) needs more than the 32 MB/,
    );
  });

  it("an honest bomb (tiny rows, its real size declared) is refused as soon as what it keeps passes the budget", async () => {
    const path = file("honest-bomb.xlsx", rowBomb(1_000_000)); // 49 MB of rows in a few hundred KB
    expectOneLine(
      await withBudget(32, () => runCli(["validate", path])),
      /^This workbook is too large to read: the part xl\/worksheets\/sheet1\.xml needs more than the 32 MB/,
    );
  });

  it("a run given a small heap (node --max-old-space-size=96) refuses the honest bomb in one line, never dying in node's heap dump", () => {
    const path = file("honest-bomb-small-heap.xlsx", rowBomb(1_000_000));
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: "" };
    delete env.CERDC_MEMORY_MB;
    const result = spawnSync(
      process.execPath,
      ["--max-old-space-size=96", "--import", "tsx", join(root, "src/cli/main.ts"), "validate", path],
      { cwd: root, encoding: "utf8", env, timeout: 60_000 },
    );
    expect(result.stderr).toMatch(
      /^This workbook is too large to read: the part xl\/worksheets\/sheet1\.xml needs more than the \d+ MB of memory a run may use/,
    );
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.status).toBe(2);
  }, 60_000);

  it("the budget is at most a share of the heap node was given, and CERDC_MEMORY_MB or 640 MB below that", () => {
    const MB = 1048576;
    expect(budgetLimit({}, 4096 * MB)).toBe(640 * MB);
    expect(budgetLimit({ CERDC_MEMORY_MB: "100" }, 4096 * MB)).toBe(100 * MB);
    expect(budgetLimit({}, 144 * MB)).toBeLessThan(72 * MB);
    expect(budgetLimit({ CERDC_MEMORY_MB: "4000" }, 1024 * MB)).toBeLessThan(512 * MB);
  });

  it("a bomb that declares 1,000 bytes stops unpacking there and is damaged", async () => {
    const path = file("lying-bomb.xlsx", rowBomb(1_000_000, { lie: true }));
    expectOneLine(
      await runCli(["validate", path]),
      /^This \.xlsx file is damaged: the part xl\/worksheets\/sheet1\.xml could not be unpacked \(it unpacks to more than its directory says\)\.\n$/,
    );
  });

  it("the portable reader (fflate, the pane's) writes no further than the declared size either: damaged", () => {
    const book = openXlsx(rowBomb(1_000_000, { lie: true }));
    expect(() => book.readSheetSync("Data Categorisation")).toThrow(
      /^This \.xlsx file is damaged: the part xl\/worksheets\/sheet1\.xml (could not be unpacked|fails its CRC check)/,
    );
  });

  it("a directory declaring more entries than its bytes can hold is damaged at once", () => {
    const bytes = manyPartsBook(0);
    const end = bytes.length - 22;
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    view.setUint16(end + 8, 0xfffe, true);
    view.setUint16(end + 10, 0xfffe, true);
    expect(() => openXlsx(bytes)).toThrow(/ZIP directory is broken/);
  });

  it("the budget is one for the run: two parts that fit alone do not fit together", () => {
    const budget = new ReadBudget(1024 * 1024);
    budget.charge(700 * 1024, "one");
    expect(() => budget.charge(400 * 1024, "two")).toThrow(WorkbookReadError);
  });
});

describe("attack: ZIP64 and many parts", () => {
  it("a workbook of 70,000 parts (ZIP64) is indexed once and validated", async () => {
    const bytes = manyPartsBook(70_000);
    const directory = readZipDirectory(bytes);
    expect(directory.zip64).toBe(true);
    expect(directory.entries).toHaveLength(70_000 + workbookEntries().length);
    const result = await runCli(["validate", file("many.xlsx", bytes), "--format", "json"]);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      sheets: expect.arrayContaining([expect.objectContaining({ tab: "Data Categorisation" })]),
    });
  });

  it("fix on a ZIP64 input (every size and offset in ZIP64 fields) keeps every untouched part byte for byte", async () => {
    const source = writeZip(
      withEntry(workbookEntries(), entryOf(SHEET_PART, categorisationSheetXml(["A use case", "An activity", "1.1.1"]))),
      { zip64: true },
    );
    const input = file("zip64.xlsx", source);
    const out = join(dir, "zip64-fixed.xlsx");
    const result = await runCli(["fix", input, "--out", out]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/Filled [1-9]/);
    const before = readZipDirectory(source);
    const fixed = readFileSync(out);
    const after = readZipDirectory(fixed);
    expect(after.entries.map((e) => e.name)).toEqual(before.entries.map((e) => e.name));
    for (const entry of before.entries) {
      if (entry.name === SHEET_PART) continue;
      const twin = after.entries.find((e) => e.name === entry.name);
      expect(twin).toBeDefined();
      expect(
        Buffer.from(fixed.subarray(twin?.localOffset, twin?.localEnd)).equals(
          Buffer.from(source.subarray(entry.localOffset, entry.localEnd)),
        ),
      ).toBe(true);
    }
    // Another reader agrees the package is whole.
    expect(Object.keys(unzipSync(fixed))).toContain(SHEET_PART);
    expect(openXlsx(fixed).readSheetSync("Data Categorisation").rows[1]?.cells[3]).not.toBe("");
  });
});

describe("attack: damage Excel calls corrupt is reported as damage", () => {
  const entries = workbookEntries();
  it.each<[string, () => Uint8Array, RegExp]>([
    [
      "a wrong CRC",
      () => writeZip(entries.map((e) => (e.name === SHEET_PART ? { ...e, crc: (e.crc ^ 1) >>> 0 } : e))),
      /sheet1\.xml fails its CRC check/,
    ],
    [
      "two entries of one name",
      () => writeZip([...entries, entryOf(SHEET_PART, worksheetXml(""))]),
      /two of its ZIP entries are named "xl\/worksheets\/sheet1\.xml"/,
    ],
    [
      "two entries differing only in case",
      () => writeZip([...entries, entryOf("XL/Worksheets/Sheet1.xml", worksheetXml(""))]),
      /two of its ZIP entries are named/,
    ],
    [
      "a sheet whose XML is cut short",
      () =>
        writeZip(
          withEntry(entries, entryOf(SHEET_PART, categorisationSheetXml(["a", "b"]).replace("</worksheet>", ""))),
        ),
      /the XML of sheet "Data Categorisation" is cut short or not closed/,
    ],
    [
      "a sheet cut in the middle of its rows",
      () => writeZip(withEntry(entries, entryOf(SHEET_PART, categorisationSheetXml(["a", "b"]).slice(0, -60)))),
      /cut short or not closed/,
    ],
    [
      "a workbook part never closed",
      () =>
        writeZip(
          entries.map((e) =>
            e.name === "xl/workbook.xml"
              ? entryOf(e.name, new TextDecoder().decode(unzipSync(writeZip([e]))[e.name]).replace("</workbook>", ""))
              : e,
          ),
        ),
      /workbook part is cut short/,
    ],
    [
      "bytes that are not UTF-8 in a sheet (XML must refuse them; fix wrote them back as U+FFFD)",
      () => {
        const [before, after] = categorisationSheetXml(["a\uFFFD", "b"]).split("\uFFFD");
        const bytes = Buffer.concat([Buffer.from(before ?? ""), Buffer.from([0xff, 0xfe]), Buffer.from(after ?? "")]);
        return writeZip(withEntry(entries, entryOf(SHEET_PART, bytes)));
      },
      /the part xl\/worksheets\/sheet1\.xml is not valid UTF-8 text/,
    ],
    [
      "a row past 1,048,576",
      () =>
        writeZip(
          withEntry(
            entries,
            entryOf(
              SHEET_PART,
              categorisationSheetXml(
                ["a", "b"],
                '<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row>',
              ),
            ),
          ),
        ),
      /row 2000000, past Excel's last row 1048576/,
    ],
  ])("%s: one line, exit 2", async (name, make, message) => {
    expectOneLine(await runCli(["validate", file(`${name.replace(/\W+/g, "-")}.xlsx`, make())]), message);
  });

  it("entries locked with a ZIP password (zip -P): said so, not 'damaged ... may be incomplete'", async () => {
    const bytes = Buffer.from(writeZip(workbookEntries()));
    // General purpose flag bit 0 (encrypted) on every entry, as zip -P sets it; the data is left as it is.
    for (const entry of readZipDirectory(bytes).entries) bytes.writeUInt16LE(1, entry.recordStart + 8);
    const path = file("zip-password.xlsx", bytes);
    for (const argv of [
      ["validate", path],
      ["fix", path, "--out", join(dir, "never.xlsx")],
      ["summary", path],
    ]) {
      expectOneLine(
        await runCli(argv),
        /^This file's parts are locked with a ZIP password, which Excel never sets: unzip it with its password and zip the parts again, or open it in Excel and save it as \.xlsx\.\n$/,
      );
    }
  });

  it("two sheets of one name (differing in case): damaged, never the first checked and the other ignored", async () => {
    const bytes = buildXlsx({
      sheets: [
        { name: "Data Categorisation", xml: categorisationSheetXml(["a"]) },
        { name: "DATA CATEGORISATION", xml: categorisationSheetXml(["b"]) },
      ],
    });
    expectOneLine(
      await runCli(["validate", file("dup-sheets.xlsx", bytes)]),
      /two of its sheets are named "DATA CATEGORISATION"/,
    );
  });
});
