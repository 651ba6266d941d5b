/**
 * Whatever analysts type, the rules never crash and every finding points at a real cell of a real
 * tab: a property test over arbitrary cell text (unicode, whitespace, error codes, numbers, lists).
 */
import fc from "fast-check";
import { defaultReference } from "../../src/model/default-reference";
import { runRules } from "../../src/check/run-rules";
import { readWorkbook } from "../../src/sheets/parsed-workbook";
import { categorisationTab, gapsTab, optionsTab } from "../../src/sheets/tab-definitions";
import { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";
import { validCategorisation, validGap, validOption } from "../support/workbook-rows";

const model = defaultReference();

// Values an analyst might leave in a cell: real vocabulary, near misses, junk, errors and lists.
const cellText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom(
    "",
    " ",
    "\u00a0",
    "#N/A",
    "#REF!",
    "4.3",
    "4.2.8",
    "4.3.2 Monitor network / power system",
    "public",
    "Confidential",
    "On demand",
    "As per frequency",
    "5 minutes",
    "Daily",
    "Issues",
    "G01; G02",
    "DNSP\nAggregater",
    "Telemetry (Devices)",
    "(s)",
    "&",
    "0",
  ),
  fc.double().map(String),
);

function sheetRows(headers: readonly string[], base: readonly string[], rows: string[][]): string[][] {
  return [headers as string[], ...rows.map((row) => base.map((value, i) => row[i] ?? value))];
}

it("never throws and always names a cell of the tab it reports on", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(cellText, { maxLength: 18 }), { maxLength: 8 }),
      fc.array(fc.array(cellText, { maxLength: 14 }), { maxLength: 5 }),
      fc.array(fc.array(cellText, { maxLength: 6 }), { maxLength: 5 }),
      async (dc, gaps, options) => {
        const book = await readWorkbook(
          new MemoryWorkbook({
            "Data Categorisation": {
              rows: sheetRows(
                categorisationTab.columns.map((c) => c.header),
                Object.values(validCategorisation),
                dc,
              ),
            },
            "Distinct Gap Analysis": {
              rows: sheetRows(
                gapsTab.columns.map((c) => c.header),
                Object.values(validGap),
                gaps,
              ),
            },
            Options: {
              rows: sheetRows(
                optionsTab.columns.map((c) => c.header),
                Object.values(validOption),
                options,
              ),
            },
          }),
        );
        for (const finding of runRules(book, model)) {
          expect(["Data Categorisation", "Distinct Gap Analysis", "Options"]).toContain(finding.sheet);
          expect(finding.cell).toMatch(/^[A-Z]+\d+$/);
          expect(finding.row).toBeGreaterThanOrEqual(1);
          expect(finding.message.trim().length).toBeGreaterThan(10);
        }
      },
    ),
    { seed: 20261202, numRuns: 150 },
  );
});
