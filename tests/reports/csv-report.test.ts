import { BOM, CSV_HEADER, csvReport } from "../../src/reports/csv-report";
import { spreadsheetSafeText } from "../../src/reports/spreadsheet-safe-text";
import { parseCsv } from "./csv-parse";
import { FORMULAS, hostileDocument, hostileFindings, MARKUP, TRICKY } from "./hostile-review";

describe("the CSV report", () => {
  const csv = csvReport(hostileDocument());
  const records = parseCsv(csv.slice(BOM.length));
  const [header, ...rows] = records;
  const column = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);

  it("starts with a UTF-8 byte order mark (Excel then reads UTF-8) unless asked not to", () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csvReport(hostileDocument(), { bom: false }).startsWith('"Workbook"')).toBe(true);
  });

  it("has one row per finding, every field quoted, CRLF between records, the columns the issue names", () => {
    expect(header).toEqual([...CSV_HEADER]);
    expect(header?.slice(1, 11)).toEqual([
      "Sheet",
      "Cell",
      "Row",
      "Column",
      "Rule",
      "Severity",
      "Waived",
      "Message",
      "Value",
      "Suggestion",
    ]);
    expect(rows).toHaveLength(hostileFindings.length);
    expect(rows.every((row) => row.length === CSV_HEADER.length)).toBe(true);
    expect(
      csv
        .split("\r\n")
        .every((line) => line === "" || line.startsWith('"') || line.startsWith(`${BOM}"`) || !line.includes(",")),
    ).toBe(true);
  });

  it("neutralises every formula-like cell with an apostrophe, in every column", () => {
    const values = rows.map((row) => row[column("Value")]);
    for (const formula of FORMULAS) expect(values).toContain(`'${formula}`);
    // No field of the file begins with a formula trigger once read back.
    for (const field of records.flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[0]?.[column("Suggestion")]).toBe("'=cmd|' /C calc'!A0");
    expect(rows[0]?.[column("Workbook")]).toBe("'=book <1>.xlsx");
  });

  it("carries markup, quotes, pipes, line breaks, right-to-left text and emoji through unchanged", () => {
    const values = rows.map((row) => row[column("Value")]);
    for (const text of [MARKUP, ...TRICKY]) expect(values).toContain(spreadsheetSafeText(text));
    expect(csv).toContain('"say ""hi"" it\'s"');
    expect(csv).toContain('"line one\nline two"');
  });

  it("marks the accepted finding with who accepted it, why and when", () => {
    const accepted = rows.filter((row) => row[column("Waived")] === "Yes");
    expect(accepted).toHaveLength(1);
    expect(accepted[0]?.[column("Accepted by")]).toBe("'=Ana");
    expect(accepted[0]?.[column("Reason")]).toBe("'@intended <b>on purpose</b> | kept");
    expect(accepted[0]?.[column("Accepted at")]).toBe("2026-11-30T09:00:00.000Z");
    expect(rows.filter((row) => row[column("Waived")] === "No")).toHaveLength(hostileFindings.length - 1);
  });
});
