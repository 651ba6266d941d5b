/**
 * objectSpellings against the plain algorithm it shortcuts (every object's loose key in one map):
 * the same loose keys, in the same order, with the same rows per spelling.
 */
import fc from "fast-check";
import { looseKey } from "../../src/model/text-normalise";
import { objectSpellings, rowsByObject } from "../../src/rules/utils/rows-by-object";
import type { ParsedRow, ParsedTab } from "../../src/sheets/parsed-tab";
import type { CategorisationColumn } from "../../src/sheets/tab-definitions";
import { parsedBook } from "../support/workbook-rows";

type Row = ParsedRow<CategorisationColumn>;

function plainSpellings(tab: ParsedTab<CategorisationColumn>): Map<string, Map<string, Row[]>> {
  const groups = rowsByObject(tab);
  const objectsOf = new Map<string, string[]>();
  const suspects = new Set<string>();
  const entries: Array<[string, readonly Row[]]> = [];
  groups.forEach((objectKey, single, several) =>
    entries.push([objectKey, several ?? (single === undefined ? [] : [single])]),
  );
  for (const [objectKey, rows] of entries) {
    const key = looseKey(objectKey);
    const objects = objectsOf.get(key);
    if (objects === undefined) objectsOf.set(key, [objectKey]);
    else {
      objects.push(objectKey);
      suspects.add(key);
    }
    if (rows.some((row) => row.text.informationObject !== rows[0]?.text.informationObject)) suspects.add(key);
  }
  const spellings = new Map<string, Map<string, Row[]>>();
  for (const key of suspects) {
    const byName = new Map<string, Row[]>();
    for (const objectKey of objectsOf.get(key) ?? []) {
      for (const row of groups.get(objectKey) ?? [])
        byName.set(row.text.informationObject, [...(byName.get(row.text.informationObject) ?? []), row]);
    }
    spellings.set(key, byName);
  }
  return spellings;
}

const names = fc.constantFrom(
  "Market forecast",
  "market Forecast",
  "Market forecasts",
  "Market-forecast",
  "Bids & offers",
  "bids and offers",
  "Meter data",
  "Meter (s) data",
  "meter data",
  "Notice",
  "",
);

describe("objectSpellings", () => {
  it("finds what the plain one-map algorithm finds, in the same order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(names, { minLength: 1, maxLength: 25 }), async (objects) => {
        const tab = (await parsedBook({ categorisation: objects.map((informationObject) => ({ informationObject })) }))
          .categorisation;
        if (tab === undefined) throw new Error("no tab");
        const shape = (spellings: Map<string, Map<string, Row[]>>) =>
          [...spellings].map(([key, byName]) => [
            key,
            [...byName].map(([name, rows]) => [name, rows.map((r) => r.row)]),
          ]);
        expect(shape(objectSpellings(tab))).toEqual(shape(plainSpellings(tab)));
      }),
      { numRuns: 200 },
    );
  });
});
