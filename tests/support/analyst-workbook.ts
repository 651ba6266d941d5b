/**
 * Workbooks laid out the way analysts and their tools leave them, built part by part with
 * xlsx-package-builder: a title merged over the header, section titles, blank rows between groups,
 * an Excel table with a totals row, a footnote merged across the row and a source line, extra
 * analyst columns (notes, a percentage, a date stored as a number, a hyperlink, a comment), a hidden
 * lists tab, a frozen pane and a filter; durations typed as times, typography, roles joined with
 * "&" and line breaks, ALL CAPS, Title Case, trailing spaces, "N/A". Two XML shapes: "sheets" (shared
 * strings, styles with custom number formats, formula results as t="str", as Excel and Google
 * Sheets write) and "numbers" (inline strings, no shared strings part, no styles part, as Numbers
 * and many scripts write). Known-good rows and planted defects are listed, so a test can hold the
 * check to both: every defect found, no error or warning on a good row.
 */
import { buildXlsx, escapeAttribute, MAIN_NS, REL_NS, sharedStringsXml, stylesXml } from "./xlsx-package-builder";

export type Shape = "sheets" | "numbers";

/** A cell: text, a number with an optional style (index into STYLES), or a formula's text result. */
type Cell = string | { number: number; style?: number } | { formula: string; result: string } | undefined;

// cellXfs: 0 General, 1 h:mm, 2 [h]:mm, 3 0%, 4 d/mm/yyyy.
const STYLES = stylesXml([0, 164, 165, 9, 166], { 164: "h:mm", 165: "[h]:mm", 166: "d/mm/yyyy" });
const TIME = 1;
const ELAPSED = 2;
const PERCENT = 3;
const DATE = 4;

const MAJOR = "CER is visible and predictable and can be effectively used as part of power system operations";

/** Data Categorisation's columns A-R, canonical order, then the analyst's own columns S-U. */
const HEADER = [
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
  "Minimum Frequency",
  "Latency",
  "Sensitivity",
  "Quality",
  "Quality Rationale",
  "Analyst notes",
  "Reviewed",
  "Last reviewed",
];

const OTN = [
  "OTN",
  "Forecast and Planning Operations",
  "4.1.2",
  "Share near-term operational forecasts",
  "Conduct operational planning and forecasting",
  "Operate",
];
const forecastRow = (activity: string, over: Partial<Record<number, Cell>> = {}): Cell[] => {
  const row: Cell[] = [
    ...OTN,
    activity,
    "Market forecast",
    "Forecasting",
    "Forecast",
    "Market Operator",
    "Retailer; Aggregator",
    "System to System",
    "30 minutes",
    "5 minutes",
    "Public",
    "No Issues",
    "",
  ];
  for (const [i, v] of Object.entries(over)) row[Number(i)] = v;
  return row;
};
const PO = [
  "PO",
  "Monitor CER integration performance",
  "1.3.1",
  "",
  "",
  "",
  "Publish CER uptake statistics",
  "CER uptake report",
  "",
  "Market Outlook Report/Publication",
  "Market Operator",
  "Policy Maker; Economic Regulator",
  "System to Person",
  "Quarterly",
  "1 month",
  "Public",
  "No Issues",
  "",
];

/** Column letters of the planted defects' cells and the rules that must report them. */
export const PLANTED = [
  { cell: "P14", rule: "sensitivity.unknown" },
  { cell: "L15", rule: "role.unknown" },
  { cell: "N16", rule: "frequency.unreadable" },
  { cell: "G17", rule: "required.missing" },
  { cell: "J18", rule: "category.unknown" },
] as const;

/** Rows of Data Categorisation that are right, however they are written. */
export const GOOD_ROWS = [4, 5, 6, 7, 8, 9, 10, 13];
/** Rows that are not data: a section title, a second section title, the table's totals row, a footnote, a source line. */
export const NOT_DATA_ROWS = [3, 12, 19, 21, 22];

