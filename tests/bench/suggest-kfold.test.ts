/**
 * bench/suggest-kfold.ts picks a weight by k-fold cross-validation over the tuning rows: it must
 * choose the better of two values in every fold, report the figure of choosing, and leave TUNING as
 * it found it (the suggestions and the rules rank with the same object).
 */
import { crossValidate } from "../../bench/suggest-kfold";
import { devRows } from "../../bench/labelled-rows";
import { TUNING } from "../../src/definitions/tuning";

describe("bench/suggest-kfold.ts", () => {
  it("chooses the value the other folds rank better and leaves TUNING as it was", () => {
    const before = JSON.stringify(TUNING);
    // Without the NEM vocabulary ("DOE", "VPP", "FCAS" read as nothing) the dev rows rank far worse.
    // The current value first, so a TUNING left at the last value tried (0) shows.
    const result = crossValidate("expansionWeight", [TUNING.expansionWeight, 0], devRows);
    expect(result.chosen).toEqual(Array(5).fill(TUNING.expansionWeight));
    expect(result.overall[1]).toBeLessThan(result.overall[0] ?? 0);
    expect(result.crossValidated).toBeCloseTo(result.overall[0] ?? 0, 5);
    expect(JSON.stringify(TUNING)).toBe(before);
  });

  it("names a weight TUNING does not have", () => {
    expect(() => crossValidate("categoryBm25.c", [1])).toThrow('TUNING has no number at "categoryBm25.c"');
    expect(() => crossValidate("nope.deeper", [1])).toThrow("TUNING has no number");
  });
});
