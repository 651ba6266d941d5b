import { defaultReference } from "../../src/model/default-reference";
import { compareWorkbooks } from "../../src/workflows/compare/compare-workbooks";
import { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";
import { memoryBook, type CategorisationRow } from "../support/workbook-rows";

const model = defaultReference();

const rows: CategorisationRow[] = [
  { informationObject: "Market forecast", sensitivity: "Public" },
  {
    informationObject: "Network constraints",
    informationCategory: "Network Topology",
    informationGroup: "Network",
    sensitivity: "Restricted",
  },
  { informationObject: "Outage schedule", sensitivity: "Restricted" },
  { informationObject: "Price signal", sensitivity: "Public" },
];

function version(book: MemoryWorkbook, name: string) {
  return { name, reader: book, settings: book };
}

async function diff(before: MemoryWorkbook, after: MemoryWorkbook) {
  return compareWorkbooks(version(before, "old.xlsx"), version(after, "new.xlsx"), model);
}

describe("cerdc diff's core: rows matched by identity", () => {
  it("reports nothing between a book and itself", async () => {
    const result = await diff(memoryBook({ categorisation: rows }), memoryBook({ categorisation: rows }));
    expect(result.tabs).toEqual([
      { sheet: "Data Categorisation", tab: "categorisation", added: [], removed: [], changed: [], moved: 0 },
    ]);
    expect(result.findings).toEqual({ introduced: [], resolved: [] });
  });

  it("reports an edited cell with its column, address, before and after; a case or spacing edit shows", async () => {
    const after = rows.map((r, i) =>
      i === 1 ? { ...r, sensitivity: "Critical" } : i === 3 ? { ...r, sensitivity: "public " } : r,
    );
    const result = await diff(memoryBook({ categorisation: rows }), memoryBook({ categorisation: after }));
    const tab = result.tabs[0];
    expect(tab?.changed).toEqual([
      {
        row: 3,
        oldRow: 3,
        key: {
          "Use Case": "Forecast and Planning Operations",
          Activity: "Publish demand and market forecasts",
          "Information Object": "Network constraints",
        },
        cells: [{ column: "Sensitivity", cell: "P3", before: "Restricted", after: "Critical" }],
      },
      expect.objectContaining({
        row: 5,
        cells: [{ column: "Sensitivity", cell: "P5", before: "Public", after: "public " }],
      }),
    ]);
    expect(tab?.added).toEqual([]);
    expect(tab?.removed).toEqual([]);
  });

  it("counts inserted-above and sorted rows as moved, not changed, and reports inserted and deleted rows", async () => {
    const inserted = [{ informationObject: "Tariff", sensitivity: "Public" }, ...rows.slice(0, 2), ...rows.slice(3)];
    const result = await diff(memoryBook({ categorisation: rows }), memoryBook({ categorisation: inserted }));
    const tab = result.tabs[0];
    expect(tab?.added).toEqual([{ row: 2, key: expect.objectContaining({ "Information Object": "Tariff" }) }]);
    expect(tab?.removed).toEqual([
      { row: 4, key: expect.objectContaining({ "Information Object": "Outage schedule" }) },
    ]);
    expect(tab?.changed).toEqual([]);
    expect(tab?.moved).toBe(2); // rows 2 and 3 moved down one; row 5 stays where it was

    const sorted = [...rows].reverse();
    const resorted = (await diff(memoryBook({ categorisation: rows }), memoryBook({ categorisation: sorted }))).tabs[0];
    expect(resorted).toMatchObject({ added: [], removed: [], changed: [], moved: 4 });
  });

  it("matches a row whose key cell was edited by its other cells: one changed row, not removed and added", async () => {
    const after = rows.map((r, i) => (i === 2 ? { ...r, informationObject: "Outage schedules (planned)" } : r));
    const tab = (await diff(memoryBook({ categorisation: rows }), memoryBook({ categorisation: after }))).tabs[0];
    expect(tab?.added).toEqual([]);
    expect(tab?.removed).toEqual([]);
    expect(tab?.changed).toEqual([
      {
        row: 4,
        oldRow: 4,
        key: expect.objectContaining({ "Information Object": "Outage schedules (planned)" }),
        cells: [
          { column: "Information Object", cell: "H4", before: "Outage schedule", after: "Outage schedules (planned)" },
        ],
      },
    ]);
  });

  it("pairs duplicate keys deterministically: equal rows first, then in order", async () => {
    const twice = [...rows, { ...rows[0], sensitivity: "Restricted" }];
    const swapped = [{ ...rows[0], sensitivity: "Restricted" }, ...rows.slice(1), rows[0] as CategorisationRow];
    const tab = (await diff(memoryBook({ categorisation: twice }), memoryBook({ categorisation: swapped }))).tabs[0];
    expect(tab).toMatchObject({ added: [], removed: [], changed: [], moved: 2 });
  });

  it("finds a renamed tab by its role, and a number stored as text reads as the same value", async () => {
    const renamed = new MemoryWorkbook({
      "distinct gap analysis ": {
        rows: [
          ["Gap ID", "Gap Type", "Gap Description", "Capability Status", "Major Outcome", "Priority", "Evidence"],
          [
            "G01",
            "Data Sharing",
            "Market forecasts are not shared with aggregators in a machine-readable form.",
            "Requires augmentation",
            "CER is visible and predictable and can be effectively used as part of power system operations",
            "High",
            2025,
          ],
        ],
      },
      "Options and Priority Use Cases": {
        rows: [
          ["Option ID", "Gap ID", "Option Description"],
          ["O01", "G01", "Extend the market data portal with an aggregator forecast feed."],
        ],
      },
    });
    const result = await diff(
      memoryBook({ gaps: [{ gapId: "G01", priority: "High", evidence: "2025" }], options: [{ optionId: "O01" }] }),
      renamed,
    );
    const gaps = result.tabs.find((t) => t.tab === "gaps");
    expect(gaps).toMatchObject({
      sheet: "distinct gap analysis ",
      oldSheet: "Distinct Gap Analysis",
      added: [],
      removed: [],
      moved: 0,
    });
    // Only the columns the new version dropped show (their cells are now empty); Evidence 2025 as a number matches "2025".
    expect(gaps?.changed.flatMap((c) => c.cells.map((cell) => cell.column))).not.toContain("Evidence");
    const options = result.tabs.find((t) => t.tab === "options");
    expect(options).toMatchObject({ sheet: "Options and Priority Use Cases", added: [], removed: [] });
  });

  it("reports the findings a version introduced and resolved, matched by rule, tab, column and row identity", async () => {
    const broken = rows.map((r, i) => (i === 1 ? { ...r, sensitivity: "Secret" } : r));
    const sortedBroken = [...broken].reverse();
    const introduced = await diff(memoryBook({ categorisation: rows }), memoryBook({ categorisation: sortedBroken }));
    expect(introduced.findings.introduced.map((f) => [f.rule, f.cell])).toEqual([["sensitivity.unknown", "P4"]]);
    expect(introduced.findings.resolved).toEqual([]);
    // Moving the broken row does not make its finding new.
    const moved = await diff(memoryBook({ categorisation: broken }), memoryBook({ categorisation: sortedBroken }));
    expect(moved.findings).toEqual({ introduced: [], resolved: [] });
    const resolved = await diff(memoryBook({ categorisation: broken }), memoryBook({ categorisation: rows }));
    expect(resolved.findings.resolved.map((f) => [f.rule, f.cell])).toEqual([["sensitivity.unknown", "P3"]]);
  });
});
