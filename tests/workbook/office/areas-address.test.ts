/** RangeAreas addresses, including sheet names with spaces, commas and quotes. */
import { parseAreasAddress } from "../../../src/workbook/office/areas-address";

describe("parseAreasAddress", () => {
  it("reads areas on a plain sheet name", () => {
    expect(parseAreasAddress("Sheet1!A1:C1, Sheet1!D4")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
  });

  it("reads quoted names holding commas, quotes and exclamation marks", () => {
    expect(parseAreasAddress("'Gaps, ''draft''!'!B2:C3,'Gaps, ''draft''!'!$E$5:$F$9")).toEqual([
      { top: 2, left: 2, bottom: 3, right: 3 },
      { top: 5, left: 5, bottom: 9, right: 6 },
    ]);
  });

  it("reads nothing from an empty address", () => {
    expect(parseAreasAddress("")).toEqual([]);
  });
});
