/**
 * Properties of planning over random workbooks mixing valid values, variants, aliases, unknown
 * values, formula errors and blanks: planning again after applying a plan yields no edits, and
 * without normalise no edit targets a non-empty cell.
 */
import fc from "fast-check";
import { planFills } from "../../src/autofill/plan-fills";
import { cleanText } from "../../src/model/text-normalise";
import { readWorkbook } from "../../src/sheets/parsed-workbook";
import {
  categorisationTab,
  gapsTab,
  type CategorisationColumn,
  type GapColumn,
} from "../../src/sheets/tab-definitions";
import { defaultReference } from "../../src/model/default-reference";
import { MemoryWorkbook, type MemorySheet } from "../../src/workbook/memory/memory-workbook";
import { applyEditsToMemory, memoryCell } from "../support/memory-edits";
import { validCategorisation, validGap } from "../support/workbook-rows";

const model = defaultReference();

const pools = {
  useCaseGroup: [
    "",
    "OTN",
    "otn",
    "PO",
    "Planning and Oversight",
    "planning and oversight ",
    "Operate and Trade (normal)",
    "#N/A",
    "Nope",
  ],
  useCase: ["UC A", "uc  a", "UC B", "UC C"],
  capabilityId: ["", "", "4.1.2", "4.1.1", "3.4.1", "9.9.9", "#REF!", "4.1", " 4.1.2 "],
  capability: [
    "",
    "",
    "Share near-term operational forecasts",
    "share near-term OPERATIONAL forecasts",
    "Make tea",
    "Submit connection application",
  ],
  capabilityGroup: ["", "", "Conduct operational planning and forecasting", "4.1", "wrong"],
  domain: ["", "", "Operate", "operate", "Trade", "#N/A"],
  informationObject: ["Obj 1", "obj 1", "Obj 2", "Obj 3"],
  informationGroup: ["", "", "Forecasting", "forecasting", "Market"],
  informationCategory: ["", "Forecast", "forecast", "Market", "Telemetry (Devices)", "telemetry (device)"],
  interface: ["", "System to System", "system to  system", "S2S"],
  sensitivity: ["", "Public", " public", "Confidential"],
  gapType: ["", "Data", "data sharing"],
  priority: ["", "High", "high"],
} as const;

const pick = (values: readonly string[]) => fc.constantFrom(...values);

const categorisationRow = fc.record({
  useCaseGroup: pick(pools.useCaseGroup),
  useCase: pick(pools.useCase),
  capabilityId: pick(pools.capabilityId),
  capability: pick(pools.capability),
  capabilityGroup: pick(pools.capabilityGroup),
  domain: pick(pools.domain),
  informationObject: pick(pools.informationObject),
  informationGroup: pick(pools.informationGroup),
  informationCategory: pick(pools.informationCategory),
  interface: pick(pools.interface),
  sensitivity: pick(pools.sensitivity),
});

const gapRow = fc.record({
  useCase: pick(["", ...pools.useCase, "UC A; UC B"]),
  informationObject: pick(["", ...pools.informationObject]),
  informationCategory: pick(pools.informationCategory),
  capabilityId: pick(pools.capabilityId),
  capability: pick(pools.capability),
  domain: pick(pools.domain),
  gapType: pick(pools.gapType),
  priority: pick(pools.priority),
});

function sheetOf<K extends string>(
  columns: readonly { key: K; header: string }[],
  base: Record<K, string>,
  rows: Partial<Record<K, string>>[],
): MemorySheet {
  return { rows: [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => row[c.key] ?? base[c.key]))] };
}

const bookSheets = fc
  .tuple(fc.array(categorisationRow, { maxLength: 8 }), fc.array(gapRow, { maxLength: 5 }))
  .map(([categorisation, gaps]) => ({
    "Data Categorisation": sheetOf<CategorisationColumn>(
      categorisationTab.columns,
      validCategorisation,
      categorisation,
    ),
    "Distinct Gap Analysis": sheetOf<GapColumn>(gapsTab.columns, validGap, gaps),
  }));

const plan = async (sheets: Record<string, MemorySheet>, normalise: boolean) =>
  planFills(await readWorkbook(new MemoryWorkbook(sheets)), model, { normalise });

describe.each([false, true])("planning (normalise: %s)", (normalise) => {
  it("is idempotent: planning again after applying a plan yields no edits", async () => {
    await fc.assert(
      fc.asyncProperty(bookSheets, async (sheets) => {
        const first = await plan(sheets, normalise);
        const again = await plan(applyEditsToMemory(sheets, first.edits), normalise);
        expect(again.edits).toEqual([]);
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });

  it("edits each cell at most once", async () => {
    await fc.assert(
      fc.asyncProperty(bookSheets, async (sheets) => {
        const { edits } = await plan(sheets, normalise);
        expect(new Set(edits.map((e) => `${e.sheet}!${e.cell}`)).size).toBe(edits.length);
      }),
      { seed: 20261202, numRuns: 100 },
    );
  });
});

it("never targets a non-empty cell without normalise, and only fills with it", async () => {
  await fc.assert(
    fc.asyncProperty(bookSheets, fc.boolean(), async (sheets, normalise) => {
      const { edits } = await plan(sheets, normalise);
      for (const edit of edits) {
        const empty = cleanText(memoryCell(sheets, edit.sheet, edit.cell)) === "";
        expect(edit.kind === "fill" ? empty : !empty && normalise).toBe(true);
      }
    }),
    { seed: 20261202, numRuns: 300 },
  );
});
