/**
 * Rows that are not data under live changes (src/incremental/not-data-moves.ts): which changes touch
 * one, and where rows inserted or deleted above move them.
 */
import { movedNotData, touchesNotData } from "../../src/incremental/not-data-moves";
import type { NotDataRow } from "../../src/sheets/not-data-rows";

const notes: NotDataRow[] = [
  { row: 10, kind: "title", text: "Planning and Oversight" },
  { row: 20, kind: "note", text: "Note: latency is indicative" },
];
const isNote = (cells: readonly string[]) => cells[0]?.startsWith("Note:") === true;

describe("touchesNotData", () => {
  it("is true for an edit of a row that is not data, or one that makes a row a note", () => {
    expect(touchesNotData(notes, { kind: "edit", sheet: "S", rows: [{ row: 20, cells: ["x"] }] }, isNote)).toBe(true);
    expect(touchesNotData([], { kind: "edit", sheet: "S", rows: [{ row: 5, cells: ["Note: new"] }] }, isNote)).toBe(
      true,
    );
  });

  it("is false for an edit of data rows only", () => {
    expect(touchesNotData(notes, { kind: "edit", sheet: "S", rows: [{ row: 11, cells: ["x"] }] }, isNote)).toBe(false);
  });

  it("is true for rows inserted that are notes, or a delete that takes one; false for data rows", () => {
    expect(touchesNotData(notes, { kind: "insert", sheet: "S", at: 5, count: 1, cells: [["Note: a"]] }, isNote)).toBe(
      true,
    );
    expect(touchesNotData(notes, { kind: "insert", sheet: "S", at: 5, count: 2 }, isNote)).toBe(false);
    expect(touchesNotData(notes, { kind: "delete", sheet: "S", at: 18, count: 3 }, isNote)).toBe(true);
    expect(touchesNotData(notes, { kind: "delete", sheet: "S", at: 17, count: 3 }, isNote)).toBe(false);
    expect(touchesNotData(notes, { kind: "delete", sheet: "S", at: 21, count: 3 }, isNote)).toBe(false);
  });
});

describe("movedNotData", () => {
  it("moves the rows below an insert down and below a delete up, and leaves those above", () => {
    expect(movedNotData(notes, { kind: "insert", sheet: "S", at: 15, count: 2 }).map((r) => r.row)).toEqual([10, 22]);
    expect(movedNotData(notes, { kind: "delete", sheet: "S", at: 11, count: 4 }).map((r) => r.row)).toEqual([10, 16]);
    expect(movedNotData(notes, { kind: "insert", sheet: "S", at: 10, count: 1 }).map((r) => r.row)).toEqual([11, 21]);
  });

  it("leaves them where they are after an edit, and never changes the rows it was given", () => {
    expect(movedNotData(notes, { kind: "edit", sheet: "S", rows: [{ row: 3, cells: [] }] })).toEqual(notes);
    movedNotData(notes, { kind: "insert", sheet: "S", at: 1, count: 5 });
    expect(notes.map((r) => r.row)).toEqual([10, 20]);
  });
});
