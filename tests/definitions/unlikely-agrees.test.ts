/**
 * The two rules and the suggestions rank with one index, so the pane's card never says "X fits
 * better" while leaving X out of its suggestions: over the labelled rows given wrong capabilities
 * and categories, each value a rule offers is among the first five the index suggests for the row.
 */
import { dev2Rows, devRows, labelledRows } from "../../bench/labelled-rows";
import { definitionsIndex } from "../../src/definitions/framework-index";
import { unlikelyJudge } from "../../src/definitions/unlikely-value";
import { defaultReference } from "../../src/model/default-reference";

const model = defaultReference();
const index = definitionsIndex(model);
const judge = unlikelyJudge(model);
const rows = [...labelledRows, ...devRows, ...dev2Rows];
const SHIFTS = [3, 11];

describe("the rules' better values and the suggestions", () => {
  it("agree on capabilities: the better one is among the first five suggested", () => {
    const level3 = model.capabilities.level3;
    const offered: Array<{ activity: string; better: string; suggested: string[] }> = [];
    for (const shift of SHIFTS)
      for (const row of rows) {
        const value = level3[(level3.findIndex((c) => c.id === row.capabilityId) + shift * 7) % level3.length];
        if (value === undefined) throw new Error(`unknown capability ${row.capabilityId}`);
        const verdict = judge.capability(row.activity, row.useCaseGroup, value);
        if (verdict === undefined || !judge.confirmed(row, value, verdict.better.capability)) continue;
        const suggested = index
          .rankCapabilities(row, { neighbours: false })
          .slice(0, 5)
          .map((s) => s.id);
        offered.push({ activity: row.activity, better: verdict.better.id, suggested });
      }
    expect(offered.length).toBeGreaterThan(rows.length / 5);
    expect(offered.filter((o) => !o.suggested.includes(o.better))).toEqual([]);
  });

  it("agree on categories: the better one is among the first five suggested", () => {
    const categories = model.information.categories.terms;
    const offered: Array<{ object: string; better: string; suggested: string[] }> = [];
    for (const shift of SHIFTS)
      for (const row of rows) {
        const value = categories[(categories.findIndex((c) => c.name === row.category) + shift) % categories.length];
        if (value === undefined) throw new Error(`unknown category ${row.category}`);
        const verdict = judge.category(row.informationObject, value);
        if (verdict === undefined || !judge.confirmed(row, value, verdict.better.category)) continue;
        const suggested = index
          .rankCategories(row, { neighbours: false })
          .slice(0, 5)
          .map((s) => s.name);
        offered.push({ object: row.informationObject, better: verdict.better.name, suggested });
      }
    expect(offered.length).toBeGreaterThan(rows.length / 5);
    expect(offered.filter((o) => !o.suggested.includes(o.better))).toEqual([]);
  });
});
