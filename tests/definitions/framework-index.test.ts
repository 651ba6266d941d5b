import { Bm25Index } from "../../src/definitions/bm25";
import { FrameworkIndex, type RankOptions } from "../../src/definitions/framework-index";
import { queryTerms } from "../../src/definitions/query-terms";
import { defaultReference } from "../../src/model/default-reference";

const model = defaultReference();
const index = new FrameworkIndex(model);

describe("FrameworkIndex", () => {
  it("points an envelope calculation to 4.3.5 and DOE, saying which words matched", () => {
    const row = {
      useCaseGroup: "OTN",
      useCase: "Manage network limits",
      activity: "Calculate DOEs per NMI",
      informationObject: "Dynamic operating envelope",
    };
    const [capability] = index.rankCapabilities(row);
    const [category] = index.rankCategories(row);
    expect(capability).toMatchObject({ id: "4.3.5", name: "Calculate and publish physical limits" });
    expect(capability?.because).toEqual(expect.arrayContaining(["calculate"]));
    expect(category).toMatchObject({ name: "DOE", group: "Forecasting" });
    expect(category?.because).toEqual(expect.arrayContaining(["dynamic", "operating", "envelope"]));
  });

  it("reads a settlement statement as Financial", () => {
    const [category] = index.rankCategories({
      activity: "Settle VPP energy payments",
      informationObject: "Settlement statement",
    });
    expect(category?.name).toBe("Financial");
    expect(category?.because).toContain("settlement");
  });

  it("reads NEM abbreviations and clipped words as the framework's words, crediting the analyst's word", () => {
    expect(index.rankCategories({ informationObject: "RRP" })[0]).toMatchObject({ name: "Market", because: ["rrp"] });
    expect(index.rankCategories({ informationObject: "Wkly fcst" })[0]).toMatchObject({
      name: "Forecast",
      because: ["fcst"],
    });
  });

  it("reads the documents a regulator or policy body issues as Regulatory Instrument, whose description names none", () => {
    expect(index.rankCategories({ informationObject: "Issues paper" })[0]).toMatchObject({
      name: "Regulatory Instrument",
      because: expect.arrayContaining(["paper"]),
    });
    expect(index.rankCategories({ informationObject: "Orchestration policy" })[0]?.name).toBe("Regulatory Instrument");
  });

  it("lets the row's likeliest capabilities speak for a category its object says little about", () => {
    const row = { activity: "Pay aggregator for services delivered", informationObject: "Remittance" };
    // On the categories' own words the aggregator's portfolio wins; the activity's capabilities
    // (the financial transactions of 4.4.6 and 4.5.7) read as Financial.
    expect(index.rankCategories(row, { bridge: false })[0]?.name).not.toBe("Financial");
    expect(index.rankCategories(row)[0]).toMatchObject({ name: "Financial", because: expect.arrayContaining(["pay"]) });
  });

  it("lifts a Level 3 whose Level 2 siblings match the same words", () => {
    // "trading" matches both Level 2s of Trade; "analyse trading performance" is 5.1.7's own name.
    const ranked = index.rankCapabilities({ activity: "Analyse trading performance of VPP bids" });
    expect(ranked[0]?.id).toBe("5.1.7");
    expect(ranked.slice(0, 3).every((c) => c.capability.parent.id === "5.1")).toBe(true);
  });

  it("ranks a text holding the analyst's two words as a phrase above one holding them apart", () => {
    const texts = new Bm25Index([
      { value: "apart", fields: [{ text: "dispatch of services, then instructions issued", weight: 1 }] },
      { value: "phrase", fields: [{ text: "services, then dispatch instructions issued", weight: 1 }] },
    ]);
    const [best] = texts.score(queryTerms([{ text: "dispatch instruction", weight: 1 }]));
    expect(best).toMatchObject({ value: "phrase", because: expect.arrayContaining(["dispatch instruction"]) });
  });

  it("weighs the market's bodies, and what they expand into, less than the words that say what about", () => {
    const weightOf = (surface: string) =>
      Math.max(
        ...queryTerms([{ text: "AEMO settlement", weight: 1 }])
          .filter((t) => t.surface === surface)
          .map((t) => t.weight),
      );
    expect(weightOf("aemo")).toBeLessThan(weightOf("settlement"));
    const aemo = queryTerms([{ text: "AEMO", weight: 1 }]);
    expect(Math.max(...aemo.map((t) => t.weight))).toBeLessThan(1);
  });

  it("scores between 0 and 1, best first", () => {
    const ranked = index.rankCapabilities({
      activity: "Publish demand and market forecasts",
      informationObject: "Market forecast",
    });
    expect(ranked.length).toBeGreaterThan(5);
    for (const s of ranked) expect(s.score).toBeGreaterThan(0);
    for (const s of ranked) expect(s.score).toBeLessThan(1);
    expect(ranked.map((s) => s.score)).toEqual([...ranked.map((s) => s.score)].sort((a, b) => b - a));
  });

  it("weighs the capabilities of the use case group's domains", () => {
    const row = { activity: "Monitor compliance", informationObject: "Compliance report" };
    const plan = index.rankCapabilities({ ...row, useCaseGroup: "PO" })[0];
    const operate = index.rankCapabilities({ ...row, useCaseGroup: "OTN" })[0];
    expect(plan?.capability.domain.name).toBe("Oversee");
    expect(["Operate", "Trade"]).toContain(operate?.capability.domain.name);
  });

  it("learns from the workbook's own rows: the nearest rows vote for their values", () => {
    const row = { activity: "Send quarterly gizmo file", informationObject: "Gizmo file" };
    expect(index.rankCategories(row)[0]?.name).not.toBe("Flex (Retail)");
    const others = [
      "Publish forecast",
      "Calculate limits",
      "Settle payments",
      "Register device",
      "Send outage plan",
    ].map((activity) => ({ activity, informationObject: activity, capability: "4.1.1", category: "Forecast" }));
    const gizmo = { informationObject: "Gizmo file", capability: "5.2.1", category: "Flex (Retail)" };
    const learnt = new FrameworkIndex(model, [
      ...others,
      { ...gizmo, activity: "Receive gizmo file" },
      { ...gizmo, activity: "Check gizmo file" },
    ]);
    expect(learnt.knownRows).toBe(7);
    expect(learnt.rankCategories(row)[0]).toMatchObject({
      name: "Flex (Retail)",
      because: expect.arrayContaining(["gizmo"]),
    });
    expect(
      learnt
        .rankCapabilities(row)
        .slice(0, 3)
        .map((c) => c.id),
    ).toContain("5.2.1");
    expect(
      index
        .rankCapabilities(row)
        .slice(0, 3)
        .map((c) => c.id),
    ).not.toContain("5.2.1");
  });

  it("reads the workbook's rows that say the same (numbers aside) as one text, and never lets a row vote for itself", () => {
    const gizmo = { informationObject: "Gizmo file", capability: "5.2.1", category: "Flex (Retail)" };
    const row = { activity: "Receive gizmo file", informationObject: "Gizmo file" };
    const one = new FrameworkIndex(model, [{ ...gizmo, activity: "Receive gizmo file 1", key: 1 }]);
    const two = new FrameworkIndex(model, [
      { ...gizmo, activity: "Receive gizmo file 1", key: 1 },
      { ...gizmo, activity: "Receive gizmo file 2", key: 2 },
    ]);
    const split = new FrameworkIndex(model, [
      { ...gizmo, activity: "Receive gizmo file 1", key: 1 },
      { ...gizmo, activity: "Receive gizmo file 2", key: 2, category: "Portfolio" },
    ]);
    expect(two.knownRows).toBe(2);
    const flex = (index: FrameworkIndex, options: RankOptions) =>
      index.rankCategories(row, options).find((c) => c.name === "Flex (Retail)")?.raw ?? 0;
    // What the known rows add to the definitions' own score.
    const vote = (index: FrameworkIndex, excludeKey: number) =>
      flex(index, { excludeKey }) - flex(index, { neighbours: false });
    expect(vote(one, 1)).toBe(0);
    expect(vote(one, 99)).toBeGreaterThan(0);
    // The other row of the same text still votes, as fully as a text of one row.
    expect(vote(two, 1)).toBeCloseTo(vote(one, 99));
    // Two rows of one text that disagree each vote half.
    expect(vote(split, 99)).toBeCloseTo(vote(one, 99) / 2);
  });

  it("searches typed words", () => {
    expect(index.search("forecast demand").capabilities.map((c) => c.id)).toContain("2.1.3");
    expect(index.search("forecast demand").categories[0]?.name).toBe("Forecast");
    expect(index.search("envelope").categories[0]?.name).toBe("DOE");
    expect(index.search("envelope", 3).capabilities).toHaveLength(3);
    expect(index.search("zzzz").capabilities).toEqual([]);
  });
});