function categorisationRows(shape: Shape): Cell[][] {
  // A day typed as 24:00: a number under [h]:mm where the file has styles, the text Numbers shows where it has none.
  const day: Cell = shape === "sheets" ? { number: 1, style: ELAPSED } : "24:00";
  return [
    ["CER Data Categorisation \u2014 draft v3 (do not circulate)"],
    HEADER,
    ["Operate and Trade \u2013 normal conditions"],
    // 4: durations typed as times: 0:30 under h:mm, and 5 minutes stored as a plain fraction of a day.
    [
      ...forecastRow("Publish demand and market forecasts", {
        13: { number: 30 / 1440, style: TIME },
        14: { number: 5 / 1440 },
      }),
      "Checked with AEMO",
      { number: 0.85, style: PERCENT },
      { number: 45292, style: DATE },
    ],
    // 5: an en dash in the group's other name, AEMO for the Market Operator, roles joined with "&".
    forecastRow("Receive demand forecasts", {
      0: "Operate and Trade \u2013 Normal",
      10: "AEMO",
      11: "Aggregator & Retailer",
    }),
    // 6: a non-breaking hyphen in the capability, ALL CAPS, Title Case and a trailing space.
    forecastRow("Forecast regional demand", {
      3: "Share near\u2011term operational forecasts",
      12: "System To System",
      15: "PUBLIC",
      9: "Forecast ",
    }),
    // 7: a day as [h]:mm, a period as analysts write it, receivers on two lines.
    forecastRow("Forecast rooftop PV output", { 13: day, 14: "every 5 min", 11: "Retailer\nAggregator" }),
    // 8: 1 hr, half-hourly, "N/A" as the rationale of a row without issues.
    forecastRow("Forecast wholesale prices", { 13: "1 hr", 14: "half-hourly", 17: "N/A" }),
    // 9: a quality issue the gap tab records.
    forecastRow("Share forecast accuracy", { 16: "Issues", 17: "Forecasts are published late" }),
    // 10: formula results and "Real-time".
    forecastRow("Publish forecast revisions", { 13: { formula: '"5 minutes"', result: "5 minutes" }, 14: "Real-time" }),
    [],
    ["Planning and Oversight"],
    PO,
    // 14-18: planted defects.
    forecastRow("Forecast demand response", { 15: "Secret" }),
    forecastRow("Forecast battery dispatch", { 11: "Bank" }),
    forecastRow("Forecast EV charging", { 13: "sometimes" }),
    forecastRow("", {}),
    forecastRow("Forecast curtailment", { 9: "Forcast" }),
    // 19: the table's totals row.
    ["Total", "", "", "", "", "", { number: 14 }],
    [],
    ["* Frequencies are indicative; see the AEMO data strategy for the binding ones."],
    ["Source: CER Analytical Framework (2024)"],
  ];
}

const GAP_HEADER = [
  "Gap ID",
  "Gap Type",
  "Gap Description",
  "Use Case",
  "Information Object",
  "Information Category",
  "Capability ID",
  "Capability",
  "Domain",
  "Capability Status",
  "Major Outcome",
];
function gapRows(): Cell[][] {
  return [
    GAP_HEADER,
    [
      "G01",
      "Data",
      "Forecasts are published late, after the trading interval.",
      "Forecast and Planning Operations",
      "Market forecast",
      "Forecast",
      "4.1.2",
      "Share near-term operational forecasts",
      "Operate",
      "Requires augmentation",
      MAJOR,
    ],
    [],
    ["Notes: gap descriptions are drafts."],
  ];
}

function optionRows(): Cell[][] {
  return [
    ["Option ID", "Gap ID", "Option Description", "Key Initiative"],
    ["O01", "G01", "Publish forecasts through the data sharing portal.", "Data sharing MVP"],
  ];
}

