/**
 * The Summary tab written through the office adapter on the fake Excel: its tables hold the counts
 * made independently from the generated rows' intents (tests/support/generated-summary-book.ts), its
 * charts are real chart calls over those tables, the heat map lays out all 122 Level 3 capabilities
 * coloured by their independently computed heat, a refresh leaves one set of tables and charts, and
 * no other tab changes. An analyst's own "Summary" tab is never written over.
 */
import capabilitySeed from "../../seeds/capability-model.json";
import categorySeed from "../../seeds/information-categories.json";
import vocabularySeed from "../../seeds/vocabularies.json";
import { defaultReference } from "../../src/model/default-reference";
import { HEAT_COLOURS } from "../../src/summary/heat-colours";
import { SUMMARY_TABLES } from "../../src/summary/summary-sheet-layout";
import { parseCellRef } from "../../src/workbook/cell-address";
import { FakeExcel, type FakeValue } from "../../src/workbook/fake-excel/fake-excel";
import { OfficeReportSheets } from "../../src/workbook/office/office-report-sheet";
import { OfficeWorkbookReader } from "../../src/workbook/office/office-workbook";
import { OfficeWorkbookWriter } from "../../src/workbook/office/office-writer";
import { forgetSetting, keptSettings } from "../../src/workflows/settings/kept-settings";
import { SUMMARY_SHEET_KEY, writeSummary } from "../../src/workflows/summary/write-summary";
import {
  BLANK,
  domainNames,
  expectedHeatMap,
  generatedCategorisation,
  generatedGaps,
  tally,
  UNREC,
} from "../support/generated-summary-book";
import { memoryBook, type BookSpec } from "../support/workbook-rows";

const model = defaultReference();
const now = new Date("2026-12-02T07:00:00Z");
const categorisation = generatedCategorisation(300, 21);
const gaps = generatedGaps(50, 22);

/** The book's sheets as the fake's rows, plus a cover and a notes tab the Summary must leave alone. */
async function fakeBook(spec: BookSpec, extra: Record<string, FakeValue[][]> = {}): Promise<FakeExcel> {
  const memory = memoryBook(spec);
  const sheets: Record<string, FakeValue[][]> = { Cover: [["CER workbook"], ["Owner", "Analyst"]] };
  for (const name of await memory.sheetNames()) {
    const grid = await memory.readSheet(name);
    sheets[name] = grid.rows.map((row) => [...row.cells]);
  }
  return new FakeExcel({ ...sheets, Notes: [["My notes", 42]], ...extra });
}

function ports(excel: FakeExcel) {
  return {
    reader: new OfficeWorkbookReader(excel.run),
    writer: new OfficeWorkbookWriter(excel.run),
    sheets: new OfficeReportSheets(excel.run),
  };
}

/** A table's cells as Excel holds them (numbers as numbers), header row first. */
function tableValues(excel: FakeExcel, name: string): FakeValue[][] {
  const table = excel.table(name);
  if (table === undefined) throw new Error(`no table ${name}`);
  const [from = "", to = ""] = table.address.split(":");
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  const rows: FakeValue[][] = [];
  for (let r = a.row; r <= b.row; r++) {
    const cells: FakeValue[] = [];
    for (let c = a.col; c <= b.col; c++)
      cells.push(excel.cell(table.sheet, `${String.fromCharCode(65 + c)}${r}`).value);
    rows.push(cells);
  }
  return rows;
}

/** Everything a tab holds, to compare before and after (rows emptied at the end do not count). */
function snapshot(excel: FakeExcel, sheet: string): string {
  const texts = excel.texts(sheet).map((row) => row.join("\t").replace(/\t+$/, ""));
  while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
  return JSON.stringify({ texts, formatting: excel.formatting(sheet) });
}

/** Compares two snapshots, with a short message instead of two whole tabs. */
function same(a: string, b: string): boolean {
  return a === b;
}

