/**
 * The review as one self-contained web page, after Great Expectations' Data Docs: the verdict and
 * counts, the tabs, every finding (the accepted ones marked in words), the accepted findings with
 * who, why and when, the stale waivers, the consistency review and the workbook summary with its
 * capability heat map. Inline CSS only, no script, and a Content Security Policy that forbids
 * loading anything, so the file opens the same from a mail attachment, offline, anywhere.
 *
 * Accessible by construction: lang and title, one h1 and headings in order, landmarks, every table
 * with a caption and th scope, contrast of at least 4.5:1, and nothing said by colour alone.
 * Every string from the workbook goes through the escaping `html` template; table cells are also
 * spreadsheet-safe, since a table copied from a browser is often pasted into a spreadsheet.
 */
import { REVIEW_COLUMNS, type ConsistencyGroup } from "../check/consistency-groups";
import { html, type SafeHtml } from "./html-template";
import { plural } from "../text/plural";
import { countsLine, dayOf, FINDING_COLUMNS, SEVERITY_LABEL, tabLine, verdictOf } from "./report-wording";
import type { CountTable, HeatMapCell, HeatMapSection, ReportSummarySection } from "./report-summary-section";
import type { ReviewDocument, WorkbookReview } from "./review-report";
import { columnTotals, rowTotals } from "../summary/summary-matrix";
import { spreadsheetSafeText } from "./spreadsheet-safe-text";

// Colours checked for contrast against their backgrounds (all text at least 4.5:1). No quotes or
// angle brackets: the template escapes them, and a <style> element does not decode entities.
export const STYLE = `
:root { color-scheme: light; }
body { font-family: Segoe UI, system-ui, -apple-system, sans-serif; color: #1b1b1b; background: #ffffff; margin: 0; line-height: 1.45; }
header, main, footer { max-width: 80rem; margin: 0 auto; padding: 0 1rem; }
header { border-bottom: 1px solid #8a8a8a; }
h1 { font-size: 1.6rem; margin: 1rem 0 0.25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid #0f548c; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
.meta { color: #424242; margin: 0 0 1rem; }
.verdict { font-weight: 600; }
.verdict.invalid { color: #a4262c; }
.verdict.valid { color: #0e700e; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #8a8a8a; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
/* Short values (a cell, a row number, a severity) never split inside a word. */
th[scope=row], td.count, td[class^=severity] { white-space: nowrap; }
thead th { background: #f0f0f0; }
td.count, th.count { text-align: right; font-variant-numeric: tabular-nums; }
tr.accepted td, tr.accepted th { background: #f3f9f1; }
.severity-error { color: #a4262c; font-weight: 600; }
.severity-warning { color: #7a4a00; font-weight: 600; }
.severity-info { color: #0f548c; }
mark { background: #fff4ce; color: #1b1b1b; font-weight: 600; }
.heat-0 { background: #ffffff; }
.heat-1 { background: #e8f1fa; }
.heat-2 { background: #c7dff5; }
.heat-3 { background: #9fc8ee; }
.heat-4 { background: #77b0e6; }
td.heat { min-width: 9rem; }
td.heat .id { font-weight: 600; }
footer { color: #424242; border-top: 1px solid #8a8a8a; margin-top: 2rem; padding-bottom: 1rem; }
`;

/** A table cell of workbook text: spreadsheet-safe, then escaped by the template. */
export function cell(text: string): SafeHtml {
  return html`<td>${spreadsheetSafeText(text)}</td>`;
}

export function count(n: number): SafeHtml {
  return html`<td class="count">${n}</td>`;
}

export function headRow(headings: readonly string[]): SafeHtml {
  return html`<thead><tr>${headings.map((h) => html`<th scope="col">${spreadsheetSafeText(h)}</th>`)}</tr></thead>`;
}

function findingsTable(review: WorkbookReview): SafeHtml {
  if (review.findings.length === 0) return html`<p>No findings.</p>`;
  return html`<table>
<caption>${`Findings in ${review.workbook}: ${plural(review.findings.length, "finding")}`}</caption>
${headRow(FINDING_COLUMNS)}
<tbody>
${review.findings.map(
  (
    f,
  ) => html`<tr${f.waived === undefined ? "" : html` class="accepted"`}>${cell(f.sheet)}<th scope="row">${f.cell}</th>${count(f.row)}${cell(f.column)}${cell(f.rule)}<td class="severity-${f.severity}">${SEVERITY_LABEL[f.severity]}</td><td>${f.waived === undefined ? "" : "Accepted"}</td>${cell(f.message)}${cell(f.value)}${cell(f.suggestion ?? "")}</tr>
`,
)}</tbody>
</table>`;
}

