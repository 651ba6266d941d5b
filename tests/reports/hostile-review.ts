/**
 * A review whose workbook text tries everything an export must survive: formulas a spreadsheet
 * would run (=HYPERLINK, +1, -2, @SUM, a tab or carriage return before =), markup (<script>, a
 * closing </td>), a Markdown table's pipe, quotes, line breaks, right-to-left text and emoji.
 */
import type { ConsistencyGroup } from "../../src/check/consistency-groups";
import type { Finding } from "../../src/check/finding";
import type { ValidationReport } from "../../src/check/validation-report";
import type { Waiver } from "../../src/check/finding";
import type { ReportSummarySection } from "../../src/reports/report-summary-section";
import { reviewDocument, workbookReviewOf, type ReviewDocument } from "../../src/reports/review-report";

export const FORMULAS = [
  '=HYPERLINK("http://evil.example/x","click")',
  "+1",
  "-2",
  "@SUM(A1:A2)",
  "\t=1+1",
  "\r=1+1",
] as const;
export const MARKUP = '<script>alert("x")</script>';
export const TRICKY = [
  "a | b",
  'say "hi" it\'s',
  "line one\nline two",
  "مرحبا بالعالم",
  "Forecast 📈 ⚡",
  "*bold* _em_ [link](http://evil.example) `code` $x$",
] as const;

const DC = "Data Categorisation";

function finding(row: number, value: string, extra: Partial<Finding> = {}): Finding {
  return {
    sheet: DC,
    cell: `J${row}`,
    row,
    column: "Information Category",
    rule: "category.unknown",
    severity: "error",
    message: `"${value}" is not a known information category.`,
    value,
    ...extra,
  };
}

const values = [...FORMULAS, MARKUP, ...TRICKY];

export const hostileFindings: Finding[] = [
  ...values.map((value, i) => finding(i + 2, value, i === 0 ? { suggestion: "=cmd|' /C calc'!A0" } : {})),
  finding(20, "Confidential", {
    rule: "sensitivity.unknown",
    column: "Sensitivity",
    cell: "P20",
    severity: "warning",
    waived: { by: "=Ana", reason: "@intended <b>on purpose</b> | kept", at: "2026-11-30T09:00:00.000Z" },
  }),
  {
    sheet: "Distinct Gap Analysis",
    cell: "A3",
    row: 3,
    column: "Gap ID",
    rule: "gap.evidence-missing",
    severity: "info",
    message: "+ no evidence",
    value: "-G1",
  },
];

export const hostileStale: Waiver[] = [
  {
    rule: "role.unknown",
    tab: "categorisation",
    column: "receiver",
    key: ["=use case", "-act", "@obj"],
    by: "+Bo",
    reason: "\t=old",
    at: "2026-10-01T00:00:00.000Z",
  },
];

export const hostileConsistency: ConsistencyGroup[] = [
  {
    object: "=Market | forecast <i>",
    sheet: DC,
    rules: ["object.sensitivity-inconsistent"],
    waived: 0,
    columns: [
      {
        column: "sensitivity",
        header: "Sensitivity",
        values: [
          { value: "Public", rows: 2 },
          { value: "-Restricted", rows: 1 },
        ],
        agrees: false,
      },
      {
        column: "informationCategory",
        header: "Information Category",
        values: [{ value: "Forecasts", rows: 3 }],
        agrees: true,
      },
    ],
    rows: [2, 3, 4].map((row) => ({
      row,
      useCase: "@Forecast demand",
      activity: "Publish",
      informationObject: "=Market | forecast <i>",
      cells: {
        informationCategory: { cell: `J${row}`, value: "Forecasts", differs: false },
        sensitivity: { cell: `P${row}`, value: row === 4 ? "-Restricted" : "Public", differs: row === 4 },
      },
    })),
  },
];

export const hostileSummary: ReportSummarySection = {
  tables: [
    {
      title: "Rows by use case group and domain",
      rowHeading: "Use Case Group",
      columnHeading: "Domain",
      rows: ["PO", "=evil"],
      columns: ["Plan", "+Operate"],
      counts: [
        [1, 2],
        [0, 3],
      ],
      totals: true,
    },
  ],
  heatMap: {
    title: "Capability heat map",
    legend:
      "Heat 0: no information object names the capability; 1 to 4: its share of the busiest capability's objects, in quarters.",
    rows: [
      {
        domain: "Plan",
        id: "1.1",
        name: "Forecasting",
        cells: [
          { id: "1.1.1", name: "Demand forecasting", objects: 3, qualityIssues: 1, gaps: 0, heat: 4 },
          { id: "1.1.2", name: "Uncovered", objects: 0, qualityIssues: 0, gaps: 2, heat: 0 },
        ],
      },
    ],
  },
};

export const hostileReport: ValidationReport = {
  valid: false,
  summary: { errors: values.length, warnings: 0, info: 1, waived: 1 },
  sheets: [
    { tab: DC, sheet: DC, headerRow: 1, rows: 20, columns: {}, missingColumns: [] },
    {
      tab: "Distinct Gap Analysis",
      sheet: "Distinct Gap Analysis",
      headerRow: 1,
      rows: 3,
      columns: {},
      missingColumns: ["Evidence"],
    },
    { tab: "Options", sheet: null, headerRow: null, rows: 0, columns: {}, missingColumns: [] },
  ],
  findings: hostileFindings,
  staleWaivers: hostileStale,
  consistency: hostileConsistency,
};

export function hostileDocument(options: { summary?: boolean; workbook?: string } = {}): ReviewDocument {
  const review = workbookReviewOf(
    options.workbook ?? "=book <1>.xlsx",
    hostileReport,
    options.summary === false ? undefined : hostileSummary,
  );
  return reviewDocument([review], { generatedAt: new Date("2026-12-02T07:00:00.000Z"), generator: "cerdc test" });
}

/** Every workbook-derived string of the hostile review that begins like a formula. */
export const formulaLikeValues: readonly string[] = FORMULAS;
