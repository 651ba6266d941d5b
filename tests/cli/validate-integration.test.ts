/**
 * `validate` end to end over .xlsx files these tests write themselves, laid out the untidy ways
 * real workbooks are: a cover sheet first, title rows and a merged title above the header, header
 * variants, a Roles tab, values merged down rows, formulas with cached results and error values.
 * The JSON report must name the right sheet, cell and severity for each planted defect, and
 * nothing else at error or warning level.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";

const dir = mkdtempSync(join(tmpdir(), "cer-validate-"));

const HEADERS = [
  "Use Case Group",
  "Use case",
  "Capability #",
  "Capability",
  "Level 2 Capability",
  "Domain",
  "Activity",
  "Info Object",
  "Information\nGroup",
  "Information Category",
  "Initiator",
  "Receiver(s)",
  "Interfaces",
  "Min. Frequency",
  "Latency",
  "Sensitivity",
  "Quality",
  "Rationale",
];

// Each row valid unless a comment says what is planted in it.
const ROWS: Array<Array<string | number | ExcelJS.CellFormulaValue | ExcelJS.CellErrorValue>> = [
  [
    "OTN",
    "Forecast and Planning Operations",
    "4.1.2",
    "Share near-term operational forecasts",
    "Conduct operational planning and forecasting",
    "Operate",
    "Publish demand and market forecasts",
    "Market forecast",
    "Forecasting",
    "Forecast",
    "Market Operator",
    "Retailer\nGrid Co",
    "System to System",
    "30 minutes",
    "5 minutes",
    "Public",
    "No Issues",
    "",
  ],
  // Capability ID typed as a number (4.3: a Level 2 id), Domain from a formula with a cached result.
  [
    "",
    "Forecast and Planning Operations",
    4.3,
    "",
    "Operate electricity networks",
    { formula: 'IF(1=1,"Operate","")', result: "Operate" },
    "Publish network limits",
    "Network limits",
    "Forecasting",
    "DOE",
    "Grid Co",
    "Aggregator",
    "System to System",
    "5 minutes",
    "5 minutes",
    "Restricted",
    "No Issues",
    "",
  ],
  // planted: Telemetry (Devices) -> category.unknown (J), Confidential -> sensitivity.unknown (P)
  [
    "",
    "Monitor devices",
    "4.2.2",
    "",
    "",
    "",
    "Report device telemetry",
    "Device telemetry",
    "",
    "Telemetry (Devices)",
    "Grid Co",
    "Aggregator",
    "System to System",
    "5 minutes",
    "5 minutes",
    "Confidential",
    "No Issues",
    "",
  ],
  // planted: a #N/A from a failed lookup in Capability -> cell.formula-error (D); 4.3.5 with the name of 4.3.2 on the next row
  [
    "CI",
    "Connect CER",
    "3.4.5",
    { formula: "VLOOKUP(C7,Lookups!A:B,2,FALSE)", result: { error: "#N/A" } },
    "",
    "",
    "Register device",
    "CER device metadata",
    "Master Data",
    "CER Master Data",
    "Grid Co",
    "Market Operator",
    "System to System",
    "On demand",
    "As per frequency",
    "Restricted",
    "No Issues",
    "",
  ],
  // planted: capability.id-name-mismatch (D), latency.exceeds-frequency (O), role.unknown "Aggregater" (L)
  [
    "OTN",
    "Manage network limits",
    "4.3.5",
    "Monitor network / power system",
    "",
    "",
    "Publish DOEs",
    "Dynamic operating envelope",
    "Forecasting",
    "DOE",
    "Grid Co",
    "Aggregater",
    "System to System",
    "5 minutes",
    "Daily",
    "Restricted",
    "No Issues",
    "",
  ],
  // planted: Issues without a rationale -> quality.rationale-missing (R)
  [
    "OTN",
    "Manage network limits",
    "4.3.5",
    "Calculate and publish physical limits",
    "",
    "Operate",
    "Publish limits",
    "Network limits",
    "Forecasting",
    "DOE",
    "Grid Co",
    "Aggregator",
    "System to System",
    "Daily",
    "1 hour",
    "Restricted",
    "Issues",
    "",
  ],
];

async function writeBook(): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Cover").getCell("A1").value = "CER Data Categorisation — working copy";
  const dc = book.addWorksheet("data categorisation");
  dc.getCell("A1").value = "Data Categorisation";
  dc.mergeCells("A1:F1");
  dc.getCell("A2").value = "Draft for review";
  dc.getRow(4).values = HEADERS;
  ROWS.forEach((values, i) => (dc.getRow(5 + i).values = values));
  // "OTN" merged down rows 5 and 6: row 6 reads OTN too.
  dc.mergeCells("A5:A6");
  // "Monitor devices" row gets its group from a merge as well.
  dc.getCell("A7").value = "OTN";
  const gaps = book.addWorksheet("Gap Analysis");
  gaps.getRow(2).values = [
    "Gap #",
    "Gap Type",
    "Gap Description",
    "Use Case",
    "Information Object",
    "Capability Status",
    "Major Outcome",
    "Evidence",
  ];
  gaps.getRow(3).values = [
    "G1",
    "Data Sharing",
    "DOEs differ by DNSP",
    "Manage network limits",
    "Dynamic operating envelope",
    "Requires augmentation",
    "Visible and predictable",
    "Interviews",
  ];
  // planted: duplicate Gap ID (both rows, A3 and A4 are G1), use case absent from Data Categorisation (D4)
  gaps.getRow(4).values = [
    "G1",
    "Data",
    "Telemetry gaps",
    "Retail operations",
    "Device telemetry",
    "Exists",
    "Orchestration",
    "Reports",
  ];
  const options = book.addWorksheet("Options and Priority Use Cases");
  options.getRow(1).values = ["Option ID", "Gap IDs", "Option Description"];
  // planted: G9 is not a gap (B3)
  options.getRow(2).values = ["O1", "G1", "Common DOE interface"];
  options.getRow(3).values = ["O2", "G1; G9", "Telemetry standard"];
  const roles = book.addWorksheet("Roles");
  roles.getColumn(1).values = ["Role", "Market Operator", "Grid Co", "Retailer", "Aggregator"];
  const file = join(dir, "planted.xlsx");
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
  return file;
}

interface JsonFinding {
  sheet: string;
  cell: string;
  rule: string;
  severity: string;
  suggestion?: string;
}

describe("validate over a real .xlsx file", () => {
  let report: {
    valid: boolean;
    file: string;
    summary: Record<string, number>;
    sheets: Array<Record<string, unknown>>;
    findings: JsonFinding[];
  };
  let exitCode: number;

  beforeAll(async () => {
    const file = await writeBook();
    const result = await runCli(["validate", file, "--format", "json"]);
    expect(result.stderr).toBe("");
    exitCode = result.exitCode;
    report = JSON.parse(result.stdout) as typeof report;
  });

  it("exits 1 because there are errors", () => {
    expect(exitCode).toBe(1);
    expect(report.valid).toBe(false);
  });

  it("finds each tab under its own name, below its title rows", () => {
    expect(report.sheets.map((s) => [s.tab, s.sheet, s.headerRow])).toEqual([
      ["Data Categorisation", "data categorisation", 4],
      ["Distinct Gap Analysis", "Gap Analysis", 2],
      ["Options", "Options and Priority Use Cases", 1],
    ]);
  });

  it("reports exactly the planted errors and warnings, at the right cells", () => {
    const serious = report.findings
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.sheet}!${f.cell} ${f.severity} ${f.rule}`);
    expect(serious.sort()).toEqual(
      [
        "data categorisation!J7 error category.unknown",
        "data categorisation!P7 error sensitivity.unknown",
        "data categorisation!D8 error cell.formula-error",
        "data categorisation!D9 error capability.id-name-mismatch",
        "data categorisation!L9 warning role.unknown",
        "data categorisation!O9 warning latency.exceeds-frequency",
        "data categorisation!R10 error quality.rationale-missing",
        "Gap Analysis!A3 error gap.duplicate-id",
        "Gap Analysis!A4 error gap.duplicate-id",
        "Gap Analysis!D4 warning reference.unknown-use-case",
        "Options and Priority Use Cases!B3 error option.unknown-gap",
      ].sort(),
    );
  });

  it("suggests what the analyst meant", () => {
    const at = (cell: string) => report.findings.find((f) => f.cell === cell && f.severity !== "info");
    expect(at("J7")?.suggestion).toBe("Telemetry (Device)");
    expect(at("L9")?.suggestion).toBe("Aggregator");
    expect(at("D9")?.suggestion).toBe("Calculate and publish physical limits");
  });
});