function acceptedTable(review: WorkbookReview): SafeHtml {
  if (review.accepted.length === 0) return html`<p>No findings accepted.</p>`;
  return html`<table>
<caption>${`Accepted findings in ${review.workbook}: who accepted each, why and when`}</caption>
${headRow(["Sheet", "Cell", "Rule", "Severity", "Accepted by", "Reason", "Accepted on"])}
<tbody>
${review.accepted.map(
  (
    a,
  ) => html`<tr>${cell(a.sheet)}<th scope="row">${a.cell}</th>${cell(a.rule)}<td>${SEVERITY_LABEL[a.severity]}</td>${cell(a.by)}${cell(a.reason)}<td>${dayOf(a.at)}</td></tr>
`,
)}</tbody>
</table>`;
}

function staleTable(review: WorkbookReview): SafeHtml {
  if (review.staleWaivers.length === 0) return html`<p>No stale waivers.</p>`;
  return html`<p>These waivers no longer match a finding (remove them in the pane's Review view).</p>
<table>
<caption>${`Stale waivers in ${review.workbook}`}</caption>
${headRow(["Rule", "Tab", "Column", "Row", "Accepted by", "Reason", "Accepted on"])}
<tbody>
${review.staleWaivers.map(
  (
    w,
  ) => html`<tr><th scope="row">${spreadsheetSafeText(w.rule)}</th>${cell(w.tab)}${cell(w.column)}${cell(w.row)}${cell(w.by)}${cell(w.reason)}<td>${dayOf(w.at)}</td></tr>
`,
)}</tbody>
</table>`;
}

function consistencyGroup(group: ConsistencyGroup): SafeHtml {
  const columns = REVIEW_COLUMNS.flatMap((key) => group.columns.filter((c) => c.column === key));
  const disagree = columns.filter((c) => !c.agrees);
  return html`<h4>${group.object}</h4>
<p>${`${plural(group.rows.length, "row")} on ${group.sheet}; ${group.rules.join(", ")}${group.waived > 0 ? `; ${group.waived} accepted` : ""}.`}</p>
${disagree.length === 0 ? "" : html`<ul>${disagree.map((c) => html`<li>${c.header}: ${c.values.map((v) => `${v.value} (${plural(v.rows, "row")})`).join(", ")}</li>`)}</ul>`}
<table>
<caption>${`Rows of ${group.object}; a value that differs from most rows is marked “differs”`}</caption>
${headRow(["Row", "Use case", "Activity", ...columns.map((c) => c.header)])}
<tbody>
${group.rows.map(
  (row) => html`<tr><th scope="row">${row.row}</th>${cell(row.useCase)}${cell(row.activity)}${columns.map((c) => {
    const value = row.cells[c.column];
    if (value === undefined) return html`<td></td>`;
    return value.differs
      ? html`<td><mark>${spreadsheetSafeText(value.value)}</mark> (differs)</td>`
      : cell(value.value);
  })}</tr>
`,
)}</tbody>
</table>`;
}

function countTable(t: CountTable): SafeHtml {
  const totalColumn = t.totals && t.columns.length > 1;
  const byRow = rowTotals(t);
  const byColumn = columnTotals(t);
  return html`<table>
<caption>${t.title}</caption>
<thead><tr><th scope="col">${t.columns.length > 1 ? `${t.rowHeading} / ${t.columnHeading}` : t.rowHeading}</th>${t.columns.map((c) => html`<th scope="col" class="count">${spreadsheetSafeText(c)}</th>`)}${totalColumn ? html`<th scope="col" class="count">Total</th>` : ""}</tr></thead>
<tbody>
${t.rows.map(
  (
    label,
    r,
  ) => html`<tr><th scope="row">${spreadsheetSafeText(label)}</th>${(t.counts[r] ?? []).map((n) => count(n))}${totalColumn ? count(byRow[r] ?? 0) : ""}</tr>
`,
)}${t.totals ? html`<tr><th scope="row">Total</th>${byColumn.map((n) => count(n))}${totalColumn ? count(byRow.reduce((sum, n) => sum + n, 0)) : ""}</tr>` : ""}
</tbody>
</table>`;
}

