import { markdownReport } from "../../src/reports/markdown-report";
import { markdownCell, markdownText } from "../../src/reports/markdown-text";
import { FORMULAS, hostileDocument, hostileFindings, MARKUP } from "./hostile-review";

/** The cells of a GitHub table row: split at pipes that are not backslash-escaped. */
function cellsOf(line: string): string[] {
  return line.slice(2, -2).split(/(?<!\\) \| /);
}

/** Markdown's backslash escapes undone: the text a reader sees (and pastes into a spreadsheet). */
function shown(cell: string): string {
  return cell.replace(/\\(.)/g, "$1");
}

describe("the Markdown report", () => {
  const markdown = markdownReport(hostileDocument());
  const lines = markdown.split("\n");

  it("has the title, the verdict with counts, and every section with its count", () => {
    expect(lines[0]).toBe("# CER data categorisation review: =book \\<1\\>.xlsx");
    expect(markdown).toContain(
      "**Errors to fix.** 13 errors, 0 warnings, 1 info; 1 accepted finding; 1 stale waiver; 1 information object whose rows disagree.",
    );
    for (const heading of [
      `### Findings (${hostileFindings.length})`,
      "### Accepted findings (1)",
      "### Stale waivers (1)",
      "### Consistency review (1)",
      "### Workbook summary",
      "#### Capability heat map",
    ]) {
      expect(lines).toContain(heading);
    }
  });

  it("keeps every table row to its columns whatever the workbook text holds", () => {
    const tableRows = lines.filter((line) => line.startsWith("| "));
    expect(tableRows.length).toBeGreaterThan(hostileFindings.length);
    let width = 0;
    for (const line of tableRows) {
      if (line.startsWith("| ---")) continue;
      const cells = cellsOf(line);
      if (!lines[lines.indexOf(line) + 1]?.startsWith("| ---") && width !== 0) expect(cells).toHaveLength(width);
      width = lines[lines.indexOf(line) + 1]?.startsWith("| ---") ? cells.length : width;
    }
    // A finding is one line: its line break became a space.
    expect(lines.some((line) => line.includes("line one line two"))).toBe(true);
  });

  it("neutralises formula-like cells and escapes markup and Markdown syntax", () => {
    const findingRows = lines.filter((line) => line.startsWith("| Data Categorisation | J"));
    const values = findingRows.map((line) => shown(cellsOf(line)[8] ?? ""));
    expect(values).toContain(`'=HYPERLINK("http://evil.example/x","click")`);
    expect(values).toEqual(expect.arrayContaining(["'+1", "'-2", "'@SUM(A1:A2)", "' =1+1"]));
    for (const formula of FORMULAS)
      expect(findingRows.some((line) => line.includes(`| ${formula.replace(/[\t\r]/g, " ")} |`))).toBe(false);
    expect(markdown).not.toContain(MARKUP);
    expect(markdown).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(markdown).toContain("\\*bold\\* \\_em\\_ \\[link\\](http://evil.example) \\`code\\` \\$x\\$");
    expect(markdown).toContain("a \\| b");
    expect(markdown).toContain("مرحبا بالعالم");
    expect(markdown).toContain("Forecast 📈 ⚡");
    expect(markdown).not.toMatch(/\t/);
  });

  it("marks the accepted finding and lists who accepted it, why and when, and the stale waiver", () => {
    const accepted = lines.filter((line) => line.startsWith("| Data Categorisation | P20 | 20 |"));
    expect(accepted.map((line) => shown(cellsOf(line)[6] ?? ""))).toEqual(["Accepted"]);
    expect(markdown).toContain(
      "| Data Categorisation | P20 | sensitivity.unknown | Warning | '=Ana | '@intended \\<b\\>on purpose\\</b\\> \\| kept | 2026-11-30 |",
    );
    expect(markdown).toContain(
      "| role.unknown | Data Categorisation | receiver | '=use case / -act / @obj | '+Bo | ' =old | 2026-10-01 |",
    );
  });

  it("shows the consistency review with the differing value marked in words, and the summary with totals", () => {
    expect(lines).toContain("#### =Market \\| forecast \\<i\\>");
    expect(markdown).toContain("| 4 | '@Forecast demand | Publish | Forecasts | '-Restricted (differs) |");
    expect(markdown).toContain("| Use Case Group / Domain | Plan | '+Operate | Total |");
    expect(markdown).toContain("| '=evil | 0 | 3 | 3 |");
    expect(markdown).toContain("| Total | 1 | 5 | 6 |");
    expect(markdown).toContain("1.1.1 Demand forecasting: 3, 1, 0, heat 4");
  });

  it("escapes inline text and table cells as documented", () => {
    expect(markdownText("a\r\nb\tc")).toBe("a b c");
    expect(markdownCell("=1|2")).toBe("'=1\\|2");
  });
});
