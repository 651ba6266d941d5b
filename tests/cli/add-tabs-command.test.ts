/**
 * `cerdc add-tabs`: the missing tabs added as the pane's Add missing tabs adds them (the same
 * workflow through the xlsx adapter): headers as an Excel table, dropdowns drawing on the hidden
 * "CER Lists" sheet and recorded in the add-in's settings, every existing part byte for byte, never
 * over its input.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { runCli } from "../../src/cli/main";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";
import { ADDING_TABS_KEY } from "../../src/workflows/tools/add-missing-tabs";
import { DROPDOWNS_KEY } from "../../src/workflows/tools/install-dropdowns";
import { readZipDirectory } from "../../src/workbook/xlsx/zip-directory";
import { categorisationSheetXml } from "../support/hostile-files";
import { itWithSoffice, sheetsAsCsv } from "../support/libreoffice";
import { buildXlsx } from "../support/xlsx-package-builder";

const dir = mkdtempSync(join(tmpdir(), "add-tabs-"));
const input = join(dir, "one-tab.xlsx");
const source = buildXlsx({
  sheets: [{ name: "Data Categorisation", xml: categorisationSheetXml(["A use case", "An activity", "1.1.1"]) }],
});
writeFileSync(input, source);

describe("cli add-tabs", () => {
  const out = join(dir, "three-tabs.xlsx");
  let stdout = "";
  beforeAll(async () => {
    const result = await runCli(["add-tabs", input, "--out", out]);
    expect(result.exitCode).toBe(0);
    stdout = result.stdout;
  });

  it("adds the missing tabs with their canonical headers as tables, and says so", () => {
    expect(stdout).toMatch(
      /^Added "Distinct Gap Analysis", "Options" to .*three-tabs\.xlsx \(headers as Excel tables, \d+ dropdown columns/,
    );
    const book = openXlsx(readFileSync(out));
    expect(book.sheetNamesSync()).toEqual(["Data Categorisation", "Distinct Gap Analysis", "Options", "CER Lists"]);
    expect(book.readSheetSync("Distinct Gap Analysis").rows[0]?.cells[0]).toBe("Gap ID");
    const parts = unzipSync(readFileSync(out));
    const tables = Object.keys(parts).filter((name) => name.startsWith("xl/tables/"));
    expect(tables.map((name) => /name="([^"]+)"/.exec(strFromU8(parts[name] ?? new Uint8Array()))?.[1]).sort()).toEqual(
      ["DistinctGapAnalysis", "Options"],
    );
  });

  it("puts dropdowns on the new tabs only, drawing on a hidden CER Lists sheet", () => {
    const parts = unzipSync(readFileSync(out));
    const workbook = strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array());
    expect(workbook).toMatch(/<sheet name="CER Lists" sheetId="\d+" state="hidden"/);
    const sheets = Object.entries(parts)
      .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .map(([, bytes]) => strFromU8(bytes));
    const withRules = sheets.filter((xml) => xml.includes("<dataValidation "));
    expect(withRules).toHaveLength(2);
    expect(withRules.join("")).toMatch(/<formula1>'CER Lists'!\$[A-Z]+\$2:\$[A-Z]+\$\d+<\/formula1>/);
  });

  it("records the dropdowns it set in the add-in's settings, as the pane records its own", async () => {
    const settings = await openXlsx(readFileSync(out)).readSettings([DROPDOWNS_KEY, ADDING_TABS_KEY]);
    const record = settings[DROPDOWNS_KEY] as Array<{ sheet: string; address: string }>;
    expect(new Set(record.map((area) => area.sheet))).toEqual(new Set(["Distinct Gap Analysis", "Options"]));
    expect(record.every((area) => /^[A-Z]+2:[A-Z]+1048576$/.test(area.address))).toBe(true);
    // The workflow's note of tabs begun and not finished is gone once they are.
    expect(settings[ADDING_TABS_KEY]).toBeUndefined();
  });

  it("carries every existing part over byte for byte but those that list the sheets and the package's parts", () => {
    const before = readZipDirectory(source);
    const fixed = readFileSync(out);
    const after = readZipDirectory(fixed);
    const listing = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "_rels/.rels"];
    for (const entry of before.entries) {
      if (listing.includes(entry.name)) continue;
      const twin = after.entries.find((e) => e.name === entry.name);
      expect(
        Buffer.from(fixed.subarray(twin?.localOffset, twin?.localEnd)).equals(
          Buffer.from(source.subarray(entry.localOffset, entry.localEnd)),
        ),
      ).toBe(true);
    }
  });

  it("on a workbook with all three tabs writes nothing", async () => {
    const again = await runCli(["add-tabs", out, "--out", join(dir, "never.xlsx")]);
    expect(again).toMatchObject({
      exitCode: 0,
      stdout: expect.stringMatching(/has all three tabs; nothing to add, nothing written/),
    });
  });

  it("never writes over its input, and replaces another file only with --force", async () => {
    expect((await runCli(["add-tabs", input, "--out", input])).stderr).toMatch(/never writes over its input/);
    expect((await runCli(["add-tabs", input, "--out", out])).stderr).toMatch(
      /already exists; choose a new file or add --force/,
    );
    expect((await runCli(["add-tabs", input])).stderr).toMatch(/^add-tabs takes one workbook and --out <new\.xlsx>/);
  });

  itWithSoffice(
    "the new workbook (from a book Excel-like writers make) opens in LibreOffice with the tabs and their headers",
    async () => {
      // exceljs writes the input here: LibreOffice refuses the minimal hand-built package above on its own.
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet("Data Categorisation");
      sheet.addRow(["Use Case", "Activity", "Capability ID"]);
      sheet.addRow(["A use case", "An activity", "1.1.1"]);
      const made = join(dir, "exceljs-one-tab.xlsx");
      await book.xlsx.writeFile(made);
      const added = join(dir, "exceljs-three-tabs.xlsx");
      expect((await runCli(["add-tabs", made, "--out", added])).exitCode).toBe(0);
      const sheets = sheetsAsCsv(added);
      expect(sheets["Data Categorisation"]?.[1]?.[2]).toBe("1.1.1");
      expect(sheets["Options"]?.[0]?.[0]).toBe("Option ID");
      expect(sheets["Distinct Gap Analysis"]?.[0]?.[0]).toBe("Gap ID");
    },
  );
});