function heatCell(c: HeatMapCell): SafeHtml {
  return html`<td class="heat heat-${Math.max(0, Math.min(4, Math.round(c.heat)))}"><span class="id">${c.id}</span> ${c.name}<br>${`${plural(c.objects, "object")}, ${plural(c.qualityIssues, "quality issue")}, ${plural(c.gaps, "gap")}; heat ${c.heat} of 4`}</td>`;
}

function heatMap(map: HeatMapSection): SafeHtml {
  const width = Math.max(1, ...map.rows.map((r) => r.cells.length));
  return html`<h4>${map.title}</h4>
<p>${map.legend}</p>
<table>
<caption>${`${map.title}: each Level 2 capability with its Level 3 capabilities and their counts`}</caption>
<thead><tr><th scope="col">Domain</th><th scope="col">Level 2 capability</th><th scope="col" colspan="${width}">Level 3 capabilities</th></tr></thead>
<tbody>
${map.rows.map(
  (
    row,
  ) => html`<tr><td>${row.domain}</td><th scope="row">${`${row.id} ${row.name}`}</th>${row.cells.map(heatCell)}${row.cells.length < width ? html`<td colspan="${width - row.cells.length}"></td>` : ""}</tr>
`,
)}</tbody>
</table>`;
}

function summarySection(summary: ReportSummarySection | undefined): SafeHtml | "" {
  if (summary === undefined) return "";
  return html`<section><h3>Workbook summary</h3>
${summary.tables.map(countTable)}
${summary.heatMap === undefined ? "" : heatMap(summary.heatMap)}
</section>`;
}

function sectionOf(title: string, body: SafeHtml | readonly SafeHtml[] | string): SafeHtml {
  return html`<section>
<h3>${title}</h3>
${body}
</section>`;
}

function workbookSection(review: WorkbookReview): SafeHtml {
  return html`<section>
<h2>${review.workbook}</h2>
<p><span class="verdict ${review.valid ? "valid" : "invalid"}">${verdictOf(review)}.</span> ${countsLine(review)}.</p>
<table>
<caption>${`Tabs of ${review.workbook}`}</caption>
${headRow(["Tab", "Sheet", "Read", "Missing columns"])}
<tbody>
${review.sheets.map(
  (
    s,
  ) => html`<tr><th scope="row">${s.tab}</th>${cell(s.sheet ?? "")}<td>${tabLine(s)}</td>${cell(s.missingColumns.join(", "))}</tr>
`,
)}</tbody>
</table>
${sectionOf(`Findings (${review.findings.length})`, findingsTable(review))}
${sectionOf(`Accepted findings (${review.accepted.length})`, acceptedTable(review))}
${sectionOf(`Stale waivers (${review.staleWaivers.length})`, staleTable(review))}
${sectionOf(
  `Consistency review (${review.consistency.length})`,
  review.consistency.length === 0
    ? html`<p>Every information object is categorised the same way on all its rows.</p>`
    : review.consistency.map(consistencyGroup),
)}
${summarySection(review.summary)}
</section>`;
}

export function htmlReport(document: ReviewDocument): string {
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${document.generator}">
<title>${document.title}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${document.title}</h1>
<p class="meta">${`Made ${document.generatedAt} by ${document.generator}.`}</p>
</header>
<main>
${document.workbooks.map(workbookSection)}
${
  document.unreadable.length === 0
    ? ""
    : html`<section>
<h2>Workbooks that could not be read</h2>
<table>
<caption>Workbooks that could not be read, and why</caption>
${headRow(["Workbook", "Why"])}
<tbody>
${document.unreadable.map(
  (u) => html`<tr><th scope="row">${u.workbook}</th>${cell(u.error)}</tr>
`,
)}</tbody>
</table>
</section>`
}
</main>
<footer><p>Severity is given in words in every table; accepted findings are marked “Accepted”. A value that begins with an apostrophe (') was made safe for spreadsheets: without it a spreadsheet could run it as a formula.</p></footer>
</body>
</html>
`;
  return page.toString();
}
