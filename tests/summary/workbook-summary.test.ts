/**
 * The Summary's counts against counts made independently here: a generated workbook whose every
 * row was built from a known intent (tests/support/generated-summary-book.ts), so the expected count
 * is a plain loop over the intents, never the summary's own helpers.
 */
import capabilitySeed from "../../seeds/capability-model.json";
import categorySeed from "../../seeds/information-categories.json";
import vocabularySeed from "../../seeds/vocabularies.json";
import { defaultReference } from "../../src/model/default-reference";
import { heatMapCapabilities } from "../../src/summary/capability-heat-map";
import type { SummaryMatrix } from "../../src/summary/summary-matrix";
import { summariseWorkbook } from "../../src/summary/workbook-summary";
import {
  BLANK,
  domainNames,
  generatedCategorisation,
  generatedGaps,
  groupOfCategory,
  tally,
  UNREC,
} from "../support/generated-summary-book";
import { parsedBook } from "../support/workbook-rows";

const model = defaultReference();

function cell(matrix: SummaryMatrix, row: string, column: string): number {
  const r = matrix.rows.indexOf(row);
  const c = matrix.columns.indexOf(column);
  if (r < 0 || c < 0) throw new Error(`no cell ${row} x ${column}`);
  return matrix.counts[r]?.[c] ?? NaN;
}

