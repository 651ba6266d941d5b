import { BOM } from "../../src/reports/csv-report";
import { CSV_SUMMARY_HEADER, csvSummaryReport } from "../../src/reports/csv-summary-report";
import { parseCsv } from "./csv-parse";
import { hostileDocument } from "./hostile-review";

describe("the summary CSV", () => {
  const csv = csvSummaryReport(hostileDocument());
  const [header, ...rows] = parseCsv(csv.slice(BOM.length));

  it("has one record per count: every table cell and four per heat-map capability", () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(header).toEqual([...CSV_SUMMARY_HEADER]);
    // A 2 x 2 table and two capabilities with four counts each.
    expect(rows).toHaveLength(4 + 8);
    expect(rows[0]).toEqual(["'=book <1>.xlsx", "Rows by use case group and domain", "PO", "Plan", "1"]);
    expect(rows).toContainEqual(["'=book <1>.xlsx", "Capability heat map", "1.1.2 Uncovered", "Gaps", "2"]);
  });

  it("neutralises formula-like labels", () => {
    expect(rows).toContainEqual(["'=book <1>.xlsx", "Rows by use case group and domain", "'=evil", "'+Operate", "3"]);
    for (const field of rows.flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("is only the header when no workbook has a summary", () => {
    expect(csvSummaryReport(hostileDocument({ summary: false }), { bom: false })).toBe(
      '"Workbook","Table","Row","Column","Count"\r\n',
    );
  });
});
