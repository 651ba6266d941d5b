import rule from "../../src/rules/row.not-data";
import { categorisationTab } from "../../src/sheets/tab-definitions";
import { testRule } from "../support/rule-tester";
import { validCategorisation } from "../support/workbook-rows";

const header = categorisationTab.columns.map((c) => c.header);
const data = categorisationTab.columns.map((c) => validCategorisation[c.key]);
const other = categorisationTab.columns.map((c) =>
  c.key === "activity" ? "Receive forecasts" : validCategorisation[c.key],
);
const DC = "Data Categorisation";

testRule(rule, {
  valid: [
    { name: "a tab of data rows only", categorisation: [{}, { activity: "Receive forecasts" }] },
    {
      name: "rows with a value merged down, blank rows between groups, a row holding only the merged value",
      sheets: {
        [DC]: {
          rows: [header, data, other, [], data.map((v, i) => (i === 0 ? "" : v))],
          merges: [
            { top: 2, left: 1, bottom: 3, right: 1 },
            { top: 5, left: 1, bottom: 6, right: 1 },
          ],
        },
      },
    },
    {
      name: "a row with two values is a half-typed row, for required.missing",
      sheets: { [DC]: { rows: [header, data, ["OTN", "Forecast and Planning Operations"]] } },
    },
    {
      name: "a gap row holding only its Gap ID is data",
      gaps: [
        {},
        {
          gapId: "G02",
          gapType: "",
          gapDescription: "",
          capabilityStatus: "",
          majorOutcome: "",
          useCase: "",
          informationObject: "",
          informationCategory: "",
          capabilityId: "",
          capability: "",
          domain: "",
          evidence: "",
          proposedAction: "",
          priority: "",
        },
      ],
    },
    {
      name: 'a data row whose Information Object reads "Total" and has text around it',
      categorisation: [{ informationObject: "Total demand" }],
    },
  ],
  invalid: [
    {
      name: "rows a template filled with lookup formulas that found nothing (#N/A) are not data",
      sheets: {
        [DC]: {
          rows: [
            header,
            data,
            ["", "", "", "#N/A", "#N/A"],
            ["", "", "", "#N/A"],
            ["", "", "", "#REF!", "#N/A", "", "", "", "", "", "", "", "", "", "", "", "", "#VALUE!"],
          ],
        },
      },
      findings: [
        {
          cell: "A3",
          message:
            '3 rows of Data Categorisation are not data and were left out of the check: 3 (only formula errors: "#N/A"), 4 (only formula errors: "#N/A"), 5 (only formula errors: "#REF!").',
        },
      ],
    },
    {
      name: "a numbered template row holding only its number is not a section title",
      sheets: { [DC]: { rows: [["#", ...header], [1, ...data], [2], [3]] } },
      findings: [
        {
          cell: "A3",
          message:
            '2 rows of Data Categorisation are not data and were left out of the check: 3 (only a number: "2"), 4 (only a number: "3").',
        },
      ],
    },
    {
      name: "a section title, a footnote merged across the row and a typed totals row: one finding listing them",
      sheets: {
        [DC]: {
          rows: [
            header,
            ["Planning and Oversight"],
            data,
            other,
            ["Total", "", "", "", "", "", "", "2"],
            [],
            ["* Latency is indicative; figures from AEMO 2024."],
          ],
          merges: [{ top: 7, left: 1, bottom: 7, right: 18 }],
        },
      },
      findings: [
        {
          cell: "A2",
          message:
            /3 rows of Data Categorisation are not data and were left out of the check: 2 \(a section title: "Planning and Oversight"\), 5 \(a totals row\), 7 \(a note: "\* Latency is indicative/,
        },
      ],
    },
    {
      name: "an Excel table's totals row, whatever it holds",
      sheets: {
        [DC]: {
          rows: [header, data, other, ["Total", "OTN", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]],
          totalsRows: [{ row: 4, table: "DataCategorisation" }],
        },
      },
      findings: [
        {
          cell: "A4",
          message:
            /1 row of Data Categorisation is not data and was left out of the check: 4 \(the totals row of table DataCategorisation\)/,
        },
      ],
    },
    {
      name: "a source line under the gaps, in the Gap ID column",
      sheets: {
        "Distinct Gap Analysis": {
          rows: [
            ["Gap ID", "Gap Type", "Gap Description"],
            ["G01", "Data", "Forecasts are late."],
            ["Source: stakeholder interviews, 2025"],
          ],
        },
      },
      findings: [
        { sheet: "Distinct Gap Analysis", cell: "A3", message: /3 \(a note: "Source: stakeholder interviews, 2025"\)/ },
      ],
    },
    {
      name: "a note label with its note in the next cell, on the Options tab",
      options: [{}],
      sheets: {
        Options: {
          rows: [
            ["Option ID", "Gap ID", "Option Description"],
            ["O01", "G01", "Extend the portal."],
            ["Notes:", "Options are indicative."],
          ],
        },
      },
      findings: [{ sheet: "Options", cell: "A3", message: /3 \(a note: "Notes:"\)/ }],
    },
  ],
});
