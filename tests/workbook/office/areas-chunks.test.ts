/** Many cells as few RangeAreas addresses, each within the length and area count the adapter allows itself. */
import { areasAddresses, maxAreasAddressChars, maxAreasPerAddress } from "../../../src/workbook/office/areas-chunks";

describe("areasAddresses", () => {
  it("joins runs down a column and keeps every cell once", () => {
    expect(areasAddresses("S", ["B3", "A1", "A2", "A3", "C9", "B4"])).toEqual(["A1:A3,B3:B4,C9"]);
  });

  it("splits 10,000 scattered cells into addresses under the limits", () => {
    const cells = Array.from({ length: 10_000 }, (_, i) => `${String.fromCharCode(65 + (i % 5))}${2 + 2 * i}`);
    const addresses = areasAddresses("S", cells);
    for (const address of addresses) {
      expect(address.length).toBeLessThanOrEqual(maxAreasAddressChars);
      expect(address.split(",").length).toBeLessThanOrEqual(maxAreasPerAddress);
    }
    expect(addresses.flatMap((address) => address.split(",")).sort()).toEqual([...cells].sort());
  });

  it("gives one address per run when asked for one area each (no RangeAreas)", () => {
    expect(areasAddresses("S", ["A1", "A2", "C3"], 1, 1)).toEqual(["A1:A2", "C3"]);
  });
});
