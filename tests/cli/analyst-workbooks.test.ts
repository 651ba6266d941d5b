/**
 * Workbooks as analysts and their tools leave them (tests/support/analyst-workbook.ts), in two XML
 * shapes: every planted defect is found at its cell, no row known to be right draws an error or a
 * warning, rows that are not data are listed once and nothing else, and the command line agrees.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { proposeGaps } from "../../src/gaps/propose-gaps";
import { defaultReference } from "../../src/model/default-reference";
import type { Finding } from "../../src/check/finding";
import { runRules } from "../../src/check/run-rules";
import { readWorkbook } from "../../src/sheets/parsed-workbook";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";
import {
  analystWorkbook,
  GOOD_ROWS,
  NOT_DATA_ROWS,
  PLANTED,
  twoRowHeaderWorkbook,
  type Shape,
} from "../support/analyst-workbook";

const model = defaultReference();
const DC = "Data Categorisation";

async function check(bytes: Uint8Array): Promise<Finding[]> {
  return runRules(await readWorkbook(openXlsx(bytes)), model);
}
const serious = (findings: readonly Finding[]) => findings.filter((f) => f.severity !== "info");

describe.each<Shape>(["sheets", "numbers"])("an analyst's workbook, %s XML shape", (shape) => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await check(analystWorkbook(shape));
  });

  it("finds every planted defect at its cell, and nothing else that is an error or a warning", () => {
    expect(serious(findings).map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(
      PLANTED.map((p) => `${DC}!${p.cell} ${p.rule}`),
    );
  });

  it("raises no error or warning on the rows known to be right", () => {
    expect(serious(findings).filter((f) => f.sheet === DC && GOOD_ROWS.includes(f.row))).toEqual([]);
  });

  it("lists the rows that are not data once per tab", () => {
    const notData = findings.filter((f) => f.rule === "row.not-data");
    expect(notData.map((f) => f.sheet)).toEqual([DC, "Distinct Gap Analysis"]);
    const listed = [...(notData[0]?.message ?? "").matchAll(/(\d+) \(/g)].map((m) => Number(m[1]));
    expect(listed).toEqual(NOT_DATA_ROWS);
    expect(notData[0]?.message).toContain("19 (the totals row of table Categorisation)");
  });

  it("reads typed times and joined roles as what they are, offering safe fixes only", () => {
    const spelling = findings.filter((f) => f.rule === "spelling.non-canonical");
    const at = (cell: string) => spelling.find((f) => f.cell === cell);
    expect(at("A5")?.suggestion).toBe("Operate and Trade (normal conditions)");
    expect(at("L5")?.suggestion).toBe("Aggregator; Retailer");
    expect(at("D6")?.suggestion).toBe("Share near-term operational forecasts");
    expect(at("P6")?.suggestion).toBe("Public");
    expect(spelling.every((f) => f.fix?.applicability === "safe")).toBe(true);
    expect(findings.filter((f) => f.sheet === DC && ["N4", "O4", "N7", "O7", "N8", "O8"].includes(f.cell))).toEqual([]);
  });

  it("proposes no gap for the issue G01 records in other words", async () => {
    const proposal = proposeGaps(await readWorkbook(openXlsx(analystWorkbook(shape))), model);
    expect(proposal.gaps).toEqual([]);
    expect(proposal.covered.map((c) => c.gapId)).toEqual(["G01"]);
  });
});

describe("a header written on two rows", () => {
  it('reads "Capability" over "ID" and "Name" as both columns, and checks the rows below', async () => {
    const book = await readWorkbook(openXlsx(twoRowHeaderWorkbook()));
    const tab = book.categorisation;
    expect(tab?.headerRow).toBe(2);
    expect(tab?.missingRequired).toEqual([]);
    expect(tab?.columns).toMatchObject({
      capabilityId: 2,
      capability: 3,
      informationObject: 7,
      informationGroup: 8,
      informationCategory: 9,
      initiator: 10,
      receiver: 11,
    });
    const findings = runRules(book, model);
    expect(serious(findings).map((f) => `${f.cell} ${f.rule}`)).toEqual(["C4 capability.unknown-id"]);
  });
});

describe("cerdc validate on an analyst's workbook", () => {
  it("exits 1 for the planted errors and reports the rows that are not data", async () => {
    const folder = mkdtempSync(join(tmpdir(), "analyst-"));
    const file = join(folder, "analyst.xlsx");
    writeFileSync(file, analystWorkbook("numbers"));
    const result = await runCli(["validate", file, "--format", "json"]);
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: Finding[] };
    expect(report.findings.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual([
      "P14",
      "N16",
      "G17",
      "J18",
    ]);
    expect(report.findings.some((f) => f.rule === "row.not-data")).toBe(true);
  });
});
