/**
 * The dictionaries readTab builds per column: what each stored value reads as, the numbers the
 * rules' column codes are made from, and the give-up on a column of free text.
 */
import fc from "fast-check";
import { rowsWhere } from "../../src/rules/utils/column-values";
import { ColumnDictionary, MAX_VALUES, NOT_KEPT } from "../../src/sheets/column-dictionary";
import { tabWithRows } from "../../src/sheets/parsed-tab";
import { parsedBook } from "../support/workbook-rows";

describe("column dictionary", () => {
  it("numbers values in the order first met and knows what each reads as", () => {
    const dictionary = new ColumnDictionary();
    expect([" Plan ", "Operate", " Plan ", "#N/A", ""].map((v) => dictionary.codeOf(v))).toEqual([0, 1, 0, 2, 3]);
    expect(dictionary.shown).toEqual(["Plan", "Operate", "", ""]);
    expect(dictionary.filled).toEqual([true, true, true, false]);
    expect(dictionary.storedError).toEqual([false, false, true, false]);
  });

  it("gives up past MAX_VALUES distinct values", () => {
    const dictionary = new ColumnDictionary();
    for (let i = 0; i < MAX_VALUES; i++) expect(dictionary.codeOf(`name ${i}`)).toBe(i);
    expect(dictionary.gaveUp).toBe(false);
    expect(dictionary.codeOf("one more")).toBe(NOT_KEPT);
    expect(dictionary.codeOf("name 0")).toBe(NOT_KEPT);
    expect(dictionary.gaveUp).toBe(true);
  });

  it("the rules see the same distinct values, in the same order, from readTab's numbers as from the rows", async () => {
    const values = fc.constantFrom("", "Operate", "operate", " Plan", "Plan", "#N/A", "Trade", "a  b", "a b");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ domain: values, interface: values }), { minLength: 1, maxLength: 30 }),
        async (rows) => {
          const tab = (await parsedBook({ categorisation: rows })).categorisation;
          if (tab === undefined) throw new Error("no tab");
          expect(tab.storedColumns?.domain).toBeDefined();
          const withoutNumbers = tabWithRows(tab, tab.rows);
          for (const form of ["text", "raw"] as const) {
            const seen = (t: typeof tab) => {
              const tested: string[] = [];
              const found = rowsWhere(t, "domain", form, (value) => (tested.push(value), value.includes("a"))).map(
                (r) => r.row,
              );
              return { tested, found };
            };
            expect(seen(tab)).toEqual(seen(withoutNumbers));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("a column of free text is read cell by cell and left to the rules' own pass", async () => {
    const rows = Array.from({ length: MAX_VALUES + 10 }, (_, i) => ({
      informationObject: i === 5 ? " Spaced  name " : `Object ${i}`,
      interface: "#REF!",
    }));
    const tab = (await parsedBook({ categorisation: rows })).categorisation;
    if (tab === undefined) throw new Error("no tab");
    expect(tab.storedColumns?.informationObject).toBeUndefined();
    expect(tab.storedColumns?.interface).toBeDefined();
    expect(tab.rows[5]?.text.informationObject).toBe("Spaced name");
    expect(tab.rows[MAX_VALUES + 5]?.text.informationObject).toBe(`Object ${MAX_VALUES + 5}`);
    expect(tab.rows.length).toBe(MAX_VALUES + 10);
    expect(tab.errorRows?.interface?.length).toBe(MAX_VALUES + 10);
  });
});
