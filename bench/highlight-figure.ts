/**
 * Highlighting 10,000 flagged cells through the office adapter on the fake Excel: how many requests
 * (syncs) it takes and how large they are, against Excel on the web's 5 MB per request. The cells are
 * scattered (every other row, two columns, three severities), the worst case for merging into areas.
 */
import type { Finding, Severity } from "../src/check/finding";
import { FakeExcel } from "../src/workbook/fake-excel/fake-excel";
import { OfficeWorkbookFormatter } from "../src/workbook/office/office-formatter";
import { clearHighlights } from "../src/workflows/check/clear-highlights";
import { highlightFindings } from "../src/workflows/check/highlight-findings";

const SHEET = "Data Categorisation";
const severities: Severity[] = ["error", "warning", "info"];

export async function highlightFigure(cells = 10_000): Promise<string> {
  const rows = Array.from({ length: cells * 2 + 1 }, (_, i) =>
    i === 0 ? ["Use Case Group", "Use Case", "Sensitivity"] : ["PO", "Plan", "Public"],
  );
  const excel = new FakeExcel({ [SHEET]: rows });
  const findings: Finding[] = Array.from({ length: cells }, (_, i) => {
    const row = 2 + 2 * Math.floor(i / 2) + (i % 4 === 1 ? 1 : 0);
    return {
      sheet: SHEET,
      cell: `${i % 2 === 0 ? "A" : "C"}${row}`,
      row,
      column: "X",
      rule: "bench",
      severity: severities[i % 3] ?? "error",
      message: "",
      value: "",
    };
  });
  const formatter = new OfficeWorkbookFormatter(excel.run, { rangeAreas: () => true });
  const start = process.hrtime.bigint();
  await highlightFindings(formatter, findings);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const requests = [...excel.requests];
  const formats = excel.conditionalFormats(SHEET).length;
  const clearFrom = excel.syncCount;
  await clearHighlights(formatter);
  const clearSyncs = excel.syncCount - clearFrom;
  const bytes = requests.reduce((sum, r) => sum + r.requestBytes, 0);
  const largest = Math.max(...requests.map((r) => r.requestBytes));
  const ok = requests.length <= 4 && largest < 5 * 1024 * 1024;
  return (
    `  highlight ${cells.toLocaleString("en-AU")} cells: ${requests.length} syncs, ${formats} conditional formats, request bytes ${bytes.toLocaleString("en-AU")} in all, largest ${largest.toLocaleString("en-AU")}, ${ms.toFixed(0)} ms on the fake  ${ok ? "ok" : "MISS"} (<= 4 syncs, each < 5 MB)\n` +
    `  clear: ${clearSyncs} syncs\n`
  );
}
