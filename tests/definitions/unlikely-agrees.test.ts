/**
 * The two rules and the suggestions rank with one index, so the pane's card never says "X fits
 * better" while leaving X out of its suggestions: over the labelled rows given wrong capabilities
 * and categories, each value a rule offers is among the first five the index suggests for the row.
 */
import { dev2Rows, devRows, labelledRows, type LabelledRow } from "../../bench/labelled-rows";
import { definitionsIndex } from "../../src/definitions/framework-index";
import { unlikelyJudge } from "../../src/definitions/unlikely-value";
import { defaultReference } from "../../src/model/default-reference";

const model = defaultReference();
const index = definitionsIndex(model);
const judge = unlikelyJudge(model);
const rows = [...labelledRows, ...devRows, ...dev2Rows];
const SHIFTS = [3, 11];

/** For a row given a wrong value (moved `shift` along), the value the rule offers and the first five suggested; undefined when the rule is silent. */
type Offer = (row: LabelledRow, shift: number) => { better: string; suggested: string[] } | undefined;

const capabilityOffer: Offer = (row, shift) => {
  const level3 = model.capabilities.level3;
  const value = level3[(level3.findIndex((c) => c.id === row.capabilityId) + shift * 7) % level3.length];
  if (value === undefined) throw new Error(`unknown capability ${row.capabilityId}`);
  const verdict = judge.capability(row.activity, row.useCaseGroup, value);
  if (verdict === undefined || !judge.confirmed(row, value, verdict.better.capability)) return undefined;
  const suggested = index.rankCapabilities(row, { neighbours: false }).map((s) => s.id);
  return { better: verdict.better.id, suggested: suggested.slice(0, 5) };
};

const categoryOffer: Offer = (row, shift) => {
  const categories = model.information.categories.terms;
  const value = categories[(categories.findIndex((c) => c.name === row.category) + shift) % categories.length];
  if (value === undefined) throw new Error(`unknown category ${row.category}`);
  const verdict = judge.category(row.informationObject, value);
  if (verdict === undefined || !judge.confirmed(row, value, verdict.better.category)) return undefined;
  const suggested = index.rankCategories(row, { neighbours: false }).map((s) => s.name);
  return { better: verdict.better.name, suggested: suggested.slice(0, 5) };
};

describe("the rules' better values and the suggestions", () => {
  it.each([
    ["capabilities", capabilityOffer],
    ["categories", categoryOffer],
  ])("agree on %s: the better one is among the first five suggested", (_kind, offer) => {
    const offers = SHIFTS.flatMap((shift) => rows.flatMap((row) => offer(row, shift) ?? []));
    expect(offers.length).toBeGreaterThan(rows.length / 5);
    expect(offers.filter((o) => !o.suggested.includes(o.better))).toEqual([]);
  });
});