describe("writing the Summary tab on the fake Excel", () => {
  const groups = [...vocabularySeed.useCaseGroups.map((g) => g.code), UNREC, BLANK];

  it("writes tables whose numbers are the independently counted ones", async () => {
    const excel = await fakeBook({
      categorisation: categorisation.rows,
      gaps: gaps.rows,
      options: [{}, { optionId: "O02" }, { optionId: "O03" }],
    });
    const written = await writeSummary(ports(excel), model, { now });
    expect(written).toMatchObject({ sheet: "Summary", created: true });
    expect(excel.sheetNames[excel.sheetNames.length - 1]).toBe("Summary");
    expect(excel.tables.map((t) => [t.name, t.sheet])).toEqual(
      Object.values(SUMMARY_TABLES).map((name) => [name, "Summary"]),
    );

    const byDomain = tally(categorisation.intents.map((i) => `${i.group}|${i.domain}`));
    const domains = [...domainNames, UNREC, BLANK];
    expect(tableValues(excel, SUMMARY_TABLES.domains)).toEqual([
      ["Use Case Group", ...domains],
      ...groups.map((g) => [g, ...domains.map((d) => byDomain.get(`${g}|${d}`) ?? 0)]),
    ]);

    const byCategory = tally(categorisation.intents.map((i) => i.category));
    const groupRows = categorySeed.groups.map((g) => [
      g.name,
      categorySeed.categories
        .filter((c) => c.group === g.name)
        .reduce((sum, c) => sum + (byCategory.get(c.name) ?? 0), 0),
    ]);
    expect(tableValues(excel, SUMMARY_TABLES.groups)).toEqual([
      ["Information Group", "Rows"],
      ...groupRows,
      [UNREC, byCategory.get(UNREC) ?? 0],
      [BLANK, byCategory.get(BLANK) ?? 0],
    ]);
    expect(tableValues(excel, SUMMARY_TABLES.categories).slice(1, 32)).toEqual(
      categorySeed.categories.map((c) => [c.group, c.name, byCategory.get(c.name) ?? 0]),
    );

    const sensitivity = tally(categorisation.intents.map((i) => i.sensitivity));
    expect(tableValues(excel, SUMMARY_TABLES.sensitivity).slice(1)).toEqual(
      ["Public", "Restricted", "Critical", UNREC, BLANK].map((s) => [s, sensitivity.get(s) ?? 0]),
    );

    const issues = tally(categorisation.intents.filter((i) => i.quality === "Issues").map((i) => i.group));
    const rows = tally(categorisation.intents.map((i) => i.group));
    const quality = tableValues(excel, SUMMARY_TABLES.quality);
    expect(quality[0]?.slice(0, 2)).toEqual(["Use Case Group", "Issues"]);
    expect(quality.slice(1).map((r) => [r[0], r[1], r[r.length - 1]])).toEqual(
      groups.map((g) => [g, issues.get(g) ?? 0, rows.get(g) ?? 0]),
    );

    const byOutcome = tally(gaps.intents.map((i) => `${i.outcome}|${i.status}`));
    const statuses = [...vocabularySeed.capabilityStatuses.map((s) => s.name), UNREC, BLANK];
    const outcomes = [...vocabularySeed.majorOutcomes.map((o) => o.name), UNREC, BLANK];
    expect(tableValues(excel, SUMMARY_TABLES.gaps)).toEqual([
      ["Major Outcome", ...statuses],
      ...outcomes.map((o) => [o, ...statuses.map((s) => byOutcome.get(`${o}|${s}`) ?? 0)]),
    ]);

    const totals = Object.fromEntries(
      tableValues(excel, SUMMARY_TABLES.totals)
        .slice(1)
        .map(([k, v]) => [k, v]),
    );
    const covered = new Set(categorisation.intents.flatMap((i) => (i.level3 === undefined ? [] : [i.level3]))).size;
    expect(totals).toEqual({
      "Data Categorisation rows": 300,
      "Use cases": new Set(categorisation.intents.map((i) => i.useCase)).size,
      "Information objects": new Set(categorisation.intents.map((i) => i.object)).size,
      "Rows with quality issues": categorisation.intents.filter((i) => i.quality === "Issues").length,
      Gaps: 50,
      Options: 3,
      "Level 3 capabilities": 122,
      "Level 3 capabilities covered": covered,
      "Level 3 capabilities uncovered": 122 - covered,
    });
  });

  it("draws real Excel charts over the tables: the types, source ranges and series asked for", async () => {
    const excel = await fakeBook({ categorisation: categorisation.rows, gaps: gaps.rows });
    await writeSummary(ports(excel), model, { now });
    const address = (name: string): string => `Summary!${excel.table(name)?.address ?? ""}`;
    const quality = excel.table(SUMMARY_TABLES.quality)?.address ?? "";
    const qualityFirstTwo = quality.replace(/:[A-Z]+(\d+)$/, ":B$1");
    expect(excel.chartCalls).toEqual([
      { sheet: "Summary", type: "ColumnClustered", source: address(SUMMARY_TABLES.domains), seriesBy: "Columns" },
      { sheet: "Summary", type: "BarClustered", source: address(SUMMARY_TABLES.groups), seriesBy: "Columns" },
      { sheet: "Summary", type: "Pie", source: address(SUMMARY_TABLES.sensitivity), seriesBy: "Columns" },
      { sheet: "Summary", type: "ColumnClustered", source: `Summary!${qualityFirstTwo}`, seriesBy: "Columns" },
      { sheet: "Summary", type: "ColumnStacked", source: address(SUMMARY_TABLES.gaps), seriesBy: "Columns" },
    ]);
    expect(excel.charts.map((c) => c.title)).toEqual([
      "Rows per use case group and domain",
      "Rows per information group",
      "Sensitivity mix",
      "Quality issues per use case group",
      "Gaps per Major Outcome and capability status",
    ]);
    expect(excel.charts.every((c) => c.position?.start !== undefined && c.position.end !== undefined)).toBe(true);
  });

  it("lays out all 122 Level 3 capabilities in the heat map, each coloured by its independently computed heat", async () => {
    const excel = await fakeBook({ categorisation: categorisation.rows, gaps: gaps.rows });
    await writeSummary(ports(excel), model, { now });
    const expected = expectedHeatMap(categorisation.intents, gaps.intents);
    const texts = excel.texts("Summary");
    const cells = new Map<string, { text: string; address: string }>();
    texts.forEach((row, r) =>
      row.forEach((text, c) => {
        const id = /^(\d\.\d+\.\d+) /.exec(text)?.[1];
        if (id !== undefined && c > 0) cells.set(id, { text, address: `${String.fromCharCode(65 + c)}${r + 1}` });
      }),
    );
    expect(new Set(cells.keys())).toEqual(new Set(capabilitySeed.level3.map((c) => c.id)));
    expect(cells.size).toBe(122);
    for (const [id, { text, address }] of cells) {
      const e = expected.get(id);
      if (e === undefined) throw new Error(id);
      expect(text).toMatch(new RegExp(`: ${e.objects} objects?, ${e.issues} issues?, ${e.gaps} gaps?$`));
      expect([id, excel.cellFormat("Summary", address).fill]).toEqual([
        id,
        HEAT_COLOURS[e.heat as 0 | 1 | 2 | 3 | 4].fill,
      ]);
    }
    // Each Level 3 sits on its Level 2's row.
    for (const c of capabilitySeed.level3) {
      const row = parseCellRef(cells.get(c.id)?.address ?? "A1").row;
      expect(texts[row - 1]?.[0]?.startsWith(`${c.parent} `)).toBe(true);
    }
    const uncovered = [...expected.values()].filter((e) => e.heat === 0).length;
    expect(uncovered).toBeGreaterThan(0);
    expect(
      [...cells.values()].filter((c) => excel.cellFormat("Summary", c.address).fill === HEAT_COLOURS[0].fill),
    ).toHaveLength(uncovered);
  });

  it("refreshed twice, leaves one set of tables and charts, rewritten whole, and no other tab changes", async () => {
    const excel = await fakeBook({ categorisation: categorisation.rows, gaps: gaps.rows, options: [{}] });
    const others = excel.sheetNames;
    const before = others.map((name) => snapshot(excel, name));
    await writeSummary(ports(excel), model, { now });
    const first = snapshot(excel, "Summary");
    // The analyst types in the Summary tab; a refresh takes it away, as the tab says.
    excel.setCell("Summary", "Z200", "scribble");
    await writeSummary(ports(excel), model, { now });
    const syncsBefore = excel.syncCount;
    const again = await writeSummary(ports(excel), model, { now });
    expect(again.created).toBe(false);
    expect(excel.sheetNames).toEqual([...others, "Summary"]);
    expect(excel.tables).toHaveLength(7);
    expect(excel.charts).toHaveLength(5);
    expect(excel.chartCalls).toHaveLength(15);
    expect(same(snapshot(excel, "Summary"), first)).toBe(true);
    expect(others.map((name) => same(snapshot(excel, name), before[others.indexOf(name)] ?? ""))).toEqual(
      others.map(() => true),
    );
    expect(excel.settings[SUMMARY_SHEET_KEY]).toEqual({ id: expect.any(String), name: "Summary" });
    // Reading the tabs, the settings, then three requests for the sheet itself: find it, list its tables and charts, write.
    expect(excel.syncCount - syncsBefore).toBeLessThanOrEqual(8);
  });

  it("never writes over an analyst's own Summary tab: it makes CER Summary, and keeps to its own sheet after a rename", async () => {
    const excel = await fakeBook(
      { categorisation: categorisation.rows.slice(0, 20) },
      { Summary: [["The analyst's own summary"], ["Total", 7]] },
    );
    const theirs = snapshot(excel, "Summary");
    const first = await writeSummary(ports(excel), model, { now });
    expect(first.sheet).toBe("CER Summary");
    expect(same(snapshot(excel, "Summary"), theirs)).toBe(true);
    expect(excel.tables.every((t) => t.sheet === "CER Summary")).toBe(true);
    excel.renameSheet("CER Summary", "Overview");
    const second = await writeSummary(ports(excel), model, { now });
    expect(second).toMatchObject({ sheet: "Overview", created: false });
    expect(excel.sheetNames.filter((n) => /summary|overview/i.test(n))).toEqual(["Summary", "Overview"]);
    expect(excel.tables.every((t) => t.sheet === "Overview")).toBe(true);
    expect(excel.settings[SUMMARY_SHEET_KEY]).toMatchObject({ name: "Overview" });
    expect(same(snapshot(excel, "Summary"), theirs)).toBe(true);
  });

  it("lists its Summary tab among what it keeps; forgotten, the tab is the analyst's and the next write makes CER Summary", async () => {
    const excel = await fakeBook({ categorisation: categorisation.rows.slice(0, 5) });
    await writeSummary(ports(excel), model, { now });
    const writer = new OfficeWorkbookWriter(excel.run);
    expect((await keptSettings(writer)).find((k) => k.kind === "summary")).toMatchObject({
      present: true,
      detail: expect.stringContaining("“Summary”"),
    });
    await forgetSetting({ writer, dropdowns: undefined as never }, "summary");
    expect(excel.settings[SUMMARY_SHEET_KEY]).toBeUndefined();
    const before = snapshot(excel, "Summary");
    expect((await writeSummary(ports(excel), model, { now })).sheet).toBe("CER Summary");
    expect(same(snapshot(excel, "Summary"), before)).toBe(true);
  });

  it("makes a new Summary when the analyst deleted the add-in's", async () => {
    const excel = await fakeBook({ categorisation: categorisation.rows.slice(0, 5) });
    await writeSummary(ports(excel), model, { now });
    excel.deleteSheet("Summary");
    expect(excel.tables).toEqual([]);
    const again = await writeSummary(ports(excel), model, { now });
    expect(again).toMatchObject({ sheet: "Summary", created: true });
    expect(excel.charts).toHaveLength(5);
  });

  it("says which tab Excel refused when the Summary is protected", async () => {
    const excel = await fakeBook({ categorisation: categorisation.rows.slice(0, 5) });
    await writeSummary(ports(excel), model, { now });
    excel.protect("Summary");
    await expect(writeSummary(ports(excel), model, { now })).rejects.toThrow(/"Summary".*protected/);
  });
});
