/**
 * Rows typed the way analysts really type them, all meaning valid values: stray and non-breaking
 * spaces, line breaks, lower case, codes for names, ids with a trailing dot or typed as numbers,
 * roles as abbreviations separated three different ways or bulleted, frequencies in words, full stops
 * closing values. `validate` must find
 * no error and no warning in them, only info findings suggesting the canonical spelling.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";

const HEADERS = [
  "Use Case Group",
  "Use Case",
  "Capability ID",
  "Capability",
  "Capability Group",
  "Domain",
  "Activity",
  "Information Object",
  "Information Group",
  "Information Category",
  "Initiator",
  "Receiver(s)",
  "Interface",
  "Minimum Frequency (mins)",
  "Latency",
  "Sensitivity (Public / Restricted / Critical)",
  "Quality",
  "Quality Rationale [if Issues]",
];

// prettier-ignore
const ROWS: Array<Array<string | number>> = [
  ["otn", " Forecast and Planning Operations", "4.1.2.", "share near-term operational forecasts", "4.1", "operate ", "Publish demand and market forecasts", "Market forecast", "forecasting", "forecast", "AEMO", "Retailer, Aggregator\nDNSP", "system to system", "30 mins", "within 5 minutes", "Public\u00a0", "no issues", ""],
  ["Operate and Trade (normal conditions)", "Forecast and Planning Operations", 4.1, "", "Conduct operational planning and forecasting", "Operate", "Publish\nshort-term forecasts", "Short-term forecast", "Forecasting", "Forecast", "Market Operator", "retailer;  aggregator", "S2S", "Half-hourly", "5 min", "public", "No Issues", ""],
  ["CI", "Connect CER", "3.4.5", "Register CER with required systems", "Integrate CERs", "Connect", "Register device", "CER device metadata", "Master Data", "CER Master Data", "Installer", "dnsp", "Person-to-System", "on demand", "as per frequency", "Restricted", "Issues", "Install data  often late"],
  ["PO", "Monitor CER integration performance", "1.3.1", "Monitor CER integration progress", "", "Oversee", "Publish statistics", "CER uptake report", "", "Market Outlook Report/Publication", "Market Operator", "Policy Maker", "System to Person", "Quarterly", "1 month", "Public", "No Issues", ""],
  ["OTE", "Manage minimum system load", "4.2.6", "", "", "", "Direct backstop", "Emergency backstop command", "Transactions", "Activation", "DNSP", "OEM\r\nAggregator", "System to System", "Ad hoc", "< 1 min", "Critical", "No Issues", ""],
  // Full stops closing values, a slash spaced out, "(s)" on roles, a bulleted list of receivers.
  ["PO", "Monitor CER integration performance", "1.3.2", "Evaluate compliance and conformance.", "", "Oversee", "Report non-conformance", "Non-conformance report", "", "Market Outlook Report / Publication", "DNSP(s)", "\u2022 Technical Regulator\n\u2022 Retailer(s)", "System to System.", "Monthly", "5 days", "Restricted.", "No Issues.", ""],
  // The header pasted again above the next section.
  HEADERS,
  ["OTN - Operate and Trade (normal conditions)", "Trade CER", "5.1.3", "", "", "", "Issue dispatch", "Dispatch instruction", "", "Activation", "Market Operator", "Aggregator", "System to System", "5 minutes (SCADA)", "1 min", "Critical", "No Issues", ""],
];

it("finds nothing wrong, only spellings to tidy", async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Data Categorisation ");
  sheet.getRow(1).values = HEADERS;
  ROWS.forEach((row, i) => (sheet.getRow(2 + i).values = row));
  const file = join(mkdtempSync(join(tmpdir(), "cer-untidy-")), "untidy.xlsx");
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));

  const result = await runCli(["validate", file, "--format", "json"]);
  const report = JSON.parse(result.stdout) as {
    summary: Record<string, number>;
    findings: Array<{ cell: string; rule: string; severity: string; suggestion?: string }>;
  };
  expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  expect(result.exitCode).toBe(0);
  const suggested = Object.fromEntries(
    report.findings.filter((f) => f.rule === "spelling.non-canonical").map((f) => [f.cell, f.suggestion]),
  );
  expect(suggested).toMatchObject({
    P2: "Public",
    Q2: "No Issues",
    M2: "System to System",
    J2: "Forecast",
    M3: "System to System",
    M4: "Person to System",
    J7: "Market Outlook Report/Publication",
    M7: "System to System",
    P7: "Restricted",
    Q7: "No Issues",
  });
});

it("prints each finding on one line, a line break in the value shown as \\n", async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Data Categorisation");
  sheet.getRow(1).values = HEADERS;
  sheet.getRow(2).values = (ROWS[3] ?? []).map((value, i) => (i === 15 ? "Restricted\n" : value));
  const file = join(mkdtempSync(join(tmpdir(), "cer-untidy-")), "line-break.xlsx");
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));

  const result = await runCli(["validate", file]);
  expect(result.stdout).toContain('    P2  "Restricted\\n" can be written "Restricted".\n');
});