describe("summariseWorkbook on a generated workbook", () => {
  const categorisation = generatedCategorisation(600, 11);
  const gaps = generatedGaps(90, 12);
  const summaryPromise = parsedBook({
    categorisation: categorisation.rows,
    gaps: gaps.rows,
    options: [{}, { optionId: "O02" }],
  }).then((book) => summariseWorkbook(book, model));

  it("counts rows per use case group and domain, untidy spellings with their value, the rest in the buckets", async () => {
    const summary = await summaryPromise;
    const expected = tally(categorisation.intents.map((i) => `${i.group}|${i.domain}`));
    const groups = [...vocabularySeed.useCaseGroups.map((g) => g.code), UNREC, BLANK];
    const domains = [...domainNames, UNREC, BLANK];
    expect(summary.rowsByUseCaseGroupAndDomain.rows).toEqual(groups);
    expect(summary.rowsByUseCaseGroupAndDomain.columns).toEqual(domains);
    for (const g of groups)
      for (const d of domains)
        expect([g, d, cell(summary.rowsByUseCaseGroupAndDomain, g, d)]).toEqual([g, d, expected.get(`${g}|${d}`) ?? 0]);
    const total = summary.rowsByUseCaseGroupAndDomain.counts.flat().reduce((a, b) => a + b, 0);
    expect(total).toBe(600);
    // The generator reached every bucket, so the comparison above means something there.
    for (const bucket of [UNREC, BLANK]) {
      expect(categorisation.intents.filter((i) => i.group === bucket).length).toBeGreaterThan(10);
      expect(categorisation.intents.filter((i) => i.domain === bucket).length).toBeGreaterThan(10);
    }
  });

  it("counts every one of the 31 categories under its own group of the 8, zeros included", async () => {
    const summary = await summaryPromise;
    const byCategory = tally(categorisation.intents.map((i) => i.category));
    expect(summary.categoriesByGroup.map((g) => g.group)).toEqual([
      ...categorySeed.groups.map((g) => g.name),
      UNREC,
      BLANK,
    ]);
    let categories = 0;
    for (const group of summary.categoriesByGroup.slice(0, 8)) {
      let groupTotal = 0;
      for (const c of group.categories) {
        expect(groupOfCategory.get(c.label)).toBe(group.group);
        expect([c.label, c.count]).toEqual([c.label, byCategory.get(c.label) ?? 0]);
        groupTotal += byCategory.get(c.label) ?? 0;
        categories++;
      }
      expect(group.count).toBe(groupTotal);
    }
    expect(categories).toBe(31);
    expect(summary.categoriesByGroup[8]).toEqual({ group: UNREC, count: byCategory.get(UNREC) ?? 0, categories: [] });
    expect(summary.categoriesByGroup[9]).toEqual({ group: BLANK, count: byCategory.get(BLANK) ?? 0, categories: [] });
  });

  it('counts the sensitivity mix, "Confidential" as unrecognised', async () => {
    const summary = await summaryPromise;
    const expected = tally(categorisation.intents.map((i) => i.sensitivity));
    expect(summary.sensitivityMix).toEqual(
      ["Public", "Restricted", "Critical", UNREC, BLANK].map((label) => ({ label, count: expected.get(label) ?? 0 })),
    );
  });

  it("counts quality per use case group, aliases of Issues as Issues", async () => {
    const summary = await summaryPromise;
    const expected = tally(categorisation.intents.map((i) => `${i.group}|${i.quality}`));
    const m = summary.qualityByUseCaseGroup;
    expect(m.columns).toEqual(["No Issues", "Issues", UNREC, BLANK]);
    for (const g of m.rows)
      for (const q of m.columns) expect([g, q, cell(m, g, q)]).toEqual([g, q, expected.get(`${g}|${q}`) ?? 0]);
    expect(summary.totals.qualityIssues).toBe(categorisation.intents.filter((i) => i.quality === "Issues").length);
  });

  it("counts gaps per Major Outcome (full or short form) and capability status (aliases included)", async () => {
    const summary = await summaryPromise;
    const expected = tally(gaps.intents.map((i) => `${i.outcome}|${i.status}`));
    const m = summary.gapsByOutcomeAndStatus;
    expect(m.rows).toEqual([...vocabularySeed.majorOutcomes.map((o) => o.name), UNREC, BLANK]);
    expect(m.columns).toEqual([...vocabularySeed.capabilityStatuses.map((s) => s.name), UNREC, BLANK]);
    for (const o of m.rows) for (const s of m.columns) expect(cell(m, o, s)).toBe(expected.get(`${o}|${s}`) ?? 0);
  });

  it("totals the tabs", async () => {
    const summary = await summaryPromise;
    const covered = new Set(categorisation.intents.flatMap((i) => (i.level3 === undefined ? [] : [i.level3])));
    expect(summary.totals).toEqual({
      categorisationRows: 600,
      useCases: new Set(categorisation.intents.map((i) => i.useCase)).size,
      informationObjects: new Set(categorisation.intents.map((i) => i.object)).size,
      qualityIssues: categorisation.intents.filter((i) => i.quality === "Issues").length,
      gaps: 90,
      options: 2,
      level3Capabilities: 122,
      level3Covered: covered.size,
      level3Uncovered: 122 - covered.size,
    });
    expect(summary.sheets).toEqual({
      categorisation: "Data Categorisation",
      gaps: "Distinct Gap Analysis",
      options: "Options",
    });
  });

  it("puts objects, quality issues and gaps on each Level 3 capability of the heat map", async () => {
    const summary = await summaryPromise;
    const objects = new Map<string, Set<string>>();
    const issues = new Map<string, number>();
    const gapCounts = new Map<string, number>();
    let unplacedRows = 0;
    let unplacedIssues = 0;
    for (const i of categorisation.intents) {
      if (i.level3 === undefined) {
        unplacedRows++;
        if (i.quality === "Issues") unplacedIssues++;
        continue;
      }
      objects.set(i.level3, (objects.get(i.level3) ?? new Set()).add(i.object));
      if (i.quality === "Issues") issues.set(i.level3, (issues.get(i.level3) ?? 0) + 1);
    }
    for (const g of gaps.intents)
      if (g.level3 !== undefined) gapCounts.set(g.level3, (gapCounts.get(g.level3) ?? 0) + 1);
    const max = Math.max(...[...objects.values()].map((s) => s.size));
    expect(summary.heatMap.maxObjects).toBe(max);
    for (const c of heatMapCapabilities(summary.heatMap)) {
      const n = objects.get(c.id)?.size ?? 0;
      const share = n / max;
      const heat = n === 0 ? 0 : share <= 0.25 ? 1 : share <= 0.5 ? 2 : share <= 0.75 ? 3 : 4;
      expect(c).toEqual({
        id: c.id,
        name: c.name,
        objects: n,
        qualityIssues: issues.get(c.id) ?? 0,
        gaps: gapCounts.get(c.id) ?? 0,
        heat,
      });
    }
    expect(summary.heatMap.unplaced).toEqual({
      rows: unplacedRows,
      qualityIssues: unplacedIssues,
      gaps: gaps.intents.filter((g) => g.level3 === undefined).length,
    });
  });

  it("survives JSON unchanged (plain data for the reports and the CLI)", async () => {
    const summary = await summaryPromise;
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

describe("the heat map's layout", () => {
  it("lays out all 5 domains, 18 Level 2 and 122 Level 3 capabilities of the framework, each under its own parent", async () => {
    const summary = summariseWorkbook(await parsedBook({ categorisation: [] }), model);
    const map = summary.heatMap;
    expect(map.domains.map((d) => d.name)).toEqual(domainNames);
    expect(map.domains.flatMap((d) => d.level2.map((l2) => [l2.id, l2.name, d.name]))).toEqual(
      capabilitySeed.level2.map((c) => [c.id, c.name, c.domain]),
    );
    const laidOut = map.domains.flatMap((d) =>
      d.level2.flatMap((l2) => l2.level3.map((l3) => [l3.id, l3.name, l2.id])),
    );
    expect(laidOut).toHaveLength(122);
    expect(new Set(laidOut.map(([id]) => id))).toEqual(new Set(capabilitySeed.level3.map((c) => c.id)));
    expect(laidOut).toEqual(expect.arrayContaining(capabilitySeed.level3.map((c) => [c.id, c.name, c.parent])));
    // Nothing categorised: every capability is uncovered.
    expect(heatMapCapabilities(map).every((c) => c.heat === 0 && c.objects === 0)).toBe(true);
    expect(summary.totals.level3Uncovered).toBe(122);
  });
});

describe("summariseWorkbook on hand-built rows", () => {
  it("reads a capability from its name when the ID is empty, and counts a Level 2 id as unplaced", async () => {
    const book = await parsedBook({
      categorisation: [
        {
          capabilityId: "",
          capability: "monitor network / power system",
          domain: "",
          informationObject: "Feeder load",
        },
        {
          capabilityId: "4.3.2",
          capability: "",
          informationObject: "FEEDER LOAD",
          quality: "Issues",
          qualityRationale: "Late",
        },
        { capabilityId: "4.3", capability: "", informationObject: "Zone load", quality: "issue" },
      ],
      gaps: [
        { capabilityId: "", capability: "Monitor network / power system" },
        { capabilityId: "4.3.2" },
        { capabilityId: "bogus", capability: "" },
      ],
    });
    const summary = summariseWorkbook(book, model);
    const cap = heatMapCapabilities(summary.heatMap).find((c) => c.id === "4.3.2");
    expect(cap).toEqual({
      id: "4.3.2",
      name: "Monitor network / power system",
      objects: 1,
      qualityIssues: 1,
      gaps: 2,
      heat: 4,
    });
    expect(summary.heatMap.unplaced).toEqual({ rows: 1, qualityIssues: 1, gaps: 1 });
    expect(cell(summary.rowsByUseCaseGroupAndDomain, "OTN", "Operate")).toBe(3);
  });

  it("counts no use case or information object for a placeholder (required.missing reports it)", async () => {
    const summary = summariseWorkbook(
      await parsedBook({
        categorisation: [
          {},
          { useCase: "N/A", informationObject: "TBC" },
          { useCase: "Forecast and Planning Operations", informationObject: "?" },
        ],
      }),
      model,
    );
    expect(summary.totals.categorisationRows).toBe(3);
    expect([summary.totals.useCases, summary.totals.informationObjects]).toEqual([1, 1]);
    const cap = heatMapCapabilities(summary.heatMap).find((c) => c.id === "4.1.2");
    expect(cap?.objects).toBe(1);
  });

  it("counts nothing for a missing tab and says which tabs it read", async () => {
    const summary = summariseWorkbook(await parsedBook({ gaps: [{}] }), model);
    expect(summary.sheets).toEqual({ gaps: "Distinct Gap Analysis" });
    expect(summary.totals.categorisationRows).toBe(0);
    expect(summary.rowsByUseCaseGroupAndDomain.counts.flat().every((n) => n === 0)).toBe(true);
    expect(summary.gapsByOutcomeAndStatus.counts.flat().reduce((a, b) => a + b, 0)).toBe(1);
  });
});
