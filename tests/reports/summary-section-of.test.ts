/**
 * The workbook summary as the report's section, over the sample workbook: every count table the
 * summary holds, use case groups named, totals that agree with the tabs, and the heat map with all
 * 18 Level 2 and 122 Level 3 capabilities of the framework.
 */
import { resolve } from "node:path";
import { readWorkbookFile } from "../../src/cli/read-workbook-file";
import { defaultReference } from "../../src/model/default-reference";
import { markdownReport } from "../../src/reports/markdown-report";
import { reviewDocument, workbookReviewOf } from "../../src/reports/review-report";
import { summarySectionOf } from "../../src/reports/summary-section-of";
import { checkWorkbook } from "../../src/workflows/check/check";

const sample = resolve(__dirname, "..", "..", "seeds", "sample-workbook.xlsx");

describe("summarySectionOf", () => {
  it("lays the sample's summary out as captioned count tables and a heat map", async () => {
    const book = readWorkbookFile(sample);
    const { report, summary } = await checkWorkbook(book, defaultReference(), { review: true, summary: true });
    const section = summarySectionOf(summary);
    expect(section.tables.map((t) => t.title)).toEqual([
      "What the workbook holds",
      "Data Categorisation rows by use case group and domain",
      "Data Categorisation rows by information group and category",
      "Sensitivity mix",
      "Quality by use case group",
      "Gaps by Major Outcome and capability status",
    ]);
    const byDomain = section.tables[1]!;
    expect(byDomain.rows[0]).toBe("PO Planning and Oversight");
    const total = (t: (typeof section.tables)[number]) => t.counts.flat().reduce((a, b) => a + b, 0);
    const rows = report.sheets.find((s) => s.tab === "Data Categorisation")?.rows;
    for (const table of section.tables.slice(1, 5)) expect(total(table)).toBe(rows);
    expect(total(section.tables[5]!)).toBe(report.sheets.find((s) => s.tab === "Distinct Gap Analysis")?.rows);
    expect(section.heatMap?.rows).toHaveLength(18);
    expect(section.heatMap?.rows.flatMap((r) => r.cells)).toHaveLength(122);
    expect(section.heatMap?.legend).toMatch(
      /^Each Level 3 capability .* Heat 0: no information object names it; 1 to 4: .* Not on a Level 3 capability: \d+ rows/,
    );

    const markdown = markdownReport(
      reviewDocument([workbookReviewOf("sample.xlsx", report, section)], {
        generatedAt: new Date(0),
        generator: "test",
      }),
    );
    expect(markdown).toContain("### Workbook summary");
    expect(markdown).toContain("#### Capability heat map");
  });
});
