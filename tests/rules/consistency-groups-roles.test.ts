/**
 * The consistency review compares Initiator and Receiver as roles: an alias ("AEMO" for "Market
 * Operator"), roles joined with "&" and typography are the same roles, while a different role still
 * disagrees. Making the rows agree leaves the rows that already name the chosen role alone.
 */
import { defaultReference } from "../../src/model/default-reference";
import { consistencyGroups } from "../../src/check/consistency-groups";
import { runRules } from "../../src/check/run-rules";
import { agreeChanges } from "../../src/workflows/review/consistency-review";
import type { CategorisationRow } from "../support/workbook-rows";
import { parsedBook } from "../support/workbook-rows";

const model = defaultReference();

async function reviewOf(rows: CategorisationRow[], roles?: string[]) {
  const book = await parsedBook({ categorisation: rows, ...(roles === undefined ? {} : { roles }) });
  return consistencyGroups(book, runRules(book, model), model);
}

// Two sensitivities put the object under review; the role columns are what is judged.
const base: CategorisationRow[] = [
  { sensitivity: "Public" },
  { sensitivity: "Restricted", activity: "Receive forecasts" },
];

describe("consistency review of roles", () => {
  it("an alias and its role agree, as do joined roles and the same roles listed", async () => {
    const [group] = await reviewOf([
      { ...base[0], initiator: "Market Operator", receiver: "Aggregator & Customer" },
      { ...base[1], initiator: "AEMO", receiver: "customer; aggregator" },
    ]);
    const columns = Object.fromEntries((group?.columns ?? []).map((c) => [c.column, c.agrees]));
    expect(columns).toMatchObject({ initiator: true, receiver: true, sensitivity: false });
    expect(group?.rows.every((row) => row.cells.initiator?.differs === false)).toBe(true);
  });

  it("a different role still disagrees", async () => {
    const [group] = await reviewOf([
      { ...base[0], initiator: "Market Operator" },
      { ...base[1], initiator: "System Operator" },
    ]);
    expect(group?.columns.find((c) => c.column === "initiator")?.agrees).toBe(false);
  });

  it("agreeing on the role changes only the rows naming another role", async () => {
    const [group] = await reviewOf([
      { ...base[0], initiator: "Market Operator" },
      { ...base[1], initiator: "AEMO" },
      { ...base[1], initiator: "DNSP", activity: "Third" },
    ]);
    const changes = group === undefined ? [] : agreeChanges(group, "initiator", "Market Operator");
    expect(changes.map((c) => [c.cell, c.value])).toEqual([["K4", "Market Operator"]]);
  });
});
