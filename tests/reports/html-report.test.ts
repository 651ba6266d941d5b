/**
 * The HTML report's structure, read back with jsdom (what jest's jsdom environment is built on):
 * sections and counts, the accepted finding marked in words, workbook text shown exactly (escaped,
 * spreadsheet-safe in tables) and never as markup, and nothing that could load or run anything.
 * Its accessibility is checked with axe in Chromium (tests/browser/html-report.browser.test.ts).
 */
import { JSDOM } from "jsdom";
import { htmlReport } from "../../src/reports/html-report";
import { spreadsheetSafeText } from "../../src/reports/spreadsheet-safe-text";
import { FORMULAS, hostileDocument, hostileFindings, MARKUP, TRICKY } from "./hostile-review";

describe("the HTML report", () => {
  const page = htmlReport(hostileDocument());
  const { document } = new JSDOM(page).window;
  const texts = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent ?? "");

  it("is one page with a language, a title, one h1 and headings that never skip a level", () => {
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(document.documentElement.lang).toBe("en");
    expect(document.title).toBe("CER data categorisation review: =book <1>.xlsx");
    expect(texts("h1")).toEqual(["CER data categorisation review: =book <1>.xlsx"]);
    const levels = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName.slice(1)));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    expect(texts("h3")).toEqual([
      `Findings (${hostileFindings.length})`,
      "Accepted findings (1)",
      "Stale waivers (1)",
      "Consistency review (1)",
      "Workbook summary",
    ]);
  });

  it("gives every table a caption and every header cell a scope", () => {
    const tables = [...document.querySelectorAll("table")];
    expect(tables.length).toBeGreaterThanOrEqual(7);
    for (const table of tables) expect(table.querySelector(":scope > caption")?.textContent).toBeTruthy();
    for (const th of document.querySelectorAll("th")) expect(["col", "row"]).toContain(th.getAttribute("scope"));
  });

  it("loads nothing and runs nothing: no script, no src or href, a policy that forbids both", () => {
    expect(document.querySelectorAll("script, iframe, object, embed, img, link, base, form").length).toBe(0);
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.getAttributeNames())
        expect(attribute).not.toMatch(/^(src|href|srcset|action|on.*)$/);
    }
    expect(page).not.toMatch(/\b(src|href)\s*=/i);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")).toContain(
      "default-src 'none'",
    );
  });

  it("shows workbook text exactly as text, spreadsheet-safe in tables, never as markup", () => {
    const findingsTable = document.querySelectorAll("table")[1] as HTMLTableElement;
    const values = [...findingsTable.tBodies[0]!.rows].map((row) => row.cells[8]?.textContent);
    // An HTML parser reads a carriage return as a line feed, as every browser does.
    for (const text of [...FORMULAS, MARKUP, ...TRICKY])
      expect(values).toContain(spreadsheetSafeText(text).replace(/\r/g, "\n"));
    expect(values).toContain(`'=HYPERLINK("http://evil.example/x","click")`);
    expect(page).not.toContain(MARKUP);
    expect(document.querySelectorAll("b, i").length).toBe(0);
    expect(texts("h4")).toContain("=Market | forecast <i>");
    expect(page).toContain("مرحبا بالعالم");
  });

  it("marks the accepted finding in words and lists who accepted it, why and when, and the stale waiver", () => {
    const accepted = [...document.querySelectorAll("tr.accepted")];
    expect(accepted).toHaveLength(1);
    expect(accepted[0]?.textContent).toContain("Accepted");
    const acceptedTable = document.querySelectorAll("table")[2] as HTMLTableElement;
    expect([...acceptedTable.tBodies[0]!.rows[0]!.cells].map((c) => c.textContent)).toEqual([
      "Data Categorisation",
      "P20",
      "sensitivity.unknown",
      "Warning",
      "'=Ana",
      "'@intended <b>on purpose</b> | kept",
      "2026-11-30",
    ]);
    const staleTable = document.querySelectorAll("table")[3] as HTMLTableElement;
    expect(staleTable.tBodies[0]!.rows[0]!.textContent).toContain("'=use case / -act / @obj");
  });

  it("marks a differing value in words and gives the summary's counts, totals and heat map as text", () => {
    expect(texts("mark")).toEqual(["'-Restricted"]);
    expect(texts("td").filter((t) => t.includes("(differs)"))).toEqual(["'-Restricted (differs)"]);
    const totals = [...document.querySelectorAll("tr")].find((row) => row.querySelector("th")?.textContent === "Total");
    expect(totals?.textContent).toBe("Total156");
    expect(texts("td.heat")).toEqual([
      "1.1.1 Demand forecasting3 objects, 1 quality issue, 0 gaps; heat 4 of 4",
      "1.1.2 Uncovered0 objects, 0 quality issues, 2 gaps; heat 0 of 4",
    ]);
  });

  it("lists the workbooks a batch could not read", () => {
    const { document: batch } = new JSDOM(
      htmlReport({ ...hostileDocument(), unreadable: [{ workbook: "<bad>.xlsx", error: "=not a workbook" }] }),
    ).window;
    expect([...batch.querySelectorAll("h2")].map((h) => h.textContent)).toContain("Workbooks that could not be read");
    expect(batch.body.textContent).toContain("'=not a workbook");
  });
});
