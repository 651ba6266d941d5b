import fc from "fast-check";
import {
  cellAddress,
  columnIndex,
  columnLetter,
  parseCellRef,
  parseRange,
  rangeAddress,
  tryParseCellRef,
  tryParseRange,
} from "../../src/workbook/cell-address";

describe("column letters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it("accepts lower case", () => expect(columnIndex("aa")).toBe(26));

  it("round-trips every column", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 20000 }), (index) => columnIndex(columnLetter(index)) === index));
  });

  it("rejects what is not a column", () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => columnLetter(1.5)).toThrow(RangeError);
    expect(() => columnIndex("")).toThrow(RangeError);
    expect(() => columnIndex("A1")).toThrow(RangeError);
  });
});

describe("cell addresses", () => {
  it("builds A1 addresses from a 1-based row and 0-based column", () => {
    expect(cellAddress(7, 9)).toBe("J7");
    expect(cellAddress(1, 0)).toBe("A1");
    expect(() => cellAddress(0, 0)).toThrow(RangeError);
  });

  it("parses A1 addresses, absolute ones too", () => {
    expect(parseCellRef("J7")).toEqual({ row: 7, col: 9 });
    expect(parseCellRef("$AA$10")).toEqual({ row: 10, col: 26 });
    expect(parseCellRef("xfd1048576")).toEqual({ row: 1048576, col: 16383 });
  });

  it("rejects malformed or out-of-sheet addresses", () => {
    for (const bad of ["", "7J", "J", "7", "J0", "XFE1", "A1048577", "A1:B2"]) {
      expect(tryParseCellRef(bad)).toBeUndefined();
      expect(() => parseCellRef(bad)).toThrow(RangeError);
    }
  });

  it("round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1048576 }), fc.integer({ min: 0, max: 16383 }), (row, col) => {
        expect(parseCellRef(cellAddress(row, col))).toEqual({ row, col });
      }),
    );
  });
});

describe("ranges", () => {
  it("parses A1:C3 into 1-based bounds", () => {
    expect(parseRange("A1:C3")).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(parseRange("B2:D1")).toEqual({ top: 1, left: 2, bottom: 2, right: 4 });
    expect(parseRange("C3:A1")).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
    expect(parseRange("$B$2")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
  });

  it("rejects malformed ranges", () => {
    for (const bad of ["", "A1:", ":B2", "A:B", "1:2", "A1:B2:C3"]) {
      expect(tryParseRange(bad)).toBeUndefined();
      expect(() => parseRange(bad)).toThrow(RangeError);
    }
  });

  it("writes ranges back", () => {
    expect(rangeAddress({ top: 1, left: 1, bottom: 3, right: 3 })).toBe("A1:C3");
    expect(rangeAddress({ top: 2, left: 2, bottom: 2, right: 2 })).toBe("B2");
  });
});
