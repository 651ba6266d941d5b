import { defaultReference } from "../../src/model/default-reference";
import { markReviewed, REVIEW_MARK_KEY, sinceLastReview } from "../../src/workflows/review/review-mark";
import { forgetSetting, keptSettings } from "../../src/workflows/settings/kept-settings";
import { memoryBook, validCategorisation, type CategorisationRow } from "../support/workbook-rows";
import type { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";

const model = defaultReference();
const rows: CategorisationRow[] = [
  { informationObject: "Market forecast" },
  { informationObject: "Network constraints", sensitivity: "Restricted" },
  { informationObject: "Outage schedule", sensitivity: "Restricted" },
];

async function edit(book: MemoryWorkbook, cell: string, text: string): Promise<void> {
  await book.write({ cells: [{ sheet: "Data Categorisation", cell, text }] });
}

describe("Mark as reviewed: what changed since, without the old file", () => {
  it("is undefined before any review, and nothing after one when nothing changed", async () => {
    const book = memoryBook({ categorisation: rows });
    expect(await sinceLastReview(book, book, model)).toBeUndefined();
    const mark = await markReviewed(book, book, model, new Date("2026-12-01T10:00:00Z"));
    expect(mark).toMatchObject({ at: "2026-12-01T10:00:00.000Z", rows: 3, findings: 0 });
    expect(mark.size).toBe(JSON.stringify((await book.readSettings([REVIEW_MARK_KEY]))[REVIEW_MARK_KEY]).length);
    expect(await sinceLastReview(book, book, model)).toEqual({
      at: "2026-12-01T10:00:00.000Z",
      tabs: [{ tab: "categorisation", sheet: "Data Categorisation", added: [], changed: [], removed: 0 }],
      introduced: [],
      resolved: 0,
    });
  });

  it("names changed and added rows, counts removed ones, and lists the findings introduced", async () => {
    const book = memoryBook({ categorisation: rows });
    await markReviewed(book, book, model);
    await edit(book, "P3", "Secret"); // Sensitivity of Network constraints: a new error
    await edit(book, "H4", "Outage schedules"); // a key edited: reads as added + removed
    await book.write({
      cells: Object.values(validCategorisation).map((value, i) => ({
        sheet: "Data Categorisation",
        cell: `${String.fromCharCode(65 + i)}5`,
        text: i === 7 ? "Tariff" : value,
      })),
    });
    const since = await sinceLastReview(book, book, model);
    const tab = since?.tabs[0];
    expect(tab?.changed).toEqual([
      { row: 3, key: expect.objectContaining({ "Information Object": "Network constraints" }) },
    ]);
    expect(tab?.added.map((r) => r.row)).toEqual([4, 5]);
    expect(tab?.removed).toBe(1);
    expect(since?.introduced.map((f) => [f.rule, f.cell])).toEqual([["sensitivity.unknown", "P3"]]);
    expect(since?.resolved).toBe(0);
    // Sorting alone changes nothing.
    await markReviewed(book, book, model);
    const grid = await book.readSheet("Data Categorisation");
    const [first, , , last] = grid.rows.slice(1).map((r) => r.cells);
    await book.write({
      cells: (last ?? []).flatMap((text, i) => [
        { sheet: "Data Categorisation", cell: `${String.fromCharCode(65 + i)}2`, text },
        { sheet: "Data Categorisation", cell: `${String.fromCharCode(65 + i)}5`, text: first?.[i] ?? "" },
      ]),
    });
    expect(await sinceLastReview(book, book, model)).toMatchObject({
      tabs: [{ added: [], changed: [], removed: 0 }],
      introduced: [],
      resolved: 0,
    });
  });

  it("is listed among the settings the add-in keeps, and forgetting it forgets the review", async () => {
    const book = memoryBook({ categorisation: rows });
    expect((await keptSettings(book)).find((k) => k.kind === "reviewed")).toMatchObject({ present: false });
    await markReviewed(book, book, model, new Date("2026-12-01T10:00:00Z"));
    expect((await keptSettings(book)).find((k) => k.kind === "reviewed")).toMatchObject({
      present: true,
      detail: expect.stringContaining("2026-12-01"),
    });
    await forgetSetting({ writer: book, dropdowns: undefined as never }, "reviewed");
    expect(await sinceLastReview(book, book, model)).toBeUndefined();
  });

  it("ignores an unreadable mark rather than failing", async () => {
    const book = memoryBook({ categorisation: rows });
    await book.write({ settings: { [REVIEW_MARK_KEY]: { version: 9 } }, cells: [] });
    expect(await sinceLastReview(book, book, model)).toBeUndefined();
  });
});
