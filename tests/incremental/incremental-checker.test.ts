import { IncrementalChecker } from "../../src/incremental/incremental-checker";
import { recheckClass } from "../../src/incremental/rule-plans";
import { defaultReference } from "../../src/model/default-reference";
import { rules } from "../../src/rules/index";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";
import { memoryBook, validCategorisation } from "../support/workbook-rows";

const model = defaultReference();
const dc = "Data Categorisation";
const cells = (row: Partial<typeof validCategorisation>) => Object.values({ ...validCategorisation, ...row });

it("has a plan for every rule, so no change falls back to a full check for want of one", () => {
  expect(rules.filter((rule) => recheckClass(rule) === "unplanned").map((rule) => rule.id)).toEqual([]);
});

it("moves a finding down with its row when a row is inserted above it", async () => {
  const checker = await IncrementalChecker.open(
    memoryBook({ categorisation: [{}, {}, {}, {}, {}, { informationCategory: "Telemetry (Devices)" }] }),
    model,
  );
  expect(checker.findings.filter((f) => f.rule === "category.unknown").map((f) => f.cell)).toEqual(["J7"]);
  checker.apply({ kind: "insert", sheet: dc, at: 3, count: 1 });
  expect(checker.lastCheck).toBe("incremental");
  expect(checker.findings.filter((f) => f.rule === "category.unknown").map((f) => [f.cell, f.row])).toEqual([
    ["J8", 8],
  ]);
});

it("re-checks the rows of the same object when one of them is edited", async () => {
  const checker = await IncrementalChecker.open(
    memoryBook({ categorisation: [{}, { activity: "Another activity" }] }),
    model,
  );
  expect(checker.findings).toEqual([]);
  checker.apply({
    kind: "edit",
    sheet: dc,
    rows: [{ row: 3, cells: cells({ activity: "Another activity", sensitivity: "Critical" }) }],
  });
  expect(checker.findings.map((f) => [f.rule, f.cell])).toEqual([
    ["object.sensitivity-inconsistent", "P2"],
    ["object.sensitivity-inconsistent", "P3"],
  ]);
});

it("checks in full when the header row changes", async () => {
  const checker = await IncrementalChecker.open(memoryBook({ categorisation: [{}] }), model);
  checker.apply({ kind: "edit", sheet: dc, rows: [{ row: 1, cells: ["Use Case Group", "Use Case"] }] });
  expect(checker.lastCheck).toBe("full");
  expect(checker.findings.map((f) => f.rule)).toContain("header.missing-columns");
});

describe("a tab whose Excel table has a totals row", () => {
  const headerRow = categorisationTab.columns.map((column) => column.header);
  // The table's totals row holds "Total" and a count: never data, whatever it holds.
  const total = ["Total", "", "", "", "", "", "", "3"];
  const book = (rows: ReadonlyArray<readonly string[]>, totalsRow: number) =>
    new MemoryWorkbook({ [dc]: { rows: [headerRow, ...rows], totalsRows: [{ row: totalsRow, table: "Rows" }] } });

  it("keeps the totals row out of the data through edits, inserts and deletes, as a full check does", async () => {
    const first = cells({});
    const second = cells({ activity: "Second", sensitivity: "Critical" });
    const third = cells({ activity: "Third" });
    const checker = await IncrementalChecker.open(book([first, cells({ activity: "Second" }), third, total], 5), model);
    const expectAsFullCheck = async (rows: ReadonlyArray<readonly string[]>, totalsRow: number) =>
      expect(checker.findings).toEqual((await IncrementalChecker.open(book(rows, totalsRow), model)).findings);
    checker.apply({ kind: "edit", sheet: dc, rows: [{ row: 3, cells: second }] });
    await expectAsFullCheck([first, second, third, total], 5);
    checker.apply({ kind: "insert", sheet: dc, at: 3, count: 1 });
    await expectAsFullCheck([first, [], second, third, total], 6);
    const secret = cells({ sensitivity: "Top secret" });
    checker.apply({ kind: "edit", sheet: dc, rows: [{ row: 2, cells: secret }] });
    await expectAsFullCheck([secret, [], second, third, total], 6);
    checker.apply({ kind: "delete", sheet: dc, at: 3, count: 2 });
    await expectAsFullCheck([secret, third, total], 4);
  });
});
