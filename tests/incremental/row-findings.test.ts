import type { Finding } from "../../src/check/finding";
import { RowFindings } from "../../src/incremental/row-findings";

interface Row {
  row: number;
}

const finding = (row: number, rule: string): Finding => ({
  sheet: "Data Categorisation",
  cell: `A${row}`,
  row,
  column: "Activity",
  rule,
  severity: "error",
  message: `${rule} on row ${row}`,
  value: "",
});

/** A small seeded generator, so that a failure can be run again. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** What RowFindings must hold: each row's findings, listed by row number. */
function expectHolds(held: RowFindings<Row>, model: Map<Row, Finding[]>): void {
  const rows = [...model.keys()].sort((a, b) => a.row - b.row);
  const expected = rows.flatMap((row) => model.get(row) as Finding[]);
  const out: Finding[] = [];
  expect(held.writeInOrder(out, 0, [])).toBe(expected.length);
  expect(out).toEqual(expected);
  expect(held.size).toBe(expected.length);
  for (const row of rows) expect(held.get(row)).toBe(model.get(row));
}

describe("RowFindings", () => {
  test("rows set out of order are listed in row order, deleted rows not at all", () => {
    const rows = [5, 2, 9, 7].map((row) => ({ row }));
    const held = new RowFindings<Row>();
    const model = new Map<Row, Finding[]>();
    for (const row of rows) {
      const list = [finding(row.row, "a"), finding(row.row, "b")];
      held.set(row, list);
      model.set(row, list);
    }
    held.delete(rows[2] as Row);
    model.delete(rows[2] as Row);
    expectHolds(held, model);
    expect(held.get(rows[2] as Row)).toBeUndefined();
  });

  test("findings of rows that are not data rows go before the first row numbered past them", () => {
    const held = new RowFindings<Row>();
    const three = { row: 3 };
    const eight = { row: 8 };
    held.set(three, [finding(3, "a")]);
    held.set(eight, [finding(8, "a")]);
    const out: Finding[] = [];
    const others = [finding(1, "header"), finding(5, "note"), finding(20, "total")];
    expect(held.writeInOrder(out, 0, others)).toBe(5);
    expect(out.map((f) => f.row)).toEqual([1, 3, 5, 8, 20]);
  });

  // The batch path (64 changes or more) must do what set and delete do one by one.
  test.each([1, 2, 3, 4, 5])("setAll of many rows equals set and delete one by one (seed %i)", (seed) => {
    const next = random(seed);
    const all = Array.from({ length: 400 }, (_, k) => ({ row: k * 2 + 1 }));
    const batched = new RowFindings<Row>();
    const single = new RowFindings<Row>();
    const model = new Map<Row, Finding[]>();
    for (let round = 0; round < 6; round++) {
      const changes = new Map<Row, Finding[]>();
      const size = round % 2 === 0 ? 150 : 10;
      while (changes.size < size) {
        const row = all[Math.floor(next() * all.length)] as Row;
        changes.set(row, next() < 0.3 ? [] : [finding(row.row, `r${round}`)]);
      }
      batched.setAll(changes);
      for (const [row, list] of changes) {
        if (list.length === 0) {
          single.delete(row);
          model.delete(row);
        } else {
          single.set(row, list);
          model.set(row, list);
        }
      }
      expectHolds(batched, model);
      expectHolds(single, model);
    }
  });

  test("updateFrom rewrites the rows from a number on, and drops those given no findings", () => {
    const rows = [1, 4, 6, 9, 12].map((row) => ({ row }));
    const held = new RowFindings<Row>();
    for (const row of rows) held.set(row, [finding(row.row, "a")]);
    // Rows 6 and below move down one, as an insert at row 5 moves them; row 9's finding cannot move.
    for (const row of rows.slice(2)) row.row += 1;
    const seen: number[] = [];
    held.updateFrom(5, (row, list) => {
      seen.push(row.row);
      return row.row === 10 ? [] : list.map((f) => finding(f.row + 1, f.rule));
    });
    expect(seen).toEqual([7, 10, 13]);
    const out: Finding[] = [];
    held.writeInOrder(out, 0, []);
    expect(out.map((f) => f.row)).toEqual([1, 4, 7, 13]);
    expect(held.size).toBe(4);
    expect(held.get(rows[3] as Row)).toBeUndefined();
  });
});
