/**
 * The pane's export workflow over the memory adapter: the Review view's check (with waivers and the
 * consistency review) as a report in each format, named by date and type, formula-like workbook
 * text neutralised, the accepted finding marked with who and why.
 */
import { defaultReference } from "../../src/model/default-reference";
import { parseCsv } from "../reports/csv-parse";
import { reportActions } from "../../src/app/export-report";
import { reviewActions } from "../../src/app/review-actions";
import { memoryBook } from "../support/workbook-rows";

function actions() {
  const book = memoryBook({
    categorisation: [
      { informationCategory: '=HYPERLINK("http://evil.example","click")' },
      { activity: "Second", informationCategory: "@SUM(A1)" },
      { activity: "Third", sensitivity: "Restricted" },
    ],
  });
  const ports = { reader: book, writer: book, model: async () => defaultReference() };
  const review = reviewActions(ports);
  const report = reportActions(ports, {
    workbook: "=Forecasts.xlsx",
    now: () => new Date("2026-12-02T07:30:00Z"),
    generator: "test",
  });
  return { review, report };
}

describe("exportReport", () => {
  it("names the file by date and type and counts the findings", async () => {
    const { report } = actions();
    const html = await report.exportReport("html");
    expect(html).toMatchObject({
      format: "html",
      fileName: "cer-review-2026-12-02.html",
      mimeType: "text/html;charset=utf-8",
    });
    expect(html.findings).toBeGreaterThanOrEqual(3);
    expect(html.text).toContain("<title>CER data categorisation review: =Forecasts.xlsx</title>");
    expect((await report.exportReport("markdown")).fileName).toBe("cer-review-2026-12-02.md");
    expect((await report.exportReport("csv")).fileName).toBe("cer-review-2026-12-02.csv");
  });

  it("neutralises the workbook's formula-like text in each format", async () => {
    const { report } = actions();
    const csv = parseCsv((await report.exportReport("csv")).text.slice(1));
    const values = csv.map((row) => row[9]);
    expect(values).toEqual(expect.arrayContaining([`'=HYPERLINK("http://evil.example","click")`, "'@SUM(A1)"]));
    expect(csv.slice(1).map((row) => row[0])).toEqual(csv.slice(1).map(() => "'=Forecasts.xlsx"));
    expect((await report.exportReport("markdown")).text).toContain("| '@SUM(A1) |");
    expect((await report.exportReport("html")).text).toContain("<td>&#39;@SUM(A1)</td>");
  });

  it("marks a finding accepted in the Review view with who accepted it and why", async () => {
    const { review, report } = actions();
    const { report: before } = await review.review();
    const finding = before.findings.find((f) => f.value === "@SUM(A1)");
    if (finding === undefined) throw new Error("no finding for @SUM(A1)");
    await review.acceptFinding(finding, { by: "Ana", reason: "+kept on purpose" });
    const markdown = (await report.exportReport("markdown")).text;
    expect(markdown).toContain("### Accepted findings (1)");
    expect(markdown).toMatch(
      /\| Data Categorisation \| J3 \| category\.unknown \| Error \| Ana \| '\+kept on purpose \| \d{4}-\d\d-\d\d \|/,
    );
    expect(markdown).toContain("### Consistency review (1)");
  });

  it('asks for the workbook\'s name when exporting, and says "This workbook" when there is none', async () => {
    const book = memoryBook({ categorisation: [{ sensitivity: "Secret" }] });
    const ports = { reader: book, writer: book, model: async () => defaultReference() };
    let name: string | undefined = "Forecasts v2.xlsx";
    const report = reportActions(ports, { workbook: () => name });
    expect((await report.exportReport("html")).text).toContain(
      "<title>CER data categorisation review: Forecasts v2.xlsx</title>",
    );
    name = undefined;
    expect((await report.exportReport("html")).text).toContain(
      "<title>CER data categorisation review: This workbook</title>",
    );
  });
});
