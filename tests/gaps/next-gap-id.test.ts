/** The next Gap IDs follow the workbook's own pattern: prefix, separator and zero-padding. */
import { DEFAULT_GAP_ID_PATTERN, gapIdPattern, nextGapIds } from "../../src/gaps/next-gap-id";

describe("nextGapIds", () => {
  it.each([
    [
      ["G01", "G02", "G06"],
      ["G07", "G08"],
    ],
    [
      ["GAP-010", "GAP-011"],
      ["GAP-012", "GAP-013"],
    ],
    [
      ["Gap 8", "Gap 9"],
      ["Gap 10", "Gap 11"],
    ],
    [
      ["G1", "G2", "G10"],
      ["G11", "G12"],
    ],
    // The width grows past 99 rather than wrapping or truncating.
    [
      ["G98", "G99"],
      ["G100", "G101"],
    ],
    [["DG_7"], ["DG_8", "DG_9"]],
  ])("continues %j with %j", (ids, expected) => {
    expect(nextGapIds(ids, 2)).toEqual(expected);
  });

  it("starts at G01 when the workbook has no numbered Gap ID", () => {
    expect(gapIdPattern([])).toEqual(DEFAULT_GAP_ID_PATTERN);
    expect(nextGapIds([], 3)).toEqual(["G01", "G02", "G03"]);
    expect(nextGapIds(["TBC", "Gap A"], 1)).toEqual(["G01"]);
  });

  it("follows the pattern most ids share, ignoring a stray one", () => {
    expect(nextGapIds(["G01", "G02", "G03", "X-900"], 1)).toEqual(["G04"]);
    // A tie goes to the prefix with the highest number.
    expect(nextGapIds(["A1", "B7"], 1)).toEqual(["B8"]);
  });

  it("takes the prefix as the latest id spells it, whatever the case of the others", () => {
    expect(nextGapIds(["gap-01", "GAP-02"], 1)).toEqual(["GAP-03"]);
  });

  it("skips ids already taken, loosely compared, here or by an option", () => {
    // "G-7" is G07 typed another way: taken.
    expect(nextGapIds(["G05", "G06", "G-7"], 2)).toEqual(["G08", "G09"]);
    expect(nextGapIds(["G05"], 2, ["G06"])).toEqual(["G07", "G08"]);
  });

  it("reads ids through stray spaces", () => {
    expect(nextGapIds([" G04 ", "G05\u00a0"], 1)).toEqual(["G06"]);
  });

  it("gives nothing when nothing is asked", () => {
    expect(nextGapIds(["G01"], 0)).toEqual([]);
  });
});
