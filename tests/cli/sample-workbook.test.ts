/**
 * The bundled sample is what its generator writes (so it was not hand-edited), and it covers all
 * four use case groups.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sampleWorkbookBytes } from "../../scripts/sample/write-sample-workbook";
import { defaultReference } from "../../src/model/default-reference";
import { readWorkbook } from "../../src/sheets/parsed-workbook";
import { openXlsx } from "../../src/workbook/xlsx/xlsx-workbook";

const committed = openXlsx(readFileSync(join(__dirname, "..", "..", "seeds", "sample-workbook.xlsx")));

it("seeds/sample-workbook.xlsx holds exactly what `npm run sample:generate` writes", async () => {
  const fresh = openXlsx(await sampleWorkbookBytes());
  expect(committed.sheetNamesSync()).toEqual(fresh.sheetNamesSync());
  for (const name of fresh.sheetNamesSync()) expect(committed.readSheetSync(name)).toEqual(fresh.readSheetSync(name));
});

it("has rows in all four use case groups", async () => {
  const book = await readWorkbook(committed);
  const groups = new Set(
    book.categorisation?.rows.map((r) => defaultReference().useCaseGroups.match(r.text.useCaseGroup)?.term.code),
  );
  expect([...groups].sort()).toEqual(["CI", "OTE", "OTN", "PO"]);
});
