/** The preview of proposed gaps reads as rows: one line per new row with its cells, in column order. */
import { addedRows } from "../../src/workflows/changes/added-rows";
import type { ProposedChange } from "../../src/workflows/changes/proposed-change";

const add = (cell: string, row: number, column: string, value: string): ProposedChange => ({
  sheet: "Gaps",
  cell,
  row,
  column,
  value,
  kind: "add",
  applicability: "safe",
  expected: "",
  reason: `New gap on row ${row}.`,
});

describe("addedRows", () => {
  it("groups the cells of each new row, in the order planned", () => {
    const rows = addedRows([
      add("A10", 10, "Gap ID", "G08"),
      add("C10", 10, "Gap Description", "Late"),
      add("A11", 11, "Gap ID", "G09"),
      add("C11", 11, "Gap Description", "Wrong"),
    ]);
    expect(rows).toEqual([
      {
        sheet: "Gaps",
        row: 10,
        reason: "New gap on row 10.",
        cells: [
          { cell: "A10", column: "Gap ID", value: "G08" },
          { cell: "C10", column: "Gap Description", value: "Late" },
        ],
      },
      {
        sheet: "Gaps",
        row: 11,
        reason: "New gap on row 11.",
        cells: [
          { cell: "A11", column: "Gap ID", value: "G09" },
          { cell: "C11", column: "Gap Description", value: "Wrong" },
        ],
      },
    ]);
  });

  it("is no row view when any change edits an existing cell, or there are none", () => {
    expect(
      addedRows([
        add("A10", 10, "Gap ID", "G08"),
        { ...add("B3", 3, "Gap Type", "Data"), kind: "fix", expected: "Dta" },
      ]),
    ).toBeUndefined();
    expect(addedRows([])).toBeUndefined();
  });
});
