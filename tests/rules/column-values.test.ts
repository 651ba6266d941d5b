/**
 * The shared column dictionaries the rules judge values with: rowsWhere and checkRowsByValues must
 * find exactly the rows a plain walk over every row finds, in tab order.
 */
import fc from "fast-check";
import { checkRowsByValues, rowsWhere, rowsWithEmpty, rowsWithExcelError } from "../../src/rules/utils/column-values";
import type { FindingDetails } from "../../src/check/rule";
import type { ParsedRow, ParsedTab } from "../../src/sheets/parsed-tab";
import type { CategorisationColumn } from "../../src/sheets/tab-definitions";
import { parsedBook } from "../support/workbook-rows";

type Row = ParsedRow<CategorisationColumn>;

async function tabOf(
  rows: Array<{ domain: string; sensitivity: string; interface: string }>,
): Promise<ParsedTab<CategorisationColumn>> {
  const book = await parsedBook({ categorisation: rows });
  const tab = book.categorisation;
  if (tab === undefined) throw new Error("no tab");
  return tab;
}

const values = fc.constantFrom("", "Operate", "operate", " Plan", "#N/A", "Trade", "x");
const rowsArb = fc.array(fc.record({ domain: values, sensitivity: values, interface: values }), {
  minLength: 1,
  maxLength: 30,
});

describe("column values", () => {
  it("rowsWhere, rowsWithEmpty and rowsWithExcelError find what a walk over the rows finds", async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, async (rows) => {
        const tab = await tabOf(rows);
        const test = (value: string) => value.startsWith("O") || value === "x";
        expect(rowsWhere(tab, "domain", "text", test).map((r) => r.row)).toEqual(
          tab.rows.filter((r) => test(r.text.domain)).map((r) => r.row),
        );
        expect(rowsWhere(tab, "domain", "raw", test).map((r) => r.row)).toEqual(
          tab.rows.filter((r) => test(r.raw.domain)).map((r) => r.row),
        );
        expect(rowsWithEmpty(tab, "sensitivity").map((r) => r.row)).toEqual(
          tab.rows.filter((r) => r.text.sensitivity === "").map((r) => r.row),
        );
        expect(rowsWithExcelError(tab, "interface").map((r) => r.row)).toEqual(
          tab.rows.filter((r) => r.raw.interface === "#N/A").map((r) => r.row),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("checkRowsByValues reports on exactly the rows a per-row check reports on", async () => {
    await fc.assert(
      fc.asyncProperty(rowsArb, async (rows) => {
        const tab = await tabOf(rows);
        const keys = ["domain", "sensitivity", "interface"] as const;
        const check = (row: Row, reporter: { report(d: FindingDetails): void }) => {
          if (row.text.domain === "Trade" || (row.text.sensitivity === "x" && row.text.interface !== "")) {
            reporter.report({
              sheet: tab.sheet,
              cell: `A${row.row}`,
              row: row.row,
              column: "Domain",
              message: "m",
              value: row.text.domain,
            });
          }
        };
        const expected: number[] = [];
        for (const row of tab.rows) check(row, { report: (d) => expected.push(d.row) });
        const found: number[] = [];
        checkRowsByValues(tab, [...keys], { report: (d) => found.push(d.row) }, check);
        expect(found).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