function column(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Sheet XML with the cells in the given shape; `strings` collects shared strings. */
function sheetXml(
  rows: Cell[][],
  shape: Shape,
  strings: string[],
  options: { merges?: string[]; after?: string; frozen?: boolean; filter?: string } = {},
): string {
  const body = rows
    .map((cells, r) => {
      const xml = cells
        .map((cell, c) => {
          const ref = `${column(c)}${r + 1}`;
          if (cell === undefined || cell === "") return "";
          if (typeof cell === "string") {
            if (shape === "numbers")
              return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeText(cell)}</t></is></c>`;
            let index = strings.indexOf(cell);
            if (index < 0) index = strings.push(cell) - 1;
            return `<c r="${ref}" t="s"><v>${index}</v></c>`;
          }
          if ("formula" in cell)
            return `<c r="${ref}" t="str"><f>${escapeText(cell.formula)}</f><v>${escapeText(cell.result)}</v></c>`;
          const style = shape === "sheets" && cell.style !== undefined ? ` s="${cell.style}"` : "";
          return `<c r="${ref}"${style}><v>${cell.number}</v></c>`;
        })
        .join("");
      return xml === "" ? "" : `<row r="${r + 1}">${xml}</row>`;
    })
    .join("");
  const views =
    options.frozen === true
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : "";
  const filter = options.filter === undefined ? "" : `<autoFilter ref="${options.filter}"/>`;
  const merges =
    options.merges === undefined
      ? ""
      : `<mergeCells count="${options.merges.length}">${options.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${views}<sheetData>${body}</sheetData>` +
    `${filter}${merges}${options.after ?? ""}</worksheet>`
  );
}

const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The analyst's workbook in the given XML shape. */
export function analystWorkbook(shape: Shape): Uint8Array {
  const strings: string[] = [];
  const dc = sheetXml(categorisationRows(shape), shape, strings, {
    merges: ["A1:R1", "A3:R3", "A21:R21"],
    frozen: true,
    // Excel keeps the filter outside the table in this file; both read as nothing to the check.
    after: `<hyperlinks><hyperlink ref="S4" r:id="rIdLink"/></hyperlinks><legacyDrawing r:id="rIdVml"/><tableParts count="1"><tablePart r:id="rIdTable"/></tableParts>`,
  });
  const gaps = sheetXml(gapRows(), shape, strings, { filter: "A1:K2" });
  const options = sheetXml(optionRows(), shape, strings);
  const lists = sheetXml([["Public"], ["Restricted"], ["Critical"]], shape, strings);
  const sheetRels =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}">` +
    `<Relationship Id="rIdLink" Type="${REL_NS}/hyperlink" Target="https://aemo.com.au/data" TargetMode="External"/>` +
    `<Relationship Id="rIdVml" Type="${REL_NS}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
    `<Relationship Id="rIdComments" Type="${REL_NS}/comments" Target="../comments1.xml"/>` +
    `<Relationship Id="rIdTable" Type="${REL_NS}/table" Target="../tables/table1.xml"/></Relationships>`;
  const table =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN_NS}" id="1" name="Table1" displayName="Categorisation" ref="A2:U19" totalsRowCount="1">` +
    `<autoFilter ref="A2:U18"/><tableColumns count="${HEADER.length}">` +
    HEADER.map(
      (h, i) =>
        `<tableColumn id="${i + 1}" name="${escapeAttribute(h)}"${i === 0 ? ' totalsRowLabel="Total"' : i === 6 ? ' totalsRowFunction="count"' : ""}/>`,
    ).join("") +
    `</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`;
  const comments =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>Ana</author></authors>` +
    `<commentList><comment ref="N4" authorId="0"><text><t>Typed 0:30, Excel keeps a time.</t></text></comment></commentList></comments>`;
  const workbook =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
    `<sheet name="Data Categorisation" sheetId="1" r:id="rId1"/><sheet name="Distinct Gap Analysis" sheetId="2" r:id="rId2"/>` +
    `<sheet name="Options" sheetId="3" r:id="rId3"/><sheet name="Lists" sheetId="4" state="hidden" r:id="rId4"/></sheets>` +
    `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Distinct Gap Analysis'!$A$1:$K$2</definedName></definedNames></workbook>`;
  return buildXlsx({
    sheets: [
      { name: "Data Categorisation", xml: dc },
      { name: "Distinct Gap Analysis", xml: gaps },
      { name: "Options", xml: options },
      { name: "Lists", xml: lists },
    ],
    sharedStringsXml:
      shape === "sheets"
        ? sharedStringsXml(strings.map((s) => `<t xml:space="preserve">${escapeText(s)}</t>`))
        : undefined,
    stylesXml: shape === "sheets" ? STYLES : undefined,
    extraParts: {
      "xl/workbook.xml": workbook,
      "xl/worksheets/_rels/sheet1.xml.rels": sheetRels,
      "xl/tables/table1.xml": table,
      "xl/comments1.xml": comments,
      "xl/drawings/vmlDrawing1.vml": `<xml xmlns:v="urn:schemas-microsoft-com:vml"></xml>`,
    },
  });
}

/** A Data Categorisation tab whose header is written on two rows ("Capability" over "ID" and "Name"), with one good row and one defect. */
export function twoRowHeaderWorkbook(): Uint8Array {
  const upper = [
    "Use Case Group",
    "Use Case",
    "Capability",
    "",
    "Capability Group",
    "Domain",
    "Activity",
    "Information",
    "",
    "",
    "Roles",
    "",
    "Interface",
    "Minimum Frequency",
    "Latency",
    "Sensitivity",
    "Quality",
    "Quality Rationale",
  ];
  const lower = [
    "",
    "",
    "ID",
    "Name",
    "",
    "",
    "",
    "Object",
    "Group",
    "Category",
    "Initiator",
    "Receiver",
    "",
    "",
    "",
    "",
    "",
    "",
  ];
  const strings: string[] = [];
  const rows: Cell[][] = [
    upper,
    lower,
    forecastRow("Publish demand and market forecasts"),
    forecastRow("Receive demand forecasts", { 2: "9.9.9" }),
  ];
  const xml = sheetXml(rows, "sheets", strings, { merges: ["C1:D1", "H1:J1", "K1:L1"] });
  return buildXlsx({
    sheets: [{ name: "Data Categorisation", xml }],
    sharedStringsXml: sharedStringsXml(strings.map((s) => `<t xml:space="preserve">${escapeText(s)}</t>`)),
    stylesXml: STYLES,
  });
}
