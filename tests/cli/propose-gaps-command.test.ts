/**
 * `propose-gaps` over .xlsx files: a dry run lists the proposed rows and writes nothing; --out writes
 * a copy with only those cells changed; JSON for scripts; never over its input; clear failures.
 */
import { strFromU8, unzipSync } from "fflate";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { categorisationTab, gapsTab } from "../../src/sheets/tab-definitions";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";
import { excelJsXlsx } from "../support/xlsx-exceljs";
import { validCategorisation, validGap, type CategorisationRow } from "../support/workbook-rows";

const issue = (rationale: string, more: CategorisationRow = {}): CategorisationRow => ({
  quality: "Issues",
  qualityRationale: rationale,
  ...more,
});
const categorisation = [
  {},
  issue("Forecasts are published late"),
  issue("Forecasts are published late", { useCase: "Market Operations" }),
  issue("Meter data incomplete", { informationObject: "Meter reads" }),
  issue(""),
];

async function book(withGaps = true): Promise<Uint8Array> {
  return excelJsXlsx((workbook) => {
    const dc = workbook.addWorksheet("Data Categorisation");
    dc.addRow(categorisationTab.columns.map((c) => c.header));
    for (const row of categorisation)
      dc.addRow(categorisationTab.columns.map((c) => (row as CategorisationRow)[c.key] ?? validCategorisation[c.key]));
    if (withGaps) {
      const gaps = workbook.addWorksheet("Distinct Gap Analysis");
      gaps.addRow(gapsTab.columns.map((c) => c.header));
      gaps.addRow(
        gapsTab.columns.map((c) => ({ ...validGap, gapId: "G05", informationObject: "Price signal" })[c.key]),
      );
      gaps.addRow(
        gapsTab.columns.map(
          (c) =>
            ({ ...validGap, gapId: "G06", gapDescription: "Meter data incomplete", informationObject: "Meter reads" })[
              c.key
            ],
        ),
      );
    }
    workbook.addWorksheet("Notes").getCell("A1").value = "keep me";
  });
}

describe("cli propose-gaps", () => {
  let folder: string;
  let input: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "propose-gaps-cli-"));
    input = join(folder, "book.xlsx");
    writeFileSync(input, await book());
  });

  it("lists the proposed rows on a dry run and writes nothing", async () => {
    const before = readFileSync(input);
    const result = await runCli(["propose-gaps", input]);
    expect(result.stderr).toBe("");
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`${input}: 1 new gap for Distinct Gap Analysis`);
    expect(result.stdout).toContain("  G07  row 4  Market forecast: Forecasts are published late");
    expect(result.stdout).toContain("      Use Case: Forecast and Planning Operations; Market Operations");
    expect(result.stdout).toContain("      Evidence: Data Categorisation rows 3, 4");
    expect(result.stdout).toContain("Meter reads: Meter data incomplete -> G06");
    expect(result.stdout).toMatch(/without a Quality Rationale on Data Categorisation row 6/);
    expect(result.stdout).toContain("Dry run: nothing written.");
    expect(readFileSync(input)).toEqual(before);
  });

  it("writes the rows to a copy with --out, changing only the gap sheet, and proposes nothing more there", async () => {
    const out = join(folder, "with-gaps.xlsx");
    const result = await runCli(["propose-gaps", input, "--out", out]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`Wrote 1 gap (9 cells) to ${out}.`);
    const rows = openXlsx(readFileSync(out)).readSheetSync("Distinct Gap Analysis").rows;
    const header = gapsTab.columns.map((c) => c.header);
    const added = rows.find((r) => r.row === 4)?.cells ?? [];
    expect(added[header.indexOf("Gap ID")]).toBe("G07");
    expect(added[header.indexOf("Gap Type")] ?? "").toBe("");
    expect(added[header.indexOf("Capability Status")] ?? "").toBe("");
    expect(added[header.indexOf("Capability ID")]).toBe("4.1.2");
    const [a, b] = [unzipSync(readFileSync(input)), unzipSync(readFileSync(out))];
    const changed = Object.keys(a).filter(
      (name) => strFromU8(a[name] ?? new Uint8Array()) !== strFromU8(b[name] ?? new Uint8Array()),
    );
    expect(changed).toEqual(["xl/worksheets/sheet2.xml"]);
    const again = await runCli(["propose-gaps", out]);
    expect(again.stdout).toContain("no new gaps to propose");
  });

  it("prints JSON for scripts", async () => {
    const result = await runCli(["propose-gaps", input, "--format", "json"]);
    const report = JSON.parse(result.stdout) as {
      sheet: string;
      gaps: Array<{ gapId: string; row: number; cells: Record<string, string> }>;
      covered: unknown[];
      withoutRationale: number[];
    };
    expect(report.sheet).toBe("Distinct Gap Analysis");
    expect(report.gaps).toEqual([
      expect.objectContaining({
        gapId: "G07",
        row: 4,
        cells: expect.objectContaining({ "Gap ID": "G07", Domain: "Operate", "Information Category": "Forecast" }),
      }),
    ]);
    expect(report.gaps[0]?.cells).not.toHaveProperty("Gap Type");
    expect(report.withoutRationale).toEqual([6]);
  });

  it("never writes over its input and says what a workbook lacks", async () => {
    const same = await runCli(["propose-gaps", input, "--out", input]);
    expect(same.exitCode).toBe(2);
    expect(same.stderr).toMatch(/never writes over its input/);
    const bare = join(folder, "no-gaps.xlsx");
    writeFileSync(bare, await book(false));
    const missing = await runCli(["propose-gaps", bare, "--out", join(folder, "never.xlsx")]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(
      /no "Distinct Gap Analysis" tab to write gaps to: add it with `cerdc add-tabs .*no-gaps\.xlsx --out <new\.xlsx>`/,
    );
    expect(existsSync(join(folder, "never.xlsx"))).toBe(false);
    // Without --out the gaps are listed all the same, as the tab would hold them once added.
    const listed = await runCli(["propose-gaps", bare]);
    expect(listed.exitCode).toBe(0);
    expect(listed.stdout).toContain(`${bare}: 2 new gaps for Distinct Gap Analysis`);
    expect(listed.stdout).toMatch(/G01 {2}row 2 /);
    expect(listed.stdout).toContain('has no "Distinct Gap Analysis" tab yet: `cerdc add-tabs');
    const json = JSON.parse((await runCli(["propose-gaps", bare, "--format", "json"])).stdout) as {
      tabMissing?: boolean;
      gaps: unknown[];
    };
    expect(json).toMatchObject({
      tabMissing: true,
      gaps: [expect.objectContaining({ gapId: "G01", row: 2 }), expect.objectContaining({ gapId: "G02", row: 3 })],
    });
    expect((await runCli(["propose-gaps"])).exitCode).toBe(2);
    expect((await runCli(["propose-gaps", input, "--format", "xml"])).stderr).toMatch(/--format must be text or json/);
  });

  it("is in the help", async () => {
    expect((await runCli(["--help"])).stdout).toContain("propose-gaps <book.xlsx> [--out <new.xlsx> [--force]]");
    expect((await runCli(["propose-gaps", "--help"])).stdout).toContain(
      "Without --out nothing is written, and the gaps are\nlisted even when the workbook has no Distinct Gap Analysis tab yet",
    );
  });
});
