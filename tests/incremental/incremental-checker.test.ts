import { IncrementalChecker } from "../../src/incremental/incremental-checker";
import { recheckClass } from "../../src/incremental/rule-plans";
import { defaultReference } from "../../src/model/default-reference";
import { rules } from "../../src/rules/index";
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
