/**
 * The comparison of two versions as one self-contained web page, in the review report's style and
 * with its guarantees: inline CSS, no script, a Content Security Policy that loads nothing, every
 * workbook string escaped by the `html` template and table cells made spreadsheet-safe.
 */
import type { Finding } from "../check/finding";
import type { TabDiff, WorkbookDiff } from "../diff/workbook-diff";
import {
  CHANGE_COLUMNS,
  DIFF_FINDING_COLUMNS,
  diffCountsLine,
  keyLabel,
  tabCountsLine,
  tabTitle,
} from "./diff-wording";
import { cell, count, headRow, STYLE } from "./html-report";
import { html, type SafeHtml } from "./html-template";
import { SEVERITY_LABEL } from "./report-wording";

function rowsTable(caption: string, list: TabDiff["added"]): SafeHtml {
  return html`<table>
<caption>${caption}</caption>
${headRow(["Row", "Row key"])}
<tbody>
${list.map(
  (r) => html`<tr><th scope="row">${r.row}</th>${cell(keyLabel(r.key))}</tr>
`,
)}</tbody>
</table>`;
}

function changedTable(tab: TabDiff): SafeHtml {
  return html`<table>
<caption>${`Changed cells on ${tab.sheet}: before and after`}</caption>
${headRow(CHANGE_COLUMNS)}
<tbody>
${tab.changed.flatMap((r) =>
  r.cells.map(
    (
      c,
    ) => html`<tr><th scope="row">${r.row}</th>${count(r.oldRow)}${cell(keyLabel(r.key))}${cell(c.column)}<td>${c.cell}</td>${cell(c.before)}${cell(c.after)}</tr>
`,
  ),
)}</tbody>
</table>`;
}

function tabSection(tab: TabDiff): SafeHtml {
  return html`<section>
<h2>${tabTitle(tab)}</h2>
<p>${tabCountsLine(tab)}.</p>
${tab.added.length === 0 ? "" : rowsTable(`Rows added on ${tab.sheet}`, tab.added)}
${tab.removed.length === 0 ? "" : rowsTable(`Rows removed from ${tab.sheet}`, tab.removed)}
${tab.changed.length === 0 ? "" : changedTable(tab)}
</section>`;
}

function findingsSection(title: string, findings: readonly Finding[], none: string): SafeHtml {
  return html`<section>
<h2>${`${title} (${findings.length})`}</h2>
${
  findings.length === 0
    ? html`<p>${none}</p>`
    : html`<table>
<caption>${title}</caption>
${headRow(DIFF_FINDING_COLUMNS)}
<tbody>
${findings.map(
  (
    f,
  ) => html`<tr>${cell(f.sheet)}<th scope="row">${f.cell}</th>${cell(f.rule)}<td class="severity-${f.severity}">${SEVERITY_LABEL[f.severity]}</td>${cell(f.message)}</tr>
`,
)}</tbody>
</table>`
}
</section>`;
}

export function diffHtml(diff: WorkbookDiff, about: { generatedAt: Date; generator: string }): string {
  const title = `Changes from ${diff.old} to ${diff.new}`;
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${about.generator}">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<p class="meta">${`Made ${about.generatedAt.toISOString()} by ${about.generator}. ${diffCountsLine(diff)}.`}</p>
</header>
<main>
${diff.tabs.map(tabSection)}
${findingsSection("Findings introduced", diff.findings.introduced, "No new findings.")}
${findingsSection("Findings resolved", diff.findings.resolved, "No findings resolved.")}
</main>
<footer><p>Rows are matched by their key cells, not their position: a row that only moved is counted, not listed. A value that begins with an apostrophe (') was made safe for spreadsheets.</p></footer>
</body>
</html>
`.toString();
}
