/**
 * The Summary tab's layout: its tables do not overlap (Excel refuses that), its charts cover no
 * table, no other chart and no heat map cell, every chart's source lies inside a table, and each
 * table's first row is its headers, unique and non-empty (Excel would rename them otherwise).
 */
import { defaultReference } from "../../src/model/default-reference";
import { summarySheetLayout } from "../../src/summary/summary-sheet-layout";
import { summariseWorkbook } from "../../src/summary/workbook-summary";
import { parseCellRef } from "../../src/workbook/cell-address";
import type { CellRange } from "../../src/workbook/port";
import { generatedCategorisation, generatedGaps } from "../support/generated-summary-book";
import { parsedBook } from "../support/workbook-rows";

function area(address: string): CellRange {
  const [from = "", to = from] = address.split(":");
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  return { top: a.row, left: a.col + 1, bottom: b.row, right: b.col + 1 };
}

const overlap = (a: CellRange, b: CellRange): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const inside = (a: CellRange, b: CellRange): boolean =>
  a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;

describe("the Summary tab's layout", () => {
  it("places tables, charts and the heat map without overlaps, each chart over its own table", async () => {
    const summary = summariseWorkbook(
      await parsedBook({ categorisation: generatedCategorisation(60, 61).rows, gaps: generatedGaps(10, 62).rows }),
      defaultReference(),
    );
    const layout = summarySheetLayout(summary, { refreshedAt: "2026-12-02 07:00 UTC" });
    const tables = layout.tables.map((t) => area(t.address));
    tables.forEach((a, i) => tables.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
    const charts = layout.charts.map((c) => area(`${c.from}:${c.to}`));
    charts.forEach((a, i) => {
      for (const t of tables) expect(overlap(a, t)).toBe(false);
      charts.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false));
    });
    for (const chart of layout.charts) expect(tables.some((t) => inside(area(chart.source), t))).toBe(true);
    const heatCells = layout.blocks.filter(
      (b) => typeof b.rows[0]?.[0] === "string" && /^\d\.\d+\.\d+ /.test(String(b.rows[0]?.[0])),
    );
    expect(heatCells).toHaveLength(122);
    const lowestChart = Math.max(...charts.map((c) => c.bottom));
    for (const cell of heatCells) expect(parseCellRef(cell.topLeft).row).toBeGreaterThan(lowestChart);
    for (const table of layout.tables) {
      const block = layout.blocks.find((b) => b.topLeft === table.address.split(":")[0] && b.rows.length > 1);
      const header = block?.rows[0] ?? [];
      expect(header.length).toBe(area(table.address).right - area(table.address).left + 1);
      expect(header.every((h) => typeof h === "string" && h !== "")).toBe(true);
      expect(new Set(header.map((h) => String(h).toLowerCase())).size).toBe(header.length);
    }
  });
});
