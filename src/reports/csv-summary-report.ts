/**
 * The workbook summary as CSV, in long ("tidy") form, one count per record: workbook, table, row,
 * column, count. Every summary table and the heat map fit this one shape, so a pivot table or a
 * script reads them all the same way; the findings are their own CSV (csv-report.ts), because a CSV
 * holds one table. Same conventions: RFC 4180, every field quoted and spreadsheet-safe, CRLF, and a
 * UTF-8 byte order mark for Excel.
 */
import { BOM, csvField } from "./csv-report";
import type { ReviewDocument } from "./review-report";

export const CSV_SUMMARY_HEADER = ["Workbook", "Table", "Row", "Column", "Count"] as const;

export function csvSummaryReport(document: ReviewDocument, options: { bom?: boolean } = {}): string {
  const records: Array<ReadonlyArray<string | number>> = [CSV_SUMMARY_HEADER];
  for (const review of document.workbooks) {
    const summary = review.summary;
    if (summary === undefined) continue;
    for (const table of summary.tables) {
      table.rows.forEach((row, r) =>
        table.columns.forEach((column, c) =>
          records.push([review.workbook, table.title, row, column, table.counts[r]?.[c] ?? 0]),
        ),
      );
    }
    const map = summary.heatMap;
    if (map === undefined) continue;
    for (const row of map.rows) {
      for (const cell of row.cells) {
        const label = `${cell.id} ${cell.name}`;
        for (const [column, count] of [
          ["Information objects", cell.objects],
          ["Quality issues", cell.qualityIssues],
          ["Gaps", cell.gaps],
          ["Heat (0 to 4)", cell.heat],
        ] as const) {
          records.push([review.workbook, map.title, label, column, count]);
        }
      }
    }
  }
  return (
    (options.bom === false ? "" : BOM) + records.map((record) => record.map(csvField).join(",")).join("\r\n") + "\r\n"
  );
}
